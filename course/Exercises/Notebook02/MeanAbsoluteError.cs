namespace NeuronFromScratch.Course.Exercises.Notebook02;

/// <summary>Notebook 2, “Your turn 1”: the mean absolute error, written with a loop.</summary>
public sealed class MeanAbsoluteError : Exercise
{
    internal MeanAbsoluteError() : base(
        Notebooks.At(2, 1, "One number for \"how wrong\"", "Your turn 1: another way to measure error"),
        "It is the MSE's loop with one change: what you add up for each example.",
        "A sum that starts at 0, one term per example (Math.Abs gives a number's size), and the mean at the end. In C#, "
            + "two ints divide as whole numbers.")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => """
        double MeanAbsoluteError(double[] yHat, double[] y)
        {
            double sum = 0;
            for (int i = 0; i < yHat.Length; i++)
                sum += Math.Abs(yHat[i] - y[i]);
            return sum / yHat.Length;
        }
        """;

    private static double Right(LossCase c) => c.Errors.Select(Math.Abs).Average();

    internal static Mistake<LossCase, double>[] Mistakes { get; } =
    [
        new("forgets Math.Abs", c => c.Errors.Average(), "Errors of opposite sign cancelled: did you forget Math.Abs?"),
        new("takes Math.Abs of the sum", c => Math.Abs(c.Errors.Sum()) / c.n,
            "That is |Σ(ŷ − y)| / n, the size of the summed errors: errors of opposite sign cancelled before Math.Abs saw them. "
            + "Take Math.Abs of each error, inside the loop."),
        new("writes 1 / n (integer division)", _ => 0,
            "It is 0: did you write 1 / yHat.Length? With two ints C# divides whole numbers (1 / 4 is 0): write 1.0 / yHat.Length, "
            + "or divide the sum by yHat.Length."),
        new("forgets to divide by n", c => c.Errors.Select(Math.Abs).Sum(),
            "That is n times too big: the sum of the sizes. The mean divides it by n."),
        new("squares the errors", c => c.Errors.Select(e => e * e).Average(),
            "That is the mean squared error: the MAE takes each error's size, Math.Abs, instead of its square."),
    ];

    /// <summary>✔ when <paramref name="meanAbsoluteError"/> gives the MAE on every case; else ✘ with the likely mistake.</summary>
    public Verdict Check(Func<double[], double[], double> meanAbsoluteError) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(meanAbsoluteError);
        var wrong = new Grader<LossCase, double>
        {
            Function = "MeanAbsoluteError", Cases = LossCase.All, Expected = Right, Same = Numbers.Near, Name = c => c.Name,
            Mistakes = Mistakes,
            Differs = (c, expected, got) => $"On {c.Name} (n = {c.n}): expected {Numbers.Show(expected, "F6")}, got {Numbers.Show(got, "F6")}.",
            Otherwise = "Add up the size of every error, then divide by n.",
            WhenThrown = e => e is IndexOutOfRangeException ? LossCase.IndexClue : null,
        }.Failure(c => meanAbsoluteError((double[])c.yHat.Clone(), (double[])c.y.Clone()));
        return wrong ?? LossCase.ChangesItsInputs("MeanAbsoluteError", meanAbsoluteError,
                   "A loss only reads the predictions and the targets: compute each error in a local variable.")
               ?? Verdict.Pass("MeanAbsoluteError is right on the four predictions of section 1, the untrained neuron's 30 and "
                   + "random arrays of 3, 7 and 12.");
    });
}
