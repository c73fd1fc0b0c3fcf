using static NeuronFromScratch.Course.Exercises.Notebook06.NetworkCases;

namespace NeuronFromScratch.Course.Exercises.Notebook06;

/// <summary>What the Epoch check runs: its cases, three epochs of an epoch function on one, and the library's three.</summary>
internal static class EpochRuns
{
    public const double Eta = 0.05;
    public const int Epochs = 3;

    /// <summary>A case: a network (made fresh each time), the data, the batch size and the seed of the order.</summary>
    public sealed record Case(string Name, Func<NeuralNetwork> Make, double[,] X, double[] y, int BatchSize, int Seed);

    /// <summary>Three epochs' losses and every parameter afterwards; and whether the epochs changed X or y.</summary>
    public sealed record Trained(List<double> Losses, double[] Parameters, bool ChangedTheData = false);

    /// <summary>Our sine with batches of 32 first (the notebook's), then other shapes, a multiple of the batch size, one batch.</summary>
    public static IReadOnlyList<Case> Cases { get; } = MakeCases();

    /// <summary>The case with a single batch of every row: there the order of the rows cannot matter.</summary>
    public static Case OneBatch => Cases.Single(c => c.BatchSize >= c.y.Length);

    /// <summary>
    /// Three epochs of <paramref name="epoch"/> from a fresh network, with one Random from the case's seed and one copy of
    /// the data, handed to every epoch as the notebook hands its X and y.
    /// </summary>
    public static Trained Run(Func<NeuralNetwork, double[,], double[], int, double, Random, double> epoch, Case c, int? seed = null)
    {
        var network = c.Make();
        var random = new Random(seed ?? c.Seed);
        double[,] X = Matrices.Copy(c.X);
        double[] y = (double[])c.y.Clone();
        var losses = Enumerable.Range(0, Epochs).Select(_ => epoch(network, X, y, c.BatchSize, Eta, random)).ToList();
        return new(losses, Parameters(network), !Numbers.Near(Flat(X), Flat(c.X)) || !Numbers.Near(y, c.y));
    }

    /// <summary>The library's three epochs: NetworkTrainer.Train from the same network and seed.</summary>
    public static Trained Library(Case c)
    {
        var network = c.Make();
        var losses = NetworkTrainer.Train(network, c.X, c.y, Epochs, Eta, c.BatchSize, shuffle: true, seed: c.Seed).ToList();
        return new(losses, Parameters(network));
    }

    /// <summary>The same losses and network, up to rounding.</summary>
    public static bool Same(Trained a, Trained b) => Numbers.Near(a.Losses, b.Losses) && Numbers.Near(a.Parameters, b.Parameters);

    private static double[] Parameters(NeuralNetwork network) =>
        network.Layers.SelectMany(l => l.Neurons).SelectMany(n => n.W.Append(n.b)).ToArray();

    private static double[] Flat(double[,] M) => M.Cast<double>().ToArray();

    private static List<Case> MakeCases()
    {
        var X2 = Random(10, 2, 31);
        double[] y2 = Enumerable.Range(0, 10).Select(i => Math.Sin(2 * X2[i, 0]) - X2[i, 1]).ToArray();
        NeuralNetwork Hinges() => new(new Layer(Enumerable.Range(0, 8).Select(k => Neuron(1, k, Activation.ReLU, 0.4 * k - 1.5))),
            new Layer(8, 1, Activation.Linear, seed: 9));
        NeuralNetwork Small() => NeuralNetwork.Create([2, 3, 1], Activation.Tanh, Activation.Linear, seed: 4);
        return
        [
            new("a 1-8-1 ReLU network like ours on the 61 points of the sine, batches of 32 (the last one 29)", Hinges, CourseX, CourseY, 32, 0),
            new("a 2-3-1 tanh network on 10 random rows, batches of 4 (the last one 2)", Small, X2, y2, 4, 7),
            new("the 1-8-1 network, batches of 8 (the last one 5)", Hinges, CourseX, CourseY, 8, 3),
            new("the 2-3-1 network, batches of 5: 10 rows make two whole batches", Small, X2, y2, 5, 2),
            new("the 2-3-1 network with batches of 32: one batch of all 10 rows", Small, X2, y2, 32, 5),
        ];
    }
}
