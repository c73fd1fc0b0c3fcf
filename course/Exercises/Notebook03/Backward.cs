namespace NeuronFromScratch.Course.Exercises.Notebook03;

/// <summary>Notebook 3: your Backward in MyNeuron.csx, against the library's Neuron.Backward.</summary>
public sealed class Backward : PieceExercise
{
    /// <summary>A case: the last Forward's X, the W and b it ran with, and the ∂L/∂ŷ that Backward receives.</summary>
    internal sealed record Case(string Name, double[,] X, double[] W, double b, double[] dLossDYHat)
    {
        public int n => X.GetLength(0);
        public int f => X.GetLength(1);
        public double[] Z => Enumerable.Range(0, n).Select(i => b + Enumerable.Range(0, f).Sum(j => W[j] * X[i, j])).ToArray();

        /// <summary>(∂L/∂W, ∂L/∂b) summed over the rows i &lt; rows, with x(i, j) as the factor of wⱼ (σ′ = 1).</summary>
        public (double[] W, double B) Sum(int rows, Func<int, int, double> x) =>
            (Enumerable.Range(0, f).Select(j => Enumerable.Range(0, rows).Sum(i => dLossDYHat[i] * x(i, j))).ToArray(),
             Enumerable.Range(0, rows).Sum(i => dLossDYHat[i]));

        public (double[] W, double B) Right => Sum(n, (i, j) => X[i, j]);
    }

    internal static IReadOnlyList<Case> Cases { get; } = MakeCases();

    internal Backward() : base(
        Notebooks.At(3, 5, "Calling Backward twice", "Your neuron: Backward"),
        [Piece.Backward],
        "Backward is section 4's batch form for any number of features, one row at a time, with the z and X that Forward kept. "
            + "What does dLossDYHat already contain?",
        "Two loops: over the rows (as many as lastZ has), and inside it over the weights. ∂L/∂zᵢ is shared by every weight "
            + "and the bias of row i, so compute it once per row, before the inner loop. Backward adds: every line that changes "
            + "a gradient adds to it.")
    {
    }

    /// <inheritdoc/>
    protected override IEnumerable<Piece> Calls => [Piece.Constructor, Piece.Sigma, Piece.DSigmaDz, Piece.Forward];

    internal static Mistake<Case, (double[] W, double B)>[] Mistakes { get; } =
    [
        new("flips the sign", c => Scale(c.Right, -1),
            "Right size, wrong sign: did you subtract (-=) or put a minus in front? dLossDYHat already carries the sign of ŷ − y."),
        new("doubles ∂L/∂z", c => Scale(c.Right, 2),
            "Your gradients are exactly twice the library's: dLossDYHat already holds the 2 of the square's derivative (DMseDYHat's 2/n), so do not multiply by 2 again."),
        new("divides by n again", c => Scale(c.Right, 1.0 / c.n),
            "Your gradients are exactly n times too small: dLossDYHat already includes the 1/n of the mean (DMseDYHat's 2/n), so do not divide by n again."),
        new("loops the rows to lastX.GetLength(1)", c => c.f < c.n ? c.Sum(c.f, (i, j) => c.X[i, j]) : throw new IndexOutOfRangeException(),
            "Only the first rows counted, as many as there are features: did you loop the rows up to lastX.GetLength(1)? That is the number of features (columns). The rows are i < lastZ.Length."),
        new("stops one short", c => c.Sum(c.n - 1, (i, j) => c.X[i, j]),
            "The last row is left out: does your row loop stop one short (i < lastZ.Length - 1)? The rows are i = 0 … n − 1, so i < lastZ.Length."),
        new("forgets the x factor in dL/dw", c => (c.Sum(c.n, (_, _) => 1).W, c.Right.B),
            "Every dLossDW[j] equals the bias's gradient: did you forget the x factor in dL/dw? ∂zᵢ/∂wⱼ = lastX[i, j]."),
        new("uses only the first feature", c => (c.Sum(c.n, (i, _) => c.X[i, 0]).W, c.Right.B),
            "Every dLossDW[j] is what dLossDW[0] should be: did you use only the first feature, lastX[i, 0], for every j? It is lastX[i, j]."),
        new("assigns instead of adding in Backward", c => (LastRow(c), c.dLossDYHat[c.n - 1]),
            "Your gradients hold only the last row's part: did you write = instead of +=? The gradient adds up every row."),
        new("assigns dLossDW instead of adding", c => (LastRow(c), c.Right.B),
            "dLossDW holds only the last row's part: did you write dLossDW[j] = … instead of +=? The gradient adds up every row."),
        new("assigns dLossDb instead of adding", c => (c.Right.W, c.dLossDYHat[c.n - 1]),
            "dLossDb holds only the last row's part: did you write dLossDb = … instead of +=?"),
        new("adds the bias gradient inside the weight loop", c => (c.Right.W, c.f * c.Right.B),
            "dLossDb is exactly f times too big, one ∂L/∂zᵢ per weight: is `dLossDb += …` inside the loop over j? It belongs after "
            + "that loop, once per row. (With one feature both give the same, so the course data could not tell.)"),
        new("puts the x factor on the bias", c => (c.Right.W, c.Sum(c.n, (i, _) => c.X[i, 0]).W[0]),
            "dLossDb got an x factor: ∂zᵢ/∂b = 1, so add ∂L/∂zᵢ alone."),
        new("forgets the bias gradient", c => (c.Right.W, 0),
            "dLossDb is 0: add ∂L/∂zᵢ to dLossDb for every row (∂zᵢ/∂b = 1)."),
    ];

