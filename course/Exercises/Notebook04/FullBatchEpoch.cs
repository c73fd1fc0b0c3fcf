namespace NeuronFromScratch.Course.Exercises.Notebook04;

/// <summary>Notebook 4, “Your turn”: one epoch of full-batch gradient descent on the library's Neuron.</summary>
public sealed class FullBatchEpoch : Exercise
{
    private const int Epochs = 3;
    private const double Eta = 0.5;

    /// <summary>A case: the data and the seed of the neuron's starting weights.</summary>
    internal sealed record Case(string Name, double[,] X, double[] y, int Seed);

    /// <summary>Three epochs' losses and the neuron after them.</summary>
    internal sealed record Trained(List<double> Losses, double[] W, double b);

    internal static IReadOnlyList<Case> Cases { get; } = MakeCases();

    internal FullBatchEpoch() : base(
        Notebooks.At(4, 7, "Per example or full batch?", "Your turn: one full-batch epoch by hand"),
        "Section 2 took exactly one such step, on all 30 examples at once. Which loss is the step's: the one before it, or after?",
        "It is one pass of the per-example loop body of section 3, in the same order, but on the whole matrix X and all of y "
            + "at once, so the loss and its derivative are those of the mean over all n examples: the library has a function "
            + "for each (section 2 used both).")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => """
        double FullBatchEpoch(Neuron neuron, double[,] X, double[] y, double learningRate)
        {
            neuron.ResetGrad();
            double[] yHat = neuron.Forward(X);
            double loss = Losses.Mse(yHat, y);
            neuron.Backward(Losses.DMseDYHat(yHat, y));
            neuron.Step(learningRate);
            return loss;
        }
        """;

    // One epoch on the library's neuron, written as a learner would, with `change` made to the right one.
    private delegate double Epoch(Neuron neuron, double[,] X, double[] y, double learningRate);

    private static double Right(Neuron neuron, double[,] X, double[] y, double eta)
    {
        neuron.ResetGrad();
        double[] yHat = neuron.Forward(X);
        double loss = Losses.Mse(yHat, y);
        neuron.Backward(Losses.DMseDYHat(yHat, y));
        neuron.Step(eta);
        return loss;
    }

    private const string NoMove = "W and b did not change. Either Step is missing (did you forget neuron.Step(learningRate)?), "
        + "or it comes before Backward (then it steps on the zeros that ResetGrad left), or the gradient was all zeros: if you wrote 2 / y.Length, C# divides the two integers and gets 0 (2 / 30 == 0). "
        + "Write 2.0 / y.Length, or use Losses.DMseDYHat.";

    internal static Mistake<Case, Trained>[] Mistakes { get; } = new (string Name, Epoch Epoch, string Clue)[]
    {
        ("forgets ResetGrad", (neuron, X, y, eta) =>
            {
                double[] yHat = neuron.Forward(X);
                neuron.Backward(Losses.DMseDYHat(yHat, y));
                neuron.Step(eta);
                return Losses.Mse(yHat, y);
            }, "Epoch 1 is right, then the steps go wrong: the gradients accumulate. Call neuron.ResetGrad() before Backward (Backward adds)."),
        ("forgets 1/n", (neuron, X, y, eta) =>
            {
                neuron.ResetGrad();
                double[] yHat = neuron.Forward(X);
                neuron.Backward(yHat.Select((v, i) => 2 * (v - y[i])).ToArray());
                neuron.Step(eta);
                return Losses.Mse(yHat, y);
            }, "Epoch 1's loss is right, but the step is n times too big: the gradient must be that of the mean loss. Did you forget 1/n? Losses.DMseDYHat includes it."),
        ("returns the summed loss", (neuron, X, y, eta) => Right(neuron, X, y, eta) * y.Length,
            "Your losses are n times too big: that is the sum of the squared errors. Return the mean, Losses.Mse(yHat, y)."),
        ("returns the loss after the step", (neuron, X, y, eta) =>
            {
                Right(neuron, X, y, eta);
                return Losses.Mse(neuron.Forward(X), y);
            }, "Your losses are lower than expected: you returned the loss after the step. Measure it before Step."),
        ("forgets Step", (neuron, X, y, eta) =>
            {
                neuron.ResetGrad();
                double[] yHat = neuron.Forward(X);
                neuron.Backward(Losses.DMseDYHat(yHat, y));
                return Losses.Mse(yHat, y);
            }, NoMove),
        ("passes the target first", (neuron, X, y, eta) =>
            {
                neuron.ResetGrad();
                double[] yHat = neuron.Forward(X);
                neuron.Backward(Losses.DMseDYHat(y, yHat));
                neuron.Step(eta);
                return Losses.Mse(yHat, y);
            }, "Your steps went uphill, so the loss grows: Losses.DMseDYHat(yHat, y) takes the predictions first. Swapped, every ∂L/∂ŷ has the wrong sign."),
        ("steps twice", (neuron, X, y, eta) =>
            {
                double loss = Right(neuron, X, y, eta);
                neuron.Step(eta);
                return loss;
            }, "W and b moved twice as often as they should: step once per epoch, one Step per call."),
        ("steps before Backward", (neuron, X, y, eta) =>
            {
                neuron.ResetGrad();
                double[] yHat = neuron.Forward(X);
                neuron.Step(eta);
                neuron.Backward(Losses.DMseDYHat(yHat, y));
                return Losses.Mse(yHat, y);
            }, NoMove),
    }.Select(m => new Mistake<Case, Trained>(m.Name, c => Run(new Func<Neuron, double[,], double[], double, double>(m.Epoch), c), m.Clue)).ToArray();

