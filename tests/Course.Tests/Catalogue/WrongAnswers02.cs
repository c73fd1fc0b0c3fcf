using NeuronFromScratch.Course;

namespace Course.Tests.Catalogue;

/// <summary>Known-wrong answers to notebook 2's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers02
{
    // The solution's lines that the mistakes change.
    private const string SumOfSquares = "sum += (yHat[i] - y[i]) * (yHat[i] - y[i]);";
    private const string Mean = "return sum / n;";
    private const string Derivative = "dLossDYHat[i] = 2.0 / n * (yHat[i] - y[i]);";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
        // ── Mse ──
        new("forgets 1/n (the loss is a sum)", Ex02.Mse, Mean, "return sum;", "did you forget to divide by n"),
        new("halves the loss (the ½ convention)", Ex02.Mse, Mean, "return sum / (2 * n);", "that is the ½ convention; this course's L has no ½"),
        new("does not square the errors", Ex02.Mse, SumOfSquares, "sum += yHat[i] - y[i];", "did you forget to square each error?"),
        new("takes the absolute error instead of its square", Ex02.Mse, SumOfSquares, "sum += Math.Abs(yHat[i] - y[i]);", "That is the mean absolute error"),
        new("divides by n − 1", Ex02.Mse, Mean, "return sum / (n - 1);", "Did you divide by n − 1?"),
        new("returns the root of the mean (RMSE)", Ex02.Mse, Mean, "return Math.Sqrt(sum / n);", "the square root of the MSE"),
        new("writes 1 / n (integer division)", Ex02.Mse, Mean, "return 1 / n * sum;", "did you write 1 / n?"),
        new("squares the sum of the errors", Ex02.Mse, SumOfSquares, "sum += yHat[i] - y[i];", "You squared the sum of the errors")
            { More = [(Mean, "return sum * sum / n;")] },
        new("loops i up to n inclusive", Ex02.Mse, "    for (int i = 0; i < n; i++)\n        sum", "    for (int i = 0; i <= n; i++)\n        sum",
            "yHat and y hold n values each"),
        new("returns the library's Losses.Mse", Ex02.Mse, Mean, "return Losses.Mse(yHat, y);",
            "Your Mse calls the library's Losses.Mse"),
        new("squares the errors in place in yHat", Ex02.Mse, SumOfSquares, "{ yHat[i] -= y[i]; sum += yHat[i] * yHat[i]; }",
            "Mse changed the yHat array it was given"),

        // ── DMseDYHat ──
        new("forgets 1/n", Ex02.DMseDYHat, Derivative, "dLossDYHat[i] = 2.0 * (yHat[i] - y[i]);", "did you forget the 1/n"),
        new("writes 2 / n (integer division)", Ex02.DMseDYHat, Derivative, "dLossDYHat[i] = 2 / n * (yHat[i] - y[i]);", "did you write 2 / n?"),
        new("flips the sign", Ex02.DMseDYHat, Derivative, "dLossDYHat[i] = 2.0 / n * (y[i] - yHat[i]);", "The sign is flipped: it is ŷ − y, not y − ŷ."),
        new("forgets the 2", Ex02.DMseDYHat, Derivative, "dLossDYHat[i] = 1.0 / n * (yHat[i] - y[i]);", "did you forget the 2"),
        new("uses the ½ convention's derivative (1/n)(ŷ − y)", Ex02.DMseDYHat, Derivative, "dLossDYHat[i] = (yHat[i] - y[i]) / n;",
            "that is the ½ convention; this course's L has no ½"),
        new("forgets both the 2 and the 1/n", Ex02.DMseDYHat, Derivative, "dLossDYHat[i] = yHat[i] - y[i];", "That is ŷ − y alone"),
        new("divides by n − 1", Ex02.DMseDYHat, Derivative, "dLossDYHat[i] = 2.0 / (n - 1) * (yHat[i] - y[i]);", "Did you divide by n − 1?"),
        new("returns one derivative too few", Ex02.DMseDYHat,
            "    var dLossDYHat = new double[n];\n    for (int i = 0; i < n; i++)",
            "    var dLossDYHat = new double[n - 1];\n    for (int i = 0; i < n - 1; i++)", "expected 4 derivatives (one per prediction), got 3"),
        new("overwrites yHat in place and returns it", Ex02.DMseDYHat,
            "    var dLossDYHat = new double[n];\n    for (int i = 0; i < n; i++)\n        " + Derivative + "\n    return dLossDYHat;",
            "    for (int i = 0; i < n; i++)\n        yHat[i] = 2.0 / n * (yHat[i] - y[i]);\n    return yHat;", "do not overwrite yHat"),
        new("loops one past the end", Ex02.DMseDYHat, "    for (int i = 0; i < n; i++)\n        " + Derivative,
            "    for (int i = 0; i <= n; i++)\n        " + Derivative, "Make the array one per prediction"),

        // ── in-notebook: the mean absolute error ──
        new("forgets Math.Abs", Ex02.MeanAbsoluteError, "sum += Math.Abs(yHat[i] - y[i]);", "sum += yHat[i] - y[i];", "did you forget Math.Abs?"),
        new("writes 1 / yHat.Length (integer division)", Ex02.MeanAbsoluteError, "return sum / yHat.Length;", "return 1 / yHat.Length * sum;",
            "did you write 1 / yHat.Length?"),
        new("takes the absolute value of the sum, not of each error", Ex02.MeanAbsoluteError,
            "sum += Math.Abs(yHat[i] - y[i]);\n    return sum / yHat.Length;", "sum += yHat[i] - y[i];\n    return Math.Abs(sum) / yHat.Length;",
            "That is |Σ(ŷ − y)| / n"),
        new("forgets to divide by n", Ex02.MeanAbsoluteError, "return sum / yHat.Length;", "return sum;", "That is n times too big"),
        new("squares the errors (that is the MSE)", Ex02.MeanAbsoluteError, "sum += Math.Abs(yHat[i] - y[i]);",
            "sum += (yHat[i] - y[i]) * (yHat[i] - y[i]);", "That is the mean squared error"),
    ];
}
