using static NeuronFromScratch.Course.Exercises.Notebook06.NetworkCases;

namespace NeuronFromScratch.Course.Exercises.Notebook06;

/// <summary>Notebook 6, “Your turn 4”: one epoch of mini-batch training, in a new shuffled order, with your TrainStep.</summary>
public sealed class Epoch : Exercise
{
    private const double Eta = 0.05;
    private const int Epochs = 3;

    /// <summary>A case: a network (made fresh each time), the data, the batch size and the seed of the order.</summary>
    internal sealed record Case(string Name, Func<NeuralNetwork> Make, double[,] X, double[] y, int BatchSize, int Seed);

    /// <summary>Three epochs' losses and every parameter afterwards.</summary>
    internal sealed record Trained(List<double> Losses, double[] Parameters);

    internal Epoch() : base(
        Notebooks.At(6, 7, "Training: the mini-batch loop", "Your turn 4: an epoch of mini-batches"),
        "An epoch visits every example once, in a new order; the order decides which examples share a batch. One order "
            + "must serve X and y alike. And the last batch: what if n is not a multiple of the batch size?",
        "Shuffle the indices 0 … n − 1 with the random you are given, then cut them into runs of batchSize (the last one "
            + "shorter); for each run, TrainStep on those rows of X (Rows) and those values of y. TrainStep returns the mean "
            + "over its batch: to average over all n examples, weight it by the batch's size.")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => """
        double Epoch(NeuralNetwork network, double[,] X, double[] y, int batchSize, double learningRate, Random random)
        {
            int n = y.Length;
            int[] order = Enumerable.Range(0, n).ToArray();
            random.Shuffle(order);                                        // one order for X and y: the pairs stay together
            double sumOfSquaredErrors = 0;
            for (int start = 0; start < n; start += batchSize)
            {
                int[] batch = order[start..Math.Min(start + batchSize, n)];  // the last batch may be smaller
                double batchLoss = TrainStep(network, Rows(X, batch), batch.Select(i => y[i]).ToArray(), learningRate);
                sumOfSquaredErrors += batchLoss * batch.Length;           // a batch's loss is a mean over its rows
            }
            return sumOfSquaredErrors / n;
        }
        """;

    internal static IReadOnlyList<Case> Cases { get; } = MakeCases();

    internal static Mistake<Case, Trained>[] Mistakes { get; } =
        EpochMistakes.All.Select(m => new Mistake<Case, Trained>(m.Name, c => Run(m.Epoch.Invoke, c), m.Clue)).ToArray();

    /// <summary>
    /// ✔ when three of your epochs (with <paramref name="trainStep"/>, which must pass its own check first) give
    /// NetworkTrainer.Train's losses and network; else ✘ with the likely mistake.
    /// </summary>
    public Verdict Check(Func<NeuralNetwork, double[,], double[], int, double, Random, double> epoch,
        Func<NeuralNetwork, double[,], double[], double, double> trainStep) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(epoch);
        ArgumentNullException.ThrowIfNull(trainStep);
        var step = Ex06.TrainStep.Check(trainStep);
        if (step.Outcome == Outcome.NotDoneYet)
            return Verdict.NotDone($"Epoch takes its steps with your TrainStep, which is not written yet ({Ex06.TrainStep.Place}).");
        if (step.Outcome == Outcome.Failed)
            return Verdict.Fail($"Epoch takes its steps with your TrainStep, which does not pass its own check yet "
                + $"({Ex06.TrainStep.Place}): {step.Message}");
        if (Calls.ToAny(epoch, m => m.DeclaringType == typeof(NetworkTrainer)) is { } called)
            return Verdict.Fail($"Epoch calls the library's {Calls.Name(called)}: the point is to write the loop yourself.");

        // The same seed twice: the same network, unless the order came from a Random of its own.
        var once = Attempt<Trained>.Of(() => Run(epoch, Cases[0]));
        var twice = Attempt<Trained>.Of(() => Run(epoch, Cases[0]));
        if (!once.Threw && !twice.Threw && !Same(once.Value!, twice.Value!))
            return Verdict.Fail("Two runs with the same seed gave different networks: did you make a new Random() inside "
                + "Epoch? Shuffle with the random you are given: the caller seeds it, so that a run can be repeated exactly.");

