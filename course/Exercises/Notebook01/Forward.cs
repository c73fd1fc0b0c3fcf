namespace NeuronFromScratch.Course.Exercises.Notebook01;

/// <summary>Notebook 1: your Forward in MyNeuron.csx, against the library's Neuron.Forward.</summary>
public sealed class Forward : PieceExercise
{
    /// <summary>A case: a name, X, and the W and b the neuron gets.</summary>
    internal sealed record Case(string Name, double[,] X, double[] W, double b)
    {
        public int n => X.GetLength(0);
        public int f => X.GetLength(1);

        /// <summary>z of every row, with each row's sum made of term(i, j) and starting at start(i).</summary>
        public double[] Z(Func<int, int, double> term, Func<int, double>? start = null) =>
            Enumerable.Range(0, n).Select(i => (start?.Invoke(i) ?? b) + Enumerable.Range(0, f).Sum(j => term(i, j))).ToArray();

        /// <summary>The right z: Σⱼ W[j]·X[i, j] + b.</summary>
        public double[] RightZ => Z((i, j) => W[j] * X[i, j]);
    }

    internal static IReadOnlyList<Case> Cases { get; } =
    [
        new("the course data (30 × 1)", Data.GetData().X, [0.7], -0.3),
        new("a random 4 × 2 matrix", Matrices.Random(4, 2, 1), [0.3, -1.2], 0.8),
        new("a random 5 × 3 matrix", Matrices.Random(5, 3, 2), [0.3, -1.2, 2.0], -0.7),
        new("a random 3 × 3 matrix", Matrices.Random(3, 3, 3), [1.1, 0.4, -0.6], 0.25),
    ];

    internal Forward() : base(
        Notebooks.At(1, 4, "Many examples at once: z = XW + b", "Your neuron: Forward"),
        [Piece.Forward],
        "Forward does for every row of X what section 2 did for one example, then applies σ. Which index of X is the "
            + "example, and which the feature?",
        "Two loops: the rows outside, the features inside. Where does a row's sum start, and how often is b in it? Keep X "
            + "and the values of z in lastX and lastZ before returning, z in an array of its own (not the array you return).")
    {
    }

    /// <inheritdoc/>
    protected override IEnumerable<Piece> Calls => [Piece.Constructor, Piece.Sigma];

    internal static Mistake<Case, double[]>[] Mistakes { get; } =
    [
        new("forgets the bias", c => c.Z((i, j) => c.W[j] * c.X[i, j], _ => 0),
            "Every row is off by exactly b: did you forget to add the bias?"),
        new("adds the bias inside the feature loop", c => c.Z((i, j) => c.W[j] * c.X[i, j] + c.b, _ => 0),
            "Every row is off by (f − 1)·b: did you add the bias inside the feature loop? Then it is added once per feature. "
            + "With 1 feature that looks right; add b once per row."),
        new("adds the bias at the start and inside the loop", c => c.Z((i, j) => c.W[j] * c.X[i, j] + c.b),
            "Every row has f extra b's: did you add the bias inside the feature loop as well as at the start? Add b once per row."),
        new("does not reset z for each row", c => Running(c.Z((i, j) => c.W[j] * c.X[i, j], _ => 0), c.b),
            "Row i includes the previous rows' sums: did you reset z for each row? Start each row's z at b, inside the row loop."),
        new("does not reset z for each row, adding b per row", c => Running(c.RightZ, 0),
            "Row i includes the previous rows' sums: did you reset z for each row? Start each row's z at b, inside the row loop."),
        new("uses only the first feature", c => c.Z((i, j) => j == 0 ? c.W[0] * c.X[i, 0] : 0),
            "That is ŷ from the first feature only: does the feature loop run over every j up to X.GetLength(1)?"),
        new("stops the feature loop one short", c => c.Z((i, j) => j < c.f - 1 ? c.W[j] * c.X[i, j] : 0),
            "That is ŷ without the last feature (with 1 feature, every row is just b): does the feature loop stop one short? "
            + "j < X.GetLength(1) − 1 skips the last feature; loop while j < X.GetLength(1)."),
        new("uses row 0 for every row", c => Enumerable.Repeat(c.RightZ[0], c.n).ToArray(),
            "Every row has row 0's value: did you use X[0, j] (or one example) for every row, instead of X[i, j] for row i?"),
        new("reads X transposed", c => c.Z((i, j) => c.W[j] * c.X[j, i]),
            "You read X[j, i]: X has one row per example, so X[i, j] is example i's feature j. (On X with more rows than "
            + "features X[j, i] runs past the end; only a square X lets it run.)"),
    ];

