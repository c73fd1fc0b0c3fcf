namespace NeuronFromScratch.Course.Exercises.Notebook03;

/// <summary>Notebook 3, “Your turn 1”: the batch gradient of a one-feature neuron, by hand.</summary>
public sealed class BatchGradients : Exercise
{
    /// <summary>A case: one-feature data X, y and the point (w, b).</summary>
    internal sealed record Case(string Name, double[,] X, double[] y, double w, double b)
    {
        public int n => y.Length;

        /// <summary>The gradients summed over rows first ≤ i &lt; end, with 2 / count in ∂L/∂ŷᵢ and feature(i) as x.</summary>
        public (double W, double B) Over(int first, int end, int count, Func<int, double> feature)
        {
            double dW = 0, dB = 0;
            for (int i = first; i < end; i++)
            {
                double dLossDYHat = 2.0 / count * (w * feature(i) + b - y[i]);
                dW += dLossDYHat * feature(i);
                dB += dLossDYHat;
            }
            return (dW, dB);
        }

        public (double W, double B) Rows(int first, int end, int count) => Over(first, end, count, i => X[i, 0]);

        public (double W, double B) Right => Rows(0, n, n);
    }

    // Section 3's x: the feature of example 20 of the course data, a variable the notebook has by then.
    private static readonly double StaleX = Data.GetData().X[20, 0];

    internal static IReadOnlyList<Case> Cases { get; } = MakeCases();

    internal BatchGradients() : base(
        Notebooks.At(3, 4, "The batch form", "Your turn 1: the batch gradient by hand"),
        "Do for every row what section 3's step-through did for example 20, and add up. The 1/n of the mean belongs to ∂L/∂ŷᵢ.",
        "One loop over the rows, X.GetLength(0) of them: each row's own feature X[i, 0], its z and ŷ, its ∂L/∂ŷᵢ, and one "
            + "product added to each of the two sums. Which factor does ∂z/∂b have? And mind that two ints divide as whole numbers.")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => """
        (double dLossDW, double dLossDb) BatchGradients(double[,] X, double[] y, double w, double b)
        {
            int n = y.Length;
            double dLossDW = 0, dLossDb = 0;
            for (int i = 0; i < n; i++)
            {
                double z = w * X[i, 0] + b;
                double yHat = Linear(z);
                double dLossDYHat = 2.0 / n * (yHat - y[i]);
                double dYHatDz = DLinearDz(z);
                dLossDW += dLossDYHat * dYHatDz * X[i, 0];
                dLossDb += dLossDYHat * dYHatDz * 1;
            }
            return (dLossDW, dLossDb);
        }
        """;

    private const string OnlyFirst = "Only the first example counted: did you count the rows with X.GetLength(1)? That is the "
        + "number of columns (features), 1 here. The rows are X.GetLength(0), or y.Length.";
    private const string LastLeftOut = "The last example is left out: does your loop stop one short (i < n - 1)? The rows are "
        + "i = 0 … n − 1, so i < n.";
    private static readonly string Stale = $"Did you use a stale global x, section 3's x = {StaleX:F4} (example 20), instead of the row's X[i, 0]?";