        return new Grader<Case, Trained>
        {
            Function = "Epoch", Cases = Cases, Expected = Library, Same = Same, Name = c => c.Name, Mistakes = Mistakes,
            Differs = (c, expected, got) => got.Losses.Count != Epochs
                ? $"On {c.Name}: Epoch returned no number."
                : $"On {c.Name}, {Epochs} epochs with η = {Eta}: expected the losses {Numbers.Show(expected.Losses, "G6")}, got "
                  + $"{Numbers.Show(got.Losses, "G6")}" + (Numbers.Near(expected.Parameters, got.Parameters)
                      ? ", with the right network: only the epoch's loss is off."
                      : ", and another network."),
            Otherwise = "One order for X and y, from the random you are given; batches of batchSize in that order, the last "
                + "one smaller; one TrainStep each; the batches' losses weighted by their sizes, divided by n.",
            OtherwiseFor = (_, _) => RightWithOneBatch(epoch)
                ? "With one batch of all the rows your epoch is right, so your batches hold other rows than the library's: "
                  + "your order differs. A shuffle of your own can be a fine one, but to give the library's order, shuffle "
                  + "the indices 0 … n − 1 with random.Shuffle, once per epoch, and take the batches from the start of that order."
                : null,
            WhenThrown = e => e is ArgumentOutOfRangeException or IndexOutOfRangeException
                ? "An index ran past the end: the last batch has only n − start rows when n is not a multiple of the batch size." : null,
        }.Failure(c => Run(epoch, c))
        ?? Verdict.Pass("Epoch trains as the library's NetworkTrainer.Train does: the same order, the same batches (the last "
            + "one smaller), the same steps and every weight and bias, and the epoch's loss weighted by the batches' sizes.");
    });

    /// <summary>
    /// The epoch to train the notebook's network with: yours once it runs; until then (it, or the TrainStep it calls,
    /// still throws NotImplementedException) the course's, and the note says which.
    /// </summary>
    public (Func<NeuralNetwork, double[,], double[], int, double, Random, double> Epoch, string Note) ForTheNotebook(
        Func<NeuralNetwork, double[,], double[], int, double, Random, double> epoch)
    {
        ArgumentNullException.ThrowIfNull(epoch);
        var probe = Cases[1];
        if (Attempt<double>.Of(() => epoch(probe.Make(), probe.X, probe.y, probe.BatchSize, Eta, new Random(0))).Error is NotImplementedException)
            return ((network, X, y, batchSize, eta, random) => EpochMistakes.Right(network, X, y, batchSize, eta, random),
                "Your Epoch (or the TrainStep it calls) is not written yet, so the network trains with the course's.");
        return (epoch, "The network trains with your Epoch and your TrainStep.");
    }

    // One batch of all the rows: there the order cannot matter (up to the order of a sum's terms).
    private static bool RightWithOneBatch(Func<NeuralNetwork, double[,], double[], int, double, Random, double> epoch)
    {
        var oneBatch = Cases[3];
        var got = Attempt<Trained>.Of(() => Run(epoch, oneBatch));
        return !got.Threw && Same(got.Value!, Library(oneBatch));
    }

    private static bool Same(Trained a, Trained b) => Numbers.Near(a.Losses, b.Losses) && Numbers.Near(a.Parameters, b.Parameters);

    private static Trained Run(Func<NeuralNetwork, double[,], double[], int, double, Random, double> epoch, Case c)
    {
        var network = c.Make();
        var random = new Random(c.Seed);
        var losses = Enumerable.Range(0, Epochs).Select(_ => epoch(network, Matrices.Copy(c.X), (double[])c.y.Clone(), c.BatchSize, Eta, random)).ToList();
        return new(losses, Parameters(network));
    }

    private static Trained Library(Case c)
    {
        var network = c.Make();
        var losses = NetworkTrainer.Train(network, c.X, c.y, Epochs, Eta, c.BatchSize, shuffle: true, seed: c.Seed).ToList();
        return new(losses, Parameters(network));
    }

    private static double[] Parameters(NeuralNetwork network) =>
        network.Layers.SelectMany(l => l.Neurons).SelectMany(n => n.W.Append(n.b)).ToArray();

    private static List<Case> MakeCases()
    {
        var X2 = Random(10, 2, 31);
        double[] y2 = Enumerable.Range(0, 10).Select(i => Math.Sin(2 * X2[i, 0]) - X2[i, 1]).ToArray();
        NeuralNetwork Hinges() => new(new Layer(Enumerable.Range(0, 8).Select(k => Neuron(1, k, Activation.ReLU, 0.4 * k - 1.5))),
            new Layer(8, 1, Activation.Linear, seed: 9));
        NeuralNetwork Small() => NeuralNetwork.Create([2, 3, 1], Activation.Tanh, Activation.Linear, seed: 4);
        return
        [
            new("our 1-8-1 ReLU network on the 61 points of the sine, batches of 32 (the last one 29)", Hinges, CourseX, CourseY, 32, 0),
            new("a 2-3-1 tanh network on 10 random rows, batches of 4 (the last one 2)", Small, X2, y2, 4, 7),
            new("our 1-8-1 network, batches of 8 (the last one 5)", Hinges, CourseX, CourseY, 8, 3),
            new("the 2-3-1 network with batches of 32: one batch of all 10 rows", Small, X2, y2, 32, 5),
        ];
    }
}