    /// <inheritdoc/>
    protected override Verdict Grade(YourNeuron yours)
    {
        var wrong = new Grader<Case, double[]>
        {
            Function = "Forward", Cases = Cases, Expected = c => c.RightZ, Same = (a, b) => Numbers.Near(a, b),
            Name = c => c.Name, Mistakes = Mistakes,
            Differs = (c, expected, got) => got is null || got.Length != c.n
                ? $"On {c.Name}: expected {c.n} predictions (one per row of X), got {got?.Length.ToString() ?? "null"}."
                : Row(c, expected, got),
            Otherwise = "Compute zᵢ = Σⱼ W[j]·X[i, j] + b for each row i, then ŷᵢ = Sigma(zᵢ).",
        }.Failure(c => Probe.Neuron(yours, c.W, c.b).Forward(Matrices.Copy(c.X)));
        if (wrong is not null)
            return wrong;

        foreach (var c in Cases)
        {
            var neuron = Probe.Neuron(yours, c.W, c.b);
            neuron.lastX = null!;
            neuron.lastZ = null!;
            var X = Matrices.Copy(c.X);
            double[] yHat = neuron.Forward(X);
            if (neuron.lastX is null || neuron.lastZ is null)
                return Verdict.Fail($"Forward's predictions are right, but it did not keep {(neuron.lastX is null ? "lastX" : "lastZ")}: "
                    + "store lastX = X and lastZ = z before returning. Notebook 3's Backward needs them.");
            if (!ReferenceEquals(neuron.lastX, X) && !Numbers.Near(neuron.lastX, X))
                return Verdict.Fail($"On {c.Name}, lastX is not the X that Forward was given: store lastX = X.");
            if (ReferenceEquals(neuron.lastZ, yHat))
                return Verdict.Fail($"On {c.Name}, the predictions are right, but lastZ is the very array Forward returned as ŷ "
                    + "(lastZ = yHat). Notebook 3's Backward needs z, and a caller who changes ŷ would change your lastZ with it: "
                    + "keep z in its own array, and store lastZ = z.");
            if (!Numbers.Near(neuron.lastZ, c.RightZ))
                return Verdict.Fail($"On {c.Name}, lastZ should hold the {c.n} values zᵢ = Σⱼ W[j]·X[i, j] + b of this Forward, "
                    + $"but it is {Numbers.Show(neuron.lastZ)}.");
        }
        return Verdict.Pass("Your Forward agrees with the library's Neuron.Forward on the course data and on random 4 × 2, "
            + "5 × 3 and 3 × 3 matrices, and keeps lastX and lastZ for notebook 3.");
    }

    private static string Row(Case c, double[] expected, double[] got)
    {
        int i = Enumerable.Range(0, c.n).First(k => !Numbers.Near(expected[k], got[k]));
        return $"On {c.Name} with W = {Numbers.Show(c.W)} and b = {c.b}, row {i}: expected ŷ = {Numbers.Show(expected[i], "F4")}, "
            + $"got {Numbers.Show(got[i], "F4")}.";
    }

    // Running sums: entry i is start + the first i + 1 values added up (a z that is never reset between rows).
    private static double[] Running(double[] values, double start)
    {
        var sums = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
            sums[i] = (i > 0 ? sums[i - 1] : start) + values[i];
        return sums;
    }
}
