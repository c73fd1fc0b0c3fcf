namespace Notebooks.Tests.Graders;

/// <summary>Known-wrong answers to notebook 01's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers01
{
    private const string Notebook = "01-forward-pass.ipynb";
    private const string Constructor = "mine-constructor-check";
    private const string Forward = "mine-forward-check";

    // The solution's loop over one row's features, which several mistakes change.
    private const string FeatureLoop = """
                    z[i] = b;
                    for (int j = 0; j < f; j++)
                        z[i] += W[j] * X[i, j];
        """;

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
        // ── σ and the constructor ──
        new("swaps Sigma and DSigmaDz", Notebook, Constructor,
            "static double Sigma(double z) => z;\nstatic double DSigmaDz(double z) => 1;",
            "static double Sigma(double z) => 1;\nstatic double DSigmaDz(double z) => z;",
            "Did you swap Sigma and DSigmaDz?"),
        new("leaves W all zero", Notebook, Constructor,
            "W[j] = random.NextDouble() - 0.5;", "W[j] = 0;",
            "Every weight is 0"),
        new("forgets the − 0.5", Notebook, Constructor,
            "W[j] = random.NextDouble() - 0.5;", "W[j] = random.NextDouble();",
            "did you forget the − 0.5?"),
        new("does not seed the Random", Notebook, Constructor,
            "var random = new Random(seed);", "var random = new Random();",
            "did you write new Random() without the seed?"),
        new("ignores the seed (always seed 0)", Notebook, Constructor,
            "var random = new Random(seed);", "var random = new Random(0);",
            "did you ignore the seed?"),
        new("creates the Random inside the loop", Notebook, Constructor,
            """
                    var random = new Random(seed);
                    W = new double[featureCount];
                    for (int j = 0; j < featureCount; j++)
                        W[j] = random.NextDouble() - 0.5;
            """,
            """
                    W = new double[featureCount];
                    for (int j = 0; j < featureCount; j++)
                    {
                        var random = new Random(seed);
                        W[j] = random.NextDouble() - 0.5;
                    }
            """,
            "did you create new Random(seed) inside the loop?"),
        new("makes W one weight too long", Notebook, Constructor,
            "\n        W = new double[featureCount];", "\n        W = new double[featureCount + 1];",
            "needs 1: one per feature"),
        new("starts the bias at 1", Notebook, Constructor,
            "        b = 0;", "        b = 1;",
            "a new neuron's bias starts at 0"),
        new("forgets to allocate dLossDW", Notebook, Constructor,
            "        dLossDW = new double[featureCount];\n", "",
            "dLossDW is null"),

        // ── Forward ──
        new("forgets the bias", Notebook, Forward,
            "            z[i] = b;", "            z[i] = 0;",
            "Every row is off by exactly b: did you forget to add the bias?"),
        new("adds the bias inside the feature loop", Notebook, Forward,
            FeatureLoop,
            """
                        z[i] = 0;
                        for (int j = 0; j < f; j++)
                            z[i] += W[j] * X[i, j] + b;
            """,
            "did you add the bias inside the feature loop?"),
        new("adds the bias both at the start and inside the feature loop", Notebook, Forward,
            FeatureLoop,
            """
                        z[i] = b;
                        for (int j = 0; j < f; j++)
                            z[i] += W[j] * X[i, j] + b;
            """,
            "inside the feature loop as well as at the start"),
        new("does not reset z for each row", Notebook, Forward,
            """
                    var z = new double[n];
                    var yHat = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        z[i] = b;
                        for (int j = 0; j < f; j++)
                            z[i] += W[j] * X[i, j];
                        yHat[i] = Sigma(z[i]);
                    }
                    lastX = X;
                    lastZ = z;
            """,
            """
                    var zs = new double[n];
                    var yHat = new double[n];
                    double z = b;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < f; j++)
                            z += W[j] * X[i, j];
                        zs[i] = z;
                        yHat[i] = Sigma(z);
                    }
                    lastX = X;
                    lastZ = zs;
            """,
            "did you reset z for each row?"),
        new("uses only the first feature", Notebook, Forward,
            "for (int j = 0; j < f; j++)\n                z[i] += W[j] * X[i, j];",
            "for (int j = 0; j < 1; j++)\n                z[i] += W[j] * X[i, j];",
            "from the first feature only"),
        new("stops the feature loop one short", Notebook, Forward,
            "for (int j = 0; j < f; j++)", "for (int j = 0; j < f - 1; j++)",
            "does the feature loop stop one short?"),
        new("stops the feature loop one short with X.GetLength(1) - 1", Notebook, Forward,
            "for (int j = 0; j < f; j++)", "for (int j = 0; j < X.GetLength(1) - 1; j++)",
            "Every row is just b, as if there were no feature"),
        new("keeps the returned predictions as lastZ", Notebook, Forward,
            "        lastZ = z;", "        lastZ = yHat;",
            "lastZ is the very array Forward returned as ŷ"),
        new("uses row 0 for every row", Notebook, Forward,
            "                z[i] += W[j] * X[i, j];", "                z[i] += W[j] * X[0, j];",
            "Every row has the same value"),
        new("loops the features up to n instead of f", Notebook, Forward,
            "            for (int j = 0; j < f; j++)\n                z[i] += W[j] * X[i, j];",
            "            for (int j = 0; j < n; j++)\n                z[i] += W[j] * X[i, j];",
            "IndexOutOfRangeException"),
        new("returns W instead of the predictions", Notebook, Forward,
            "        return yHat;", "        return W;",
            "expected 30 predictions (one per row of X), got 1"),
        new("does not keep lastX and lastZ", Notebook, Forward,
            "        lastX = X;\n        lastZ = z;\n", "",
            "it did not keep lastX"),

        // ── in-notebook: be the training algorithm ──
        new("swaps the slope and the intercept", Notebook, "ex2-check",
            "2.0;   // the slope of y = 2x + 1\nmyNeuron.Bias = 1.0;", "1.0;\nmyNeuron.Bias = 2.0;",
            "Check the slope", AnswerCellId: "ex2-answer"),
        new("takes the slope from two neighbouring rounded points", Notebook, "ex2-check",
            "2.0;   // the slope of y = 2x + 1\nmyNeuron.Bias = 1.0;",
            "1.9985507246376812;   // (−0.8621 − (−1)) / (−0.9310 − (−1))\nmyNeuron.Bias = 0.9985507246376812;",
            "The printed points are rounded to 4 decimals", AnswerCellId: "ex2-answer"),
    ];
}
