namespace Notebooks.Tests.Graders;

/// <summary>Known-wrong answers to notebook 02's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers02
{
    private const string Notebook = "02-loss.ipynb";
    private const string MseCheck = "mine-mse-check";
    private const string DMseCheck = "mine-dmse-check";

    // The solution's lines that the mistakes change.
    private const string SumOfSquares = "sum += (yHat[i] - y[i]) * (yHat[i] - y[i]);";
    private const string Mean = "return sum / n;";
    private const string Derivative = "dLossDYHat[i] = 2.0 / n * (yHat[i] - y[i]);";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
        // ── Mse ──
        new("forgets 1/n", Notebook, MseCheck, Mean, "return sum;",
            "did you forget to divide by n"),
        new("halves the loss (the ½ convention)", Notebook, MseCheck, Mean, "return sum / (2 * n);",
            "that is the ½ convention; this course's L has no ½"),
        new("does not square the errors", Notebook, MseCheck, SumOfSquares, "sum += yHat[i] - y[i];",
            "did you forget to square each error?"),
        new("takes the absolute error instead of its square", Notebook, MseCheck, SumOfSquares, "sum += Math.Abs(yHat[i] - y[i]);",
            "That is the mean absolute error"),
        new("divides by n − 1", Notebook, MseCheck, Mean, "return sum / (n - 1);",
            "Did you divide by n − 1?"),
        new("returns the root of the mean (RMSE)", Notebook, MseCheck, Mean, "return Math.Sqrt(sum / n);",
            "the square root of the MSE"),
        new("writes 1 / n (integer division)", Notebook, MseCheck, Mean, "return 1 / n * sum;",
            "did you write 1 / n?"),
        new("squares the errors in place in yHat", Notebook, MseCheck, SumOfSquares,
            "{ yHat[i] -= y[i]; sum += yHat[i] * yHat[i]; }",
            "Mse changed the yHat array it was given"),

        // ── DMseDYHat ──
        new("forgets 1/n", Notebook, DMseCheck, Derivative, "dLossDYHat[i] = 2.0 * (yHat[i] - y[i]);",
            "did you forget the 1/n"),
        new("writes 2 / n (integer division)", Notebook, DMseCheck, Derivative, "dLossDYHat[i] = 2 / n * (yHat[i] - y[i]);",
            "did you write 2 / n?"),
        new("flips the sign", Notebook, DMseCheck, Derivative, "dLossDYHat[i] = 2.0 / n * (y[i] - yHat[i]);",
            "The sign is flipped: it is ŷ − y, not y − ŷ."),
        new("forgets the 2", Notebook, DMseCheck, Derivative, "dLossDYHat[i] = 1.0 / n * (yHat[i] - y[i]);",
            "did you forget the 2"),
        new("uses the ½ convention's derivative (1/n)(ŷ − y)", Notebook, DMseCheck, Derivative,
            "dLossDYHat[i] = (yHat[i] - y[i]) / n;",
            "that is the ½ convention; this course's L has no ½"),
        new("forgets both the 2 and the 1/n", Notebook, DMseCheck, Derivative, "dLossDYHat[i] = yHat[i] - y[i];",
            "That is ŷ − y alone: multiply by 2/n."),
        new("divides by n − 1", Notebook, DMseCheck, Derivative, "dLossDYHat[i] = 2.0 / (n - 1) * (yHat[i] - y[i]);",
            "Did you divide by n − 1?"),
        new("returns one derivative too few", Notebook, DMseCheck,
            "    var dLossDYHat = new double[n];\n    for (int i = 0; i < n; i++)",
            "    var dLossDYHat = new double[n - 1];\n    for (int i = 0; i < n - 1; i++)",
            "expected 4 derivatives (one per prediction), got 3"),

        new("overwrites yHat in place and returns it", Notebook, DMseCheck,
            "    var dLossDYHat = new double[n];\n    for (int i = 0; i < n; i++)\n        " + Derivative + "\n    return dLossDYHat;",
            "    for (int i = 0; i < n; i++)\n        yHat[i] = 2.0 / n * (yHat[i] - y[i]);\n    return yHat;",
            "do not overwrite yHat"),

        // ── in-notebook: the mean absolute error ──
        new("forgets Math.Abs", Notebook, "ex1-check", "sum += Math.Abs(yHat[i] - y[i]);", "sum += yHat[i] - y[i];",
            "did you forget Math.Abs?", AnswerCellId: "ex1-answer"),
        new("writes 1 / yHat.Length (integer division)", Notebook, "ex1-check",
            "return sum / yHat.Length;", "return 1 / yHat.Length * sum;",
            "did you write 1 / yHat.Length?", AnswerCellId: "ex1-answer"),
        new("takes the absolute value of the sum, not of each error", Notebook, "ex1-check",
            "sum += Math.Abs(yHat[i] - y[i]);\n    return sum / yHat.Length;",
            "sum += yHat[i] - y[i];\n    return Math.Abs(sum) / yHat.Length;",
            "That is |Σ(ŷ − y)| / n", AnswerCellId: "ex1-answer"),
    ];
}
