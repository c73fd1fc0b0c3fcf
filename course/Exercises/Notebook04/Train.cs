namespace NeuronFromScratch.Course.Exercises.Notebook04;

/// <summary>Notebook 4: your Train in MyNeuron.csx, against the library's Trainer.Train (per example, no shuffle).</summary>
public sealed class Train : PieceExercise
{
    /// <summary>A case: data, epochs, η, and the starting weights (b starts at 0).</summary>
    internal sealed record Case(string Name, double[,] X, double[] y, int Epochs, double eta, double[] W0);

    /// <summary>What a training gave: each epoch's loss, and the final W and b.</summary>
    internal sealed record Trained(List<double> Losses, double[] W, double b);

    internal static IReadOnlyList<Case> Cases { get; } = MakeCases();

    internal Train() : base(
        Notebooks.At(4, 3, "The training loop, written out by hand", "Your neuron, piece 2: the loop, Train"),
        [Piece.Train],
        "It is the worked example's loop above, on your neuron, with your Mse and DMseDYHat. What does one example look like "
            + "to Forward, and to Mse?",
        "Two loops, the epochs outside and the examples inside; the inner body is the five numbered steps of section 3, in "
            + "that order. Keep a running sum of the epoch's losses, and add one number to the list per epoch, when the inner "
            + "loop is done.")
    {
    }

    /// <inheritdoc/>
    protected override IEnumerable<Piece> Calls =>
        [Piece.Constructor, Piece.Sigma, Piece.DSigmaDz, Piece.Forward, Piece.Mse, Piece.DMseDYHat, Piece.ResetGrad, Piece.Backward, Piece.Step];

    internal static Mistake<Case, Trained>[] Mistakes { get; } = TrainMistakes.All
        .Select(m => new Mistake<Case, Trained>(m.Name, c => Run((n, X, y, e, eta) => m.Loop(n, X, y, e, eta), c), m.Clue))
        .ToArray();

    /// <inheritdoc/>
    protected override Verdict Grade(YourNeuron yours) =>
        new Grader<Case, Trained>
        {
            Function = "your Train", Cases = Cases, Expected = Library, Name = c => c.Name, Mistakes = Mistakes, Same = Same,
            Differs = (c, expected, got) => got.Losses is null
                ? "Train returned null: return the list of the epochs' losses."
                : got.Losses.Count != c.Epochs
                    ? $"On {c.Name}, Train returned {got.Losses.Count} losses for {c.Epochs} epochs: one per epoch, please."
                    : $"On {c.Name}, expected the epoch losses {Numbers.Show(expected.Losses.Take(3), "F6")}… ending with "
                      + $"W = {Numbers.Show(expected.W, "F6")}, b = {expected.b:F6}, but your Train gave "
                      + $"{Numbers.Show(got.Losses.Take(3), "F6")}…, W = {Numbers.Show(got.W, "F6")}, b = {Numbers.Show(got.b, "F6")}. "
                      + (FirstDifference(expected.Losses, got.Losses) is int epoch and >= 0
                          ? $"The first epoch that differs is epoch {epoch + 1}."
                          : "Every epoch's loss is right; W and b are not."),
            Otherwise = "Compare your loop with the five steps of section 3, in that order, for every example i.",
            WhenThrown = e => e is ArgumentException
                ? "Do ŷ and the targets have the same length? For one example i the target is new[] { y[i] }, not all of y." : null,
        }.Failure(c => Run(yours.Train, c))
        ?? Verdict.Pass("Your Train gives the same losses, epoch by epoch, and the same W and b as the library's Trainer.Train, "
            + "on the course data and on random data with 2 and 3 features.");

    /// <summary>Equal losses, epoch by epoch, and equal W and b, up to rounding.</summary>
    internal static bool Same(Trained a, Trained b) =>
        a.Losses is not null && b.Losses is not null && Numbers.Near(a.Losses, b.Losses) && Numbers.Near(a.W, b.W) && Numbers.Near(a.b, b.b);

    // A loop on a neuron whose pieces are right, from the case's start: what it gives.
    private static Trained Run(Func<INeuron, double[,], double[], int, double, List<double>> train, Case c)
    {
        var neuron = new ReferenceNeuron(c.W0, 0);
        var losses = train(neuron, Matrices.Copy(c.X), (double[])c.y.Clone(), c.Epochs, c.eta);
        return new(losses, neuron.W, neuron.b);
    }

    private static Trained Library(Case c)
    {
        var library = new Neuron(c.W0.Length) { W = (double[])c.W0.Clone(), b = 0 };
        var losses = Trainer.Train(library, c.X, c.y, c.Epochs, c.eta).Loss.ToList();   // per example, no shuffle
        return new(losses, library.W, library.b);
    }

    // The first epoch whose loss differs, or −1 when none does.
    private static int FirstDifference(List<double> expected, List<double> got) =>
        Enumerable.Range(0, expected.Count).FirstOrDefault(e => !Numbers.Near(expected[e], got[e]), -1);

    private static List<Case> MakeCases()
    {
        var (X, y) = Data.GetData();
        var cases = new List<Case> { new("the course data (20 epochs, η = 0.05)", X, y, 20, 0.05, new Neuron(1).W) };
        foreach (var (f, seed, line) in new[] { (2, 11, new[] { 1.5, -0.7, 0.4 }), (3, 12, new[] { -1.0, 0.5, 2.0, -0.3 }) })
        {
            var Xr = Matrices.Random(12, f, seed, scale: 1);
            double[] yr = Enumerable.Range(0, 12).Select(i => line[f] + Enumerable.Range(0, f).Sum(j => line[j] * Xr[i, j])).ToArray();
            cases.Add(new($"12 random rows with {f} features (5 epochs, η = 0.05)", Xr, yr, 5, 0.05, new Neuron(f, seed).W));
        }
        return cases;
    }
}
