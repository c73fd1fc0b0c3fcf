using static NeuronFromScratch.Course.Exercises.Notebook06.NetworkCases;

namespace NeuronFromScratch.Course.Exercises.Notebook06;

/// <summary>Notebook 6, “Your turn 2”: one neuron's ∂L/∂X, what its Backward returns, written by hand.</summary>
public sealed class NeuronDLossDX : Exercise
{
    /// <summary>A case: a neuron (made fresh each time), its input X, and the ∂L/∂ŷ it receives.</summary>
    internal sealed record Case(string Name, Func<Neuron> Make, double[,] X)
    {
        public int n => X.GetLength(0);
        public int f => X.GetLength(1);
        public double[] dLossDYHat => Enumerable.Range(0, n).Select(i => Math.Sin(1.7 * i + 0.3)).ToArray();

        /// <summary>The n × f matrix whose entry (i, j) is entry(i, j, z of row i, the neuron).</summary>
        public double[,] Each(Func<int, int, double, Neuron, double> entry)
        {
            var neuron = Make();
            return Matrices.Make(n, f, (i, j) => entry(i, j,
                neuron.b + Enumerable.Range(0, f).Sum(k => neuron.W[k] * X[i, k]), neuron));
        }
    }

    internal static IReadOnlyList<Case> Cases { get; } =
    [
        new("a ReLU neuron on our 61 x values", () => Neuron(1, 3, Activation.ReLU, 0.4), CourseX),
        new("a tanh neuron with 3 inputs and 5 rows", () => Neuron(3, 11, Activation.Tanh, -0.2), Random(5, 3, 12)),
        new("a sigmoid neuron with 2 inputs and 4 rows", () => Neuron(2, 13, Activation.Sigmoid, -0.5), Random(4, 2, 14)),
    ];

    internal NeuronDLossDX() : base(
        Notebooks.At(6, 5, "The backward pass through two layers", "Your turn 2: one neuron's ∂L/∂X"),
        "Section 5 found the new derivative for one example: in z = Σⱼ xⱼwⱼ + b, which factor stays when you differentiate "
            + "with respect to xⱼ? The chain rule then goes back through σ as in notebook 3.",
        "Two loops: over the rows outside, over the inputs inside (once to add up zᵢ, once to fill row i). At which value is "
            + "σ′ evaluated: the one before the activation, or the one after it? The result has the shape of X.")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => """
        double[,] NeuronDLossDX(Neuron neuron, double[,] X, double[] dLossDYHat)
        {
            int n = X.GetLength(0), f = X.GetLength(1);
            var dLossDX = new double[n, f];
            for (int i = 0; i < n; i++)
            {
                double z = neuron.b;
                for (int j = 0; j < f; j++)
                    z += X[i, j] * neuron.W[j];                               // the pre-activation zᵢ
                double dLossDz = dLossDYHat[i] * neuron.Activation.DSigmaDz(z);   // σ′ at z, not at ŷ = σ(z)
                for (int j = 0; j < f; j++)
                    dLossDX[i, j] = dLossDz * neuron.W[j];                    // ∂zᵢ/∂xᵢⱼ = wⱼ
            }
            return dLossDX;
        }
        """;

    private const string Summed = "You summed over the examples (rows). dL/dW sums over the rows, because every example uses the "
        + "same w; but each example has its own x, so dL/dX keeps one row per example.";