    /// <summary>✔ when three of your epochs give Trainer.Train's full-batch losses and parameters; else ✘ with the likely mistake.</summary>
    public Verdict Check(Func<Neuron, double[,], double[], double, double> fullBatchEpoch) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(fullBatchEpoch);
        if (Calls.Shortcut("FullBatchEpoch", fullBatchEpoch, m => m.DeclaringType == typeof(Trainer)) is Verdict shortcut)
            return shortcut;
        return new Grader<Case, Trained>
        {
            Function = "FullBatchEpoch", Cases = Cases, Expected = Library, Name = c => c.Name, Mistakes = Mistakes,
            Same = (a, b) => Numbers.Near(a.Losses, b.Losses) && Numbers.Near(a.W, b.W) && Numbers.Near(a.b, b.b),
            Differs = (c, expected, got) => $"On {c.Name}, expected the losses {Numbers.Show(expected.Losses, "G6")} and then "
                + $"W = {Numbers.Show(expected.W, "F6")}, b = {expected.b:F6}, but FullBatchEpoch returned {Numbers.Show(got.Losses, "G6")} "
                + $"and left W = {Numbers.Show(got.W, "F6")}, b = {got.b:F6}.",
            Otherwise = "One full-batch step: the loss and the gradient of the mean over all of X, then one step downhill; return the loss from before the step.",
        }.Failure(c => Run(fullBatchEpoch, c))
        ?? Verdict.Pass("FullBatchEpoch matches Trainer.Train with batchSize: Trainer.FullBatch, epoch by epoch, on our data "
            + "and on random data with two features.");
    });

    private static Trained Run(Func<Neuron, double[,], double[], double, double> epoch, Case c)
    {
        var neuron = new Neuron(c.X.GetLength(1), c.Seed);
        var losses = Enumerable.Range(0, Epochs).Select(_ => epoch(neuron, Matrices.Copy(c.X), (double[])c.y.Clone(), Eta)).ToList();
        return new(losses, neuron.W, neuron.b);
    }

    private static Trained Library(Case c)
    {
        var library = new Neuron(c.X.GetLength(1), c.Seed);
        var losses = Trainer.Train(library, c.X, c.y, Epochs, Eta, batchSize: Trainer.FullBatch).Loss.ToList();
        return new(losses, library.W, library.b);
    }

    private static List<Case> MakeCases()
    {
        var (X, y) = Data.GetData();
        var X2 = Matrices.Random(8, 2, 3, scale: 1);
        double[] y2 = Enumerable.Range(0, 8).Select(i => 0.5 * X2[i, 0] - 1.5 * X2[i, 1] + 0.3).ToArray();
        return [new("our data", X, y, 0), new("random data with two features", X2, y2, 1)];
    }
}
