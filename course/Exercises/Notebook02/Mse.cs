namespace NeuronFromScratch.Course.Exercises.Notebook02;

/// <summary>Notebook 2: your Mse in MyNeuron.csx, against the library's Losses.Mse.</summary>
public sealed class Mse : PieceExercise
{
    internal Mse() : base(
        Notebooks.At(2, 1, "One number for \"how wrong\"", "Your neuron: Mse"),
        [Piece.Mse],
        "The cell that computed the loss of the four predictions by hand in section 1 does it: now on any yHat and y.",
        "One sum of the squared errors, divided by the number of examples at the end; keep the sum a double, and mind that "
            + "two ints divide as whole numbers in C#.")
    {
    }

    internal static Mistake<LossCase, double>[] Mistakes { get; } =
    [
        new("forgets 1/n", c => c.Errors.Sum(e => e * e), "That is n times too big: did you forget to divide by n (the 1/n of the mean)?"),
        new("uses the ½ convention", c => c.Errors.Average(e => e * e) / 2,
            "That is half the loss: that is the ½ convention; this course's L has no ½."),
        new("forgets to square", c => c.Errors.Average(), "Errors of opposite sign cancelled: did you forget to square each error?"),
        new("takes the absolute value", c => c.Errors.Average(Math.Abs),
            "That is the mean absolute error: square each error instead of taking Math.Abs."),
        new("takes the root", c => Math.Sqrt(c.Errors.Average(e => e * e)),
            "That is the square root of the MSE (the RMSE): leave out the root."),
        new("divides by n − 1", c => c.Errors.Sum(e => e * e) / (c.n - 1), "Did you divide by n − 1? The mean divides by n."),
        new("writes 1 / n (integer division)", _ => 0,
            "It is 0: did you write 1 / n? With two ints C# divides whole numbers (1 / 4 is 0): write 1.0 / n, or divide the sum by n."),
        new("squares the sum", c => c.Errors.Sum() * c.Errors.Sum() / c.n,
            "You squared the sum of the errors: square each error, then add the squares."),
    ];

    /// <inheritdoc/>
    protected override Verdict Grade(YourNeuron yours) =>
        LossCase.ChangesItsInputs("Mse", yours.Mse,
            "A loss only reads the predictions and the targets: compute each error in a local variable, do not write to them.")
        ?? new Grader<LossCase, double>
        {
            Function = "Mse", Cases = LossCase.All, Expected = c => Losses.Mse(c.yHat, c.y), Same = Numbers.Near,
            Name = c => c.Name, Mistakes = Mistakes,
            Differs = (c, expected, got) => $"On {c.Name} (n = {c.n}): expected L = {Numbers.Show(expected, "F6")}, got {Numbers.Show(got, "F6")}.",
            Otherwise = "Add up (ŷᵢ − yᵢ)² for every i, then divide by n.",
            WhenThrown = e => e is IndexOutOfRangeException ? LossCase.IndexClue : null,
        }.Failure(c => yours.Mse((double[])c.yHat.Clone(), (double[])c.y.Clone()))
        ?? Verdict.Pass("Your Mse agrees with the library's Losses.Mse on the four predictions, the untrained neuron's 30 "
            + "predictions and random arrays of 3, 7 and 12.");
}