    internal static Mistake<Case, (double W, double B)>[] Mistakes { get; } =
    [
        new("forgets 1/n", c => (c.n * c.Right.W, c.n * c.Right.B),
            "Both are n times too big: L is a mean, so ∂L/∂ŷᵢ carries 2/n. Did you forget the 1/n?"),
        new("divides by n twice", c => (c.Right.W / c.n, c.Right.B / c.n),
            "Both are n times too small: the 1/n of the mean is in ∂L/∂ŷᵢ once; did you divide the sums by n again?"),
        new("returns the two the other way round", c => (c.Right.B, c.Right.W),
            "Your two numbers are the right ones, swapped: return (∂L/∂w, ∂L/∂b), in that order."),
        new("writes 2 / n (integer division)", _ => (0, 0),
            "Both are 0: is it `2 / n`? With two ints that is integer division, and 2 / 30 is 0. Write 2.0 / n."),
        new("flips the sign", c => (-c.Right.W, -c.Right.B), "Right size, wrong sign: ∂L/∂ŷᵢ is the prediction minus the target, times 2/n."),
        new("forgets the 2", c => (c.Right.W / 2, c.Right.B / 2),
            "Both are half: the derivative of the square (ŷᵢ − yᵢ)² brings a factor 2."),
        new("forgets the x factor in dL/dw", c => (c.Right.B, c.Right.B),
            "∂L/∂w came out equal to ∂L/∂b: did you forget the x factor in dL/dw? ∂zᵢ/∂w = X[i, 0]."),
        new("uses a stale global x in dL/dw", c => (c.Right.B * StaleX, c.Right.B), Stale),
        new("uses a stale global x instead of the row's x", c => c.Over(0, c.n, c.n, _ => StaleX), Stale),
        new("multiplies by x twice in dL/dw", c => (Twice(c), c.Right.B),
            "∂L/∂w got the x factor twice: ∂zᵢ/∂w = xᵢ is one factor of x (the z in ∂L/∂ŷᵢ has the other already)."),
        new("puts the x factor on the bias too", c => (c.Right.W, c.Right.W),
            "∂L/∂b came out equal to ∂L/∂w: did you put the x factor on the bias gradient too? ∂zᵢ/∂b = 1."),
        new("counts the rows with X.GetLength(1)", c => c.Rows(0, 1, 1), OnlyFirst),
        new("loops to X.GetLength(1)", c => c.Rows(0, 1, c.n), OnlyFirst),
        new("stops one short", c => c.Rows(0, c.n - 1, c.n), LastLeftOut),
        new("takes n one short", c => c.Rows(0, c.n - 1, c.n - 1), LastLeftOut),
        new("starts at 1", c => c.Rows(1, c.n, c.n), "The first example is left out: does your loop start at i = 1? C# counts from 0."),
    ];

    /// <summary>✔ when <paramref name="batchGradients"/> gives the library's gradients at every point; else ✘ with the likely mistake.</summary>
    public Verdict Check(Func<double[,], double[], double, double, (double, double)> batchGradients) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(batchGradients);
        if (Calls.Shortcut("BatchGradients", batchGradients,
                m => m.DeclaringType == typeof(Neuron) || m.DeclaringType == typeof(Losses) || m.DeclaringType == typeof(Trainer)) is Verdict shortcut)
            return shortcut;
        return new Grader<Case, (double W, double B)>
        {
            Function = "BatchGradients", Cases = Cases, Expected = Library, Name = c => c.Name, Mistakes = Mistakes,
            Same = (a, b) => Numbers.Near(a.W, b.W) && Numbers.Near(a.B, b.B),
            Differs = (c, expected, got) => $"On {c.Name}, at w = {c.w:F4}, b = {c.b:F4}: expected (∂L/∂w, ∂L/∂b) = "
                + $"({expected.W:F6}, {expected.B:F6}), but BatchGradients returned ({got.W:F6}, {got.B:F6}).",
            Otherwise = "For each row: ∂L/∂ŷᵢ · ∂ŷᵢ/∂zᵢ · ∂zᵢ/∂w added to ∂L/∂w, and the same with ∂zᵢ/∂b for ∂L/∂b.",
        }.Failure(c => batchGradients(Matrices.Copy(c.X), (double[])c.y.Clone(), c.w, c.b))
        ?? Verdict.Pass("BatchGradients matches the library's Backward at all three points on the course data, and on 8 random points.");
    });

    // ∂L/∂w with x², as when x is multiplied in twice.
    private static double Twice(Case c) =>
        Enumerable.Range(0, c.n).Sum(i => 2.0 / c.n * (c.w * c.X[i, 0] + c.b - c.y[i]) * c.X[i, 0] * c.X[i, 0]);

    // The library's gradients at (w, b).
    private static (double W, double B) Library(Case c)
    {
        var neuron = new Neuron(1) { W = [c.w], b = c.b };
        neuron.Backward(Losses.DMseDYHat(neuron.Forward(c.X), c.y));
        return (neuron.dLossDW[0], neuron.dLossDb);
    }

    private static List<Case> MakeCases()
    {
        var (X, y) = Data.GetData();
        var cases = new[] { (new Neuron(1).W[0], 0.0), (-1.5, 0.25), (3.0, -2.0) }
            .Select(p => new Case("the course data", X, y, p.Item1, p.Item2)).ToList();
        var Xr = Matrices.Random(8, 1, 31);
        cases.Add(new("8 random points", Xr, Matrices.RandomVector(8, 32), 0.8, -0.4));
        return cases;
    }
}
