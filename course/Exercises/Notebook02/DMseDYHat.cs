namespace NeuronFromScratch.Course.Exercises.Notebook02;

/// <summary>Notebook 2: your DMseDYHat in MyNeuron.csx, against the library's Losses.DMseDYHat.</summary>
public sealed class DMseDYHat : PieceExercise
{
    internal DMseDYHat() : base(
        Notebooks.At(2, 4, "Which way is downhill? The gradient", "Your neuron: DMseDYHat"),
        [Piece.DMseDYHat],
        "Only one term of the sum in L contains ŷᵢ: the other terms do not change when ŷᵢ moves, so their derivative is 0. "
            + "Differentiate that one term with the chain rule (the derivative of u² is 2u), and keep the factor in front of the sum.",
        "The result is one number per example, in a new array as long as yHat. It is positive where the prediction is too "
            + "high. Write the constant factor so that C# does not divide two ints as whole numbers.")
    {
    }

    internal static Mistake<LossCase, double[]>[] Mistakes { get; } =
    [
        new("forgets 1/n", c => c.Errors.Select(e => 2 * e).ToArray(), "Every value is n times too big: did you forget the 1/n (divide by n)?"),
        new("writes 2 / n (integer division)", c => new double[c.n],
            "Every derivative is 0: did you write 2 / n? With two ints C# divides whole numbers (2 / 4 is 0): write 2.0 / n."),
        new("flips the sign", c => c.Errors.Select(e => -2.0 / c.n * e).ToArray(), "The sign is flipped: it is ŷ − y, not y − ŷ."),
        new("forgets the 2", c => c.Errors.Select(e => e / c.n).ToArray(),
            "Every value is half: did you forget the 2 of the square's derivative? (1/n)(ŷ − y) is the derivative of L/2: that is "
            + "the ½ convention; this course's L has no ½, so its derivative keeps the 2."),
        new("returns ŷ − y alone", c => c.Errors, "That is ŷ − y alone: the derivative of the square brings a 2, and the mean a 1/n."),
        new("divides by n − 1", c => c.Errors.Select(e => 2.0 / (c.n - 1) * e).ToArray(), "Did you divide by n − 1? L is a mean over n."),
    ];

    /// <inheritdoc/>
    protected override Verdict Grade(YourNeuron yours) =>
        LossCase.ChangesItsInputs("DMseDYHat", yours.DMseDYHat,
            "Return a new array (one entry per prediction) and do not overwrite yHat: the caller still needs its predictions.")
        ?? new Grader<LossCase, double[]>
        {
            Function = "DMseDYHat", Cases = LossCase.All, Expected = c => Losses.DMseDYHat(c.yHat, c.y),
            Same = (a, b) => Numbers.Near(a, b), Name = c => c.Name, Mistakes = Mistakes,
            Differs = (c, expected, got) => got is null || got.Length != c.n
                ? $"On {c.Name}: expected {c.n} derivatives (one per prediction), got {got?.Length.ToString() ?? "null"}."
                : At(c, expected, got),
            Otherwise = "Differentiate L with respect to one prediction ŷᵢ: only the i-th term of the sum depends on it.",
            WhenThrown = e => e is IndexOutOfRangeException
                ? "Make the array one per prediction, new double[n], and loop i from 0 while i < n." : null,
        }.Failure(c => yours.DMseDYHat((double[])c.yHat.Clone(), (double[])c.y.Clone()))
        ?? Verdict.Pass("Your DMseDYHat agrees with the library's Losses.DMseDYHat on the four predictions, the "
            + "untrained neuron's 30 predictions and random arrays of 3, 7 and 12.");

    private static string At(LossCase c, double[] expected, double[] got)
    {
        int i = Enumerable.Range(0, c.n).First(k => !Numbers.Near(expected[k], got[k]));
        return $"On {c.Name} (n = {c.n}), at index {i}: expected ∂L/∂ŷ = {Numbers.Show(expected[i], "F6")}, got {Numbers.Show(got[i], "F6")}.";
    }
}