    /// <inheritdoc/>
    protected override Verdict Grade(YourNeuron yours)
    {
        var wrong = new Grader<Case, (double[] W, double B)>
        {
            Function = "Backward", Cases = Cases, Expected = c => c.Right, Name = c => c.Name, Mistakes = Mistakes,
            Same = (a, b) => Numbers.Near(a.W, b.W) && Numbers.Near(a.B, b.B),
            Differs = (c, expected, got) => $"On {c.Name}, after one Backward: expected dLossDW = {Numbers.Show(expected.W, "F6")}, "
                + $"dLossDb = {expected.B:F6}; yours gave dLossDW = {Numbers.Show(got.W, "F6")}, dLossDb = {got.B:F6}.",
            Otherwise = "For every row i: ∂L/∂zᵢ = ∂L/∂ŷᵢ · σ′(zᵢ); then add ∂L/∂zᵢ · xᵢⱼ to every dLossDW[j], and ∂L/∂zᵢ to dLossDb.",
            WhenThrown = e => e switch
            {
                NullReferenceException => "Backward reads lastX and lastZ, which your Forward keeps, and adds to dLossDW, which your constructor makes.",
                IndexOutOfRangeException => "An index ran past the end of an array: rows are i < lastZ.Length, features j < W.Length, and lastX[i, j] is row i, column j.",
                _ => null,
            },
        }.Failure(c => Once(yours, c).Gradients);
        if (wrong is not null)
            return wrong;

        foreach (var c in Cases)
        {
            var neuron = Once(yours, c).Neuron;
            neuron.Backward((double[])c.dLossDYHat.Clone());
            var (W, B) = c.Right;
            double[] twice = W.Select(g => 2 * g).ToArray();
            if (!Numbers.Near(neuron.dLossDW, twice) || !Numbers.Near(neuron.dLossDb, 2 * B))
                return Verdict.Fail($"One Backward is right, but after a second Backward without ResetGrad the gradients should "
                    + $"have doubled to dLossDW = {Numbers.Show(twice, "F6")}, dLossDb = {2 * B:F6}; yours are "
                    + $"{Numbers.Show(neuron.dLossDW, "F6")}, {neuron.dLossDb:F6}."
                    + (Numbers.Near(neuron.dLossDW, W) && Numbers.Near(neuron.dLossDb, B)
                        ? " They were not doubled: does Backward replace the gradients (=, or a ResetGrad inside it) instead of adding (+=)? Clearing them is ResetGrad's job."
                        : ""));
        }
        return Verdict.Pass("Backward matches the library's Neuron on the course data and on random 4 × 2 and 6 × 3 matrices, "
            + "and it adds: two calls give twice the gradients.");
    }

    // Your neuron as the last Forward left it (lastX, lastZ), with zero gradients, after one Backward.
    private static (INeuron Neuron, (double[] W, double B) Gradients) Once(YourNeuron yours, Case c)
    {
        var neuron = Probe.Neuron(yours, c.W, c.b);
        neuron.lastX = Matrices.Copy(c.X);
        neuron.lastZ = c.Z;
        neuron.Backward((double[])c.dLossDYHat.Clone());
        return (neuron, ((double[])neuron.dLossDW?.Clone()!, neuron.dLossDb));
    }

    // ∂L/∂W of the last row alone.
    private static double[] LastRow(Case c) => Enumerable.Range(0, c.f).Select(j => c.dLossDYHat[c.n - 1] * c.X[c.n - 1, j]).ToArray();

    private static (double[] W, double B) Scale((double[] W, double B) g, double factor) =>
        (g.W.Select(v => factor * v).ToArray(), factor * g.B);

    private static List<Case> MakeCases()
    {
        var (X, y) = Data.GetData();
        double[] W = new Neuron(1).W;
        var library = new Neuron(1) { W = (double[])W.Clone(), b = 0.25 };
        var cases = new List<Case> { new("the course data", X, W, 0.25, Losses.DMseDYHat(library.Forward(X), y)) };
        foreach (var (rows, features, seed) in new[] { (4, 2, 3), (6, 3, 5) })
            cases.Add(new($"a random {rows} × {features} matrix", Matrices.Random(rows, features, seed),
                Matrices.RandomVector(features, seed + 1), 0.3 * seed - 1, Matrices.RandomVector(rows, seed + 2)));
        return cases;
    }
}
