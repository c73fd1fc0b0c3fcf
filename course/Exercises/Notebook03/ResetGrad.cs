namespace NeuronFromScratch.Course.Exercises.Notebook03;

/// <summary>Notebook 3: your ResetGrad in MyNeuron.csx.</summary>
public sealed class ResetGrad : PieceExercise
{
    internal ResetGrad() : base(
        Notebooks.At(3, 5, "Calling Backward twice", "Your neuron: ResetGrad"),
        [Piece.ResetGrad],
        "After ResetGrad, the neuron's gradients are as a new neuron's are: what did your constructor set them to?",
        "Every entry of dLossDW, and dLossDb. Keep dLossDW the same array, one entry per weight: Backward adds to it.")
    {
    }

    /// <inheritdoc/>
    protected override IEnumerable<Piece> Calls => [Piece.Constructor];

    // Gradients as a Backward leaves them: not 0.
    private static double[] Before(int f) => Enumerable.Range(0, f).Select(j => 0.5 + j).ToArray();
    private const double BeforeB = -1.25;

    internal static Mistake<int, (double[]? W, double B)>[] Mistakes { get; } =
    [
        new("forgets the bias gradient", f => (new double[f], BeforeB),
            "ResetGrad cleared dLossDW but not the bias: set dLossDb = 0 too."),
        new("forgets the weights' gradients", f => (Before(f), 0),
            "ResetGrad set dLossDb to 0 but left dLossDW as it was: set every dLossDW[j] to 0 too."),
        new("clears only dLossDW[0]", f => ([0, .. Before(f)[1..]], 0),
            "Only dLossDW[0] was cleared: did you write dLossDW[0] instead of dLossDW[j], or stop the loop too early? A neuron can have many weights."),
        new("sets dLossDW to null", _ => (null, 0),
            "dLossDW is null afterwards: set every dLossDW[j] to 0 instead. Backward adds to that array, so it must keep one entry per weight."),
    ];

    /// <inheritdoc/>
    protected override Verdict Grade(YourNeuron yours) =>
        new Grader<int, (double[]? W, double B)>
        {
            Function = "ResetGrad", Cases = [1, 3], Expected = f => (new double[f], 0), Name = f => $"a neuron with {f} weight(s)",
            Same = (a, b) => (a.W is null ? b.W is null : Numbers.Near(a.W, b.W)) && a.B == b.B, Mistakes = Mistakes,
            Differs = (f, _, got) => got.W is not null && got.W.Length != f
                ? $"After ResetGrad on a neuron with {f} weight(s), dLossDW has {got.W.Length} entries: it must keep one per weight."
                : $"After ResetGrad on a neuron with {f} weight(s), dLossDW = {Numbers.Show(got.W, "F6")} and dLossDb = {got.B}: every one must be 0.",
            WhenThrown = e => e is NullReferenceException ? "Is dLossDW null? Your constructor (notebook 1) makes it." : null,
        }.Failure(f =>
        {
            var neuron = Probe.Neuron(yours, new double[f], 0);
            neuron.dLossDW = Before(f);
            neuron.dLossDb = BeforeB;
            neuron.ResetGrad();
            return (neuron.dLossDW, neuron.dLossDb);
        })
        ?? Verdict.Pass("ResetGrad sets every dLossDW[j] and dLossDb to 0, on neurons with 1 and 3 weights.");
}