    internal static Mistake<Case, double[,]>[] Mistakes { get; } =
    [
        new("transposes dL/dX", c => Transpose(Right(c)), "Your dL/dX is transposed: it has the shape of X, n × f, one row per example."),
        new("sums over the rows into row 0", c => SumRows(Right(c), c.n, onlyRow0: true), Summed),
        new("sums over the rows into one row", c => SumRows(Right(c), 1), Summed),
        new("multiplies by x instead of w", c => c.Each((i, j, z, neuron) => c.dLossDYHat[i] * neuron.Activation.DSigmaDz(z) * c.X[i, j]),
            "You multiplied by xᵢⱼ: that is the factor of dL/dwⱼ. In z = Σⱼ wⱼxᵢⱼ + b the partner of xᵢⱼ is its weight, so ∂zᵢ/∂xᵢⱼ = wⱼ."),
        new("multiplies by w·x", c => c.Each((i, j, z, neuron) => c.dLossDYHat[i] * neuron.Activation.DSigmaDz(z) * neuron.W[j] * c.X[i, j]),
            "You multiplied by wⱼ · xᵢⱼ: the xᵢⱼ is extra. ∂zᵢ/∂xᵢⱼ = wⱼ alone; xᵢⱼ is the factor of dL/dwⱼ, not of dL/dxᵢⱼ."),
        new("uses ReLU's derivative for every neuron", c => c.Each((i, j, z, neuron) => c.dLossDYHat[i] * (z > 0 ? 1.0 : 0.0) * neuron.W[j]),
            "Your σ′ is 1 for z > 0 and 0 otherwise: that is ReLU's derivative, but not every neuron is a ReLU. Use neuron.Activation.DSigmaDz(z), this neuron's own σ′."),
        new("forgets σ′", c => c.Each((i, j, _, neuron) => c.dLossDYHat[i] * neuron.W[j]),
            "The factor σ′(zᵢ) is missing: dL/dzᵢ = dL/dŷᵢ · σ′(zᵢ) before multiplying by wⱼ."),
        new("evaluates σ′ at ŷ", c => c.Each((i, j, z, neuron) => c.dLossDYHat[i] * neuron.Activation.DSigmaDz(neuron.Activation.Sigma(z)) * neuron.W[j]),
            "You evaluated σ′ at ŷᵢ = σ(zᵢ), the post-activation value; the chain rule needs σ′ at the pre-activation zᵢ. (For ReLU "
            + "both give the same numbers, because ReLU(z) > 0 exactly when z > 0, so only the tanh and sigmoid neurons catch it.)"),
        new("forgets the bias in z", c => c.Each((i, j, z, neuron) => c.dLossDYHat[i] * neuron.Activation.DSigmaDz(z - neuron.b) * neuron.W[j]),
            "σ′ was evaluated at Σⱼ wⱼxᵢⱼ without the bias: zᵢ includes + b."),
        new("forgets ∂L/∂ŷ", c => c.Each((_, j, z, neuron) => neuron.Activation.DSigmaDz(z) * neuron.W[j]),
            "The factor dL/dŷᵢ is missing: what comes down from the loss multiplies everything."),
    ];

    /// <summary>✔ when <paramref name="neuronDLossDX"/> gives what the library's Neuron.Backward returns; else ✘ with the likely mistake.</summary>
    public Verdict Check(Func<Neuron, double[,], double[], double[,]> neuronDLossDX) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(neuronDLossDX);
        if (Calls.ToAny(neuronDLossDX, m => m.Name == "Backward" && m.DeclaringType?.Namespace == "NeuronFromScratch") is { } called)
            return Verdict.Fail($"NeuronDLossDX uses the library's {Calls.Name(called)}: the point is to write what Backward "
                + "returns yourself, from W, b and Activation.DSigmaDz.");
        return new Grader<Case, double[,]>
        {
            Function = "NeuronDLossDX", Cases = Cases, Name = c => c.Name, Mistakes = Mistakes, Expected = Right,
            Same = (a, b) => Numbers.Near(a, b),
            Differs = (c, expected, got) => got is null
                ? $"On {c.Name}: NeuronDLossDX returned null: return the n × f matrix you filled."
                : got.GetLength(0) != c.n || got.GetLength(1) != c.f
                    ? $"On {c.Name}: your dL/dX is {Numbers.Shape(got)}, but it must have X's shape, n × f = {c.n} × {c.f}."
                    : Numbers.FirstDifference(expected, got) is var (i, j)
                        ? $"On {c.Name}: dL/dX[{i}, {j}] should be {expected[i, j]:F6}, but it is {got[i, j]:F6}."
                        : "",
            Otherwise = "For every row: zᵢ, then ∂L/∂zᵢ = ∂L/∂ŷᵢ · σ′(zᵢ), then one entry per input.",
            WhenThrown = e => e is IndexOutOfRangeException
                ? "An index ran past the end of an array: which dimension is the examples (rows, X.GetLength(0)) and which the inputs (columns)?" : null,
        }.Failure(c => neuronDLossDX(c.Make(), Matrices.Copy(c.X), c.dLossDYHat))
        ?? Verdict.Pass("NeuronDLossDX gives what the library's Neuron.Backward returns, for ReLU, tanh and sigmoid neurons.");
    });

    // The library's ∂L/∂X.
    private static double[,] Right(Case c)
    {
        var neuron = c.Make();
        neuron.Forward(c.X);
        return neuron.Backward(c.dLossDYHat);
    }

    private static double[,] Transpose(double[,] M) => Matrices.Make(M.GetLength(1), M.GetLength(0), (j, i) => M[i, j]);

    // The column sums of M in row 0 of a rows × f matrix (the other rows 0 when onlyRow0, else the sums again).
    private static double[,] SumRows(double[,] M, int rows, bool onlyRow0 = false) =>
        Matrices.Make(rows, M.GetLength(1), (r, j) => onlyRow0 && r > 0 ? 0 : Enumerable.Range(0, M.GetLength(0)).Sum(i => M[i, j]));
}
