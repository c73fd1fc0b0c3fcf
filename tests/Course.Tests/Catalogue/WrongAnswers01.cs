using NeuronFromScratch.Course;

namespace Course.Tests.Catalogue;

/// <summary>Known-wrong answers to notebook 1's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers01
{
    // The solution's loop over one row's features, which several mistakes change.
    private const string FeatureLoop = """
                    z[i] = b;
                    for (int j = 0; j < f; j++)
                        z[i] += W[j] * X[i, j];
        """;

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
        // ── σ and the constructor ──
        new("swaps Sigma and DSigmaDz", Ex01.Constructor,
            "static double Sigma(double z) => z;\nstatic double DSigmaDz(double z) => 1;",
            "static double Sigma(double z) => 1;\nstatic double DSigmaDz(double z) => z;", "Did you swap Sigma and DSigmaDz?"),
        new("returns 0 as the slope", Ex01.Constructor, "static double DSigmaDz(double z) => 1;", "static double DSigmaDz(double z) => 0;",
            "0 is the slope of a constant"),
        new("returns σ itself as its slope", Ex01.Constructor, "static double DSigmaDz(double z) => 1;", "static double DSigmaDz(double z) => z;",
            "DSigmaDz returns z, which is σ(z) itself"),
        new("leaves W all zero", Ex01.Constructor, "W[j] = random.NextDouble() - 0.5;", "W[j] = 0;", "Every weight is 0"),
        new("forgets the − 0.5", Ex01.Constructor, "W[j] = random.NextDouble() - 0.5;", "W[j] = random.NextDouble();",
            "did you forget to subtract 0.5"),
        new("does not seed the Random", Ex01.Constructor, "var random = new Random(seed);", "var random = new Random();",
            "did you write new Random() without the seed?"),
        new("ignores the seed (always seed 0)", Ex01.Constructor, "var random = new Random(seed);", "var random = new Random(0);",
            "did you ignore the seed?"),
        new("creates the Random inside the loop", Ex01.Constructor,
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
        new("makes W one weight too long", Ex01.Constructor, "\n        W = new double[featureCount];", "\n        W = new double[featureCount + 1];",
            "needs 1: one per feature"),
        new("starts the bias at 1", Ex01.Constructor, "        b = 0;", "        b = 1;", "a new neuron's bias starts at 0"),
        new("forgets to allocate dLossDW", Ex01.Constructor, "        dLossDW = new double[featureCount];\n", "", "dLossDW is null"),

        // ── Forward ──
        new("forgets the bias", Ex01.Forward, "            z[i] = b;", "            z[i] = 0;",
            "Every row is off by exactly b: did you forget to add the bias?"),
        new("adds the bias inside the feature loop", Ex01.Forward, FeatureLoop,
            """
                        z[i] = 0;
                        for (int j = 0; j < f; j++)
                            z[i] += W[j] * X[i, j] + b;
            """,
            "did you add the bias inside the feature loop?"),
        new("adds the bias both at the start and inside the feature loop", Ex01.Forward, FeatureLoop,
            """
                        z[i] = b;
                        for (int j = 0; j < f; j++)
                            z[i] += W[j] * X[i, j] + b;
            """,
            "inside the feature loop as well as at the start"),
        new("does not reset z for each row", Ex01.Forward,
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
        new("uses only the first feature", Ex01.Forward, "for (int j = 0; j < f; j++)\n                z[i] += W[j] * X[i, j];",
            "for (int j = 0; j < 1; j++)\n                z[i] += W[j] * X[i, j];", "from the first feature only"),
        new("stops the feature loop one short", Ex01.Forward, "for (int j = 0; j < f; j++)", "for (int j = 0; j < f - 1; j++)",
            "does the feature loop stop one short?"),
        new("keeps the returned predictions as lastZ", Ex01.Forward, "        lastZ = z;", "        lastZ = yHat;",
            "lastZ is the very array Forward returned as ŷ"),
        new("uses row 0 for every row", Ex01.Forward, "                z[i] += W[j] * X[i, j];", "                z[i] += W[j] * X[0, j];",
            "Every row has row 0's value"),
        new("reads X transposed", Ex01.Forward, "                z[i] += W[j] * X[i, j];", "                z[i] += W[j] * X[j, i];",
            "You read X[j, i]"),
        new("loops the features up to n instead of f", Ex01.Forward,
            "            for (int j = 0; j < f; j++)\n                z[i] += W[j] * X[i, j];",
            "            for (int j = 0; j < n; j++)\n                z[i] += W[j] * X[i, j];", "IndexOutOfRangeException"),
        new("lets the library's Neuron do the forward pass", Ex01.Forward, "        return yHat;",
            "        return new NeuronFromScratch.Neuron(f) { W = (double[])W.Clone(), b = b }.Forward(X);",
            "Your Forward calls the library's new Neuron(…)"),
        new("returns W instead of the predictions", Ex01.Forward, "        return yHat;", "        return W;",
            "expected 30 predictions (one per row of X), got 1"),
        new("does not keep lastX and lastZ", Ex01.Forward, "        lastX = X;\n        lastZ = z;\n", "", "it did not keep lastX"),

        // ── in-notebook: be the training algorithm ──
        new("swaps the slope and the intercept", Ex01.Line, "2.0;   // the slope of the data's line\nmyNeuron.b = 1.0;",
            "1.0;   // the slope of the data's line\nmyNeuron.b = 2.0;", "You swapped them"),
        new("takes the slope from two neighbouring rounded points", Ex01.Line, "2.0;   // the slope of the data's line\nmyNeuron.b = 1.0;",
            "1.9985507246376812;\nmyNeuron.b = 0.9985507246376812;", "The printed points are rounded to 4 decimals"),
        new("gets the slope right but not the intercept", Ex01.Line, "myNeuron.b = 1.0;", "myNeuron.b = 0.5;", "the line is shifted"),
        new("draws the line through the origin", Ex01.Line, "myNeuron.b = 1.0;", "myNeuron.b = 0.0;", "the line is shifted"),
        new("gets the intercept right but not the slope", Ex01.Line, "myNeuron.W[0] = 2.0;", "myNeuron.W[0] = 3.0;", "its slope is off"),
    ];
}
