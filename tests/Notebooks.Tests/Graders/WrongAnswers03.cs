namespace Notebooks.Tests.Graders;

/// <summary>Known-wrong answers to notebook 03's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers03
{
    private const string Notebook = "03-backward-pass.ipynb";
    private const string Backward = "mine-backward-check";
    private const string ResetGrad = "mine-resetgrad-check";

    // Lines of solutions/MyNeuron.csx that the mistakes change.
    private const string AddWeightGradient = "dLossDW[j] += dLossDz * lastX[i, j];";
    private const string DLossDz = "double dLossDz = dLossDYHat[i] * DSigmaDz(lastZ[i]);";
    private const string RowLoop = "for (int i = 0; i < lastZ.Length; i++)";
    private const string ClearWeights = "for (int j = 0; j < dLossDW.Length; j++)\n            dLossDW[j] = 0;";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
        // Backward in MyNeuron.csx
        new("forgets the x factor in dL/dw", Notebook, Backward,
            AddWeightGradient, "dLossDW[j] += dLossDz;", "did you forget the x factor in dL/dw?"),
        new("assigns instead of adding in Backward", Notebook, Backward,
            AddWeightGradient, "dLossDW[j] = dLossDz * lastX[i, j];", "instead of +="),
        new("clears the gradients at the start of Backward", Notebook, Backward,
            RowLoop, "ResetGrad();\n        " + RowLoop,
            "They were not doubled"),
        new("uses only the first feature for every weight", Notebook, Backward,
            AddWeightGradient, "dLossDW[j] += dLossDz * lastX[i, 0];", "did you use only the first feature"),
        new("flips the sign in Backward", Notebook, Backward,
            DLossDz, "double dLossDz = -dLossDYHat[i] * DSigmaDz(lastZ[i]);", "Right size, wrong sign"),
        new("divides by n again in Backward", Notebook, Backward,
            DLossDz, "double dLossDz = dLossDYHat[i] * DSigmaDz(lastZ[i]) / lastZ.Length;", "times too small"),
        new("forgets the bias gradient", Notebook, Backward,
            "dLossDb += dLossDz;", "", "dLossDb is 0"),
        new("adds the bias gradient inside the weight loop", Notebook, Backward,
            "dLossDW[j] += dLossDz * lastX[i, j];                // ∂zᵢ/∂wⱼ = xᵢⱼ\n            dLossDb += dLossDz;",
            "{\n                dLossDW[j] += dLossDz * lastX[i, j];\n                dLossDb += dLossDz;\n            }",
            "is `dLossDb += …` inside the loop over j?"),
        new("loops the rows over lastX.GetLength(1) in Backward", Notebook, Backward,
            RowLoop, "for (int i = 0; i < lastX.GetLength(1); i++)", "did you loop the rows up to lastX.GetLength(1)?"),
        new("stops the row loop one short in Backward", Notebook, Backward,
            RowLoop, "for (int i = 0; i < lastZ.Length - 1; i++)", "does your row loop stop one short"),
        new("Forward does not keep lastX", Notebook, Backward,
            "lastX = X;", "", "did your Forward keep lastX and lastZ (notebook 1)?"),
        new("Forward forgets the bias (notebook 1)", Notebook, Backward,
            "z[i] = b;", "z[i] = 0;", "your Forward from notebook 1 gives wrong ŷ: fix it first"),

        // ResetGrad in MyNeuron.csx
        new("ResetGrad clears only the bias", Notebook, ResetGrad,
            ClearWeights, "", "left dLossDW as it was"),
        new("ResetGrad forgets the bias", Notebook, ResetGrad,
            "dLossDW[j] = 0;\n        dLossDb = 0;", "dLossDW[j] = 0;", "but not the bias"),
        new("ResetGrad clears only dLossDW[0]", Notebook, ResetGrad,
            "dLossDW[j] = 0;\n        dLossDb", "dLossDW[0] = 0;\n        dLossDb", "Only dLossDW[0] was cleared"),
        new("ResetGrad replaces dLossDW by an empty array", Notebook, ResetGrad,
            ClearWeights, "dLossDW = new double[0];", "it must keep one per weight"),
        new("ResetGrad sets dLossDW to null", Notebook, ResetGrad,
            ClearWeights, "dLossDW = null;", "dLossDW is null"),

        // Exercise 1, BatchGradients
        new("uses a stale global x instead of the row's x", Notebook, "ex1-check",
            "dYHatDz * X[i, 0];", "dYHatDz * x;", "stale global x", "ex1-answer"),
        new("forgets 1/n", Notebook, "ex1-check",
            "2.0 / n *", "2.0 *", "Did you forget the 1/n?", "ex1-answer"),
        new("writes 2 / n (integer division)", Notebook, "ex1-check",
            "2.0 / n", "2 / n", "integer division", "ex1-answer"),
        new("flips the sign", Notebook, "ex1-check",
            "(yHat - y[i])", "(y[i] - yHat)", "wrong sign", "ex1-answer"),
        new("forgets the x factor in dL/dw", Notebook, "ex1-check",
            "dYHatDz * X[i, 0];", "dYHatDz;", "did you forget the x factor in dL/dw?", "ex1-answer"),
        new("puts the x factor on the bias gradient too", Notebook, "ex1-check",
            "dYHatDz * 1;", "dYHatDz * X[i, 0];", "did you put the x factor on the bias gradient too?", "ex1-answer"),
        new("counts the rows with X.GetLength(1)", Notebook, "ex1-check",
            "int n = y.Length;", "int n = X.GetLength(1);", "did you count the rows with X.GetLength(1)?", "ex1-answer"),
        new("loops to X.GetLength(1) but divides by y.Length", Notebook, "ex1-check",
            "i < n;", "i < X.GetLength(1);", "did you count the rows with X.GetLength(1)?", "ex1-answer"),
        new("stops the loop one example short", Notebook, "ex1-check",
            "i < n;", "i < n - 1;", "does your loop stop one short (i < n - 1)?", "ex1-answer"),
        new("starts the loop at 1", Notebook, "ex1-check",
            "int i = 0;", "int i = 1;", "does your loop start at i = 1?", "ex1-answer"),

        // Exercise 2, DTanhDInput
        new("returns tanh itself", Notebook, "ex2-check",
            "1 - Math.Tanh(z) * Math.Tanh(z)", "Math.Tanh(z)", "tanh(z) itself", "ex2-answer"),
        new("squares z instead of tanh z", Notebook, "ex2-check",
            "1 - Math.Tanh(z) * Math.Tanh(z)", "1 - z * z", "squares the input z", "ex2-answer"),
        new("forgets to square cosh", Notebook, "ex2-check",
            "1 - Math.Tanh(z) * Math.Tanh(z)", "1 / Math.Cosh(z)", "Did you forget to square?", "ex2-answer"),
        new("keeps the linear activation's derivative", Notebook, "ex2-check",
            "1 - Math.Tanh(z) * Math.Tanh(z)", "1", "the linear activation's derivative", "ex2-answer"),
    ];
}
