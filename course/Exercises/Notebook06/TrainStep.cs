using static NeuronFromScratch.Course.Exercises.Notebook06.NetworkCases;

namespace NeuronFromScratch.Course.Exercises.Notebook06;

/// <summary>Notebook 6, “Your turn 3”: one training step of a network, with the backward loop over the layers.</summary>
public sealed class TrainStep : Exercise
{
    private const double Eta = 0.1;
    private const int Steps = 3;   // a forgotten ResetGrad shows from the second step on

    /// <summary>A case: a network (made fresh each time) and a batch.</summary>
    internal sealed record Case(string Name, Func<NeuralNetwork> Make, double[,] X, double[] y);

    /// <summary>The losses of three steps and every parameter afterwards.</summary>
    internal sealed record Stepped(List<double> Losses, double[] Parameters);

    internal TrainStep() : base(
        Notebooks.At(6, 7, "Training: the mini-batch loop", "Your turn 3: one training step, with the backward loop over the layers"),
        "It is notebook 4's step (reset, forward, loss, backward, step) for a whole network. Only the backward part is new: "
            + "section 5 did it by hand for two layers. In which order do the layers get their ∂L/∂A?",
        "Keep one variable for “the ∂L/∂A this layer receives”: a layer's neuron k gets its column k, and the parts of ∂L/∂X "
            + "its neurons return add up to what the layer below receives. Where does the matrix for that sum belong, inside the "
            + "layer loop or outside it? And Backward adds to the gradients: what must happen before it?")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => """
        double TrainStep(NeuralNetwork network, double[,] X, double[] y, double learningRate)
        {
            foreach (Layer layer in network.Layers)
                layer.ResetGrad();
            double[] yHat = network.Predict(X);                                        // every neuron keeps its X and z
            double loss = Losses.Mse(yHat, y);
            double[,] dLossDA = AsColumn(Losses.DMseDYHat(yHat, y));     // n × 1: the output layer's ∂L/∂A
            for (int l = network.Layers.Count - 1; l >= 0; l--)                       // from the output layer down
            {
                Layer layer = network.Layers[l];
                var dLossDX = new double[X.GetLength(0), layer.InputCount];           // a fresh sum for this layer
                for (int k = 0; k < layer.NeuronCount; k++)
                {
                    double[,] part = layer.Neurons[k].Backward(Column(dLossDA, k));   // adds neuron k's ∂L/∂W, ∂L/∂b
                    for (int i = 0; i < part.GetLength(0); i++)
                        for (int j = 0; j < layer.InputCount; j++)
                            dLossDX[i, j] += part[i, j];                               // the neurons' parts add up
                }
                dLossDA = dLossDX;                                                     // passed down: the layer below's ∂L/∂A
            }
            foreach (Layer layer in network.Layers)
                layer.Step(learningRate);
            return loss;
        }
        """;

    internal static Mistake<Case, Stepped>[] Mistakes { get; } =
        TrainStepMistakes.All.Select(m => new Mistake<Case, Stepped>(m.Name, c => Run(new Func<NeuralNetwork, double[,], double[], double, double>(m.Step), c), m.Clue)).ToArray();

    /// <summary>✔ when three of your steps match the right ones on three networks; else ✘ with the likely mistake.</summary>
    public Verdict Check(Func<NeuralNetwork, double[,], double[], double, double> trainStep) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(trainStep);
        if (Calls.ToAny(trainStep, m => m.Name == "Backward" && (m.DeclaringType == typeof(NeuralNetwork) || m.DeclaringType == typeof(Layer))) is { } called)
            return Verdict.Fail($"TrainStep uses the library's {Calls.Name(called)}: the point is to write that loop yourself, "
                + "neuron by neuron, from the last layer down.");
        return new Grader<Case, Stepped>
        {
            Function = "TrainStep", Cases = Cases, Name = c => c.Name, Mistakes = Mistakes,
            Expected = c => Run(TrainStepMistakes.Right, c),
            Same = (a, b) => Numbers.Near(a.Losses, b.Losses) && Numbers.Near(a.Parameters, b.Parameters),
            Differs = (c, expected, got) => $"On {c.Name}, {Steps} steps with η = {Eta}: expected the losses "
                + $"{Numbers.Show(expected.Losses, "G6")}, got {Numbers.Show(got.Losses, "G6")}.",
            Otherwise = "Reset, forward, loss; then from the last layer down, each neuron k gets column k of ∂L/∂A, its parts of "
                + "∂L/∂X add up, and that sum is passed down; then step.",
            WhenThrown = e => e is ArgumentException or IndexOutOfRangeException
                ? "If a shape is wrong, look at the order of the layers (the last first) and what you pass down: each layer's "
                  + "neurons want one ∂L/∂ŷ per row, column k of an n × (its NeuronCount) ∂L/∂A." : null,
        }.Failure(c => Run(trainStep, c))
        ?? Verdict.Pass("TrainStep matches the right step, step for step: the same losses and every weight and bias, on a chain, "
            + "a 2-3-3-1 tanh network and our 1-8-1 ReLU network.");
    });

    private static IReadOnlyList<Case> Cases { get; } = MakeCases();

    private static Stepped Run(Func<NeuralNetwork, double[,], double[], double, double> trainStep, Case c)
    {
        var network = c.Make();
        var losses = Enumerable.Range(0, Steps).Select(_ => trainStep(network, Matrices.Copy(c.X), (double[])c.y.Clone(), Eta)).ToList();
        return new(losses, network.Layers.SelectMany(l => l.Neurons).SelectMany(n => n.W.Append(n.b)).ToArray());
    }

    private static List<Case> MakeCases()
    {
        var X2 = Random(6, 2, 21);
        double[] y2 = Enumerable.Range(0, 6).Select(i => Math.Sin(2 * X2[i, 0]) - X2[i, 1]).ToArray();
        return
        [
            // One neuron per layer first: then a wrong order or a gradient that is not passed down cannot fail on a shape.
            new("a chain of three single tanh/linear neurons (sizes 1, 1, 1, 1) on our data",
                () => new NeuralNetwork(new Layer([Neuron(1, 1, Activation.Tanh, 0.3)]), new Layer([Neuron(1, 2, Activation.Tanh, -0.2)]),
                    new Layer([Neuron(1, 3, Activation.Linear, 0.1)])), CourseX, CourseY),
            new("a tanh network with sizes 2, 3, 3, 1 on random data",
                () => NeuralNetwork.Create([2, 3, 3, 1], Activation.Tanh, Activation.Linear, seed: 4), X2, y2),
            new("a ReLU network with sizes 1, 8, 1 on our data",
                () => new NeuralNetwork(new Layer(Enumerable.Range(0, 8).Select(k => Neuron(1, k, Activation.ReLU, 0.4 * k - 1.5))),
                    new Layer(8, 1, Activation.Linear, seed: 9)), CourseX, CourseY),
        ];
    }
}
