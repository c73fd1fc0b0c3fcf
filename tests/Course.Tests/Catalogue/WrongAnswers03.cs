using NeuronFromScratch.Course;

namespace Course.Tests.Catalogue;

/// <summary>Known-wrong answers to notebook 3's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers03
{
    // Lines of solutions/MyNeuron.csx that the mistakes change.
    private const string AddWeightGradient = "dLossDW[j] += dLossDz * lastX[i, j];";
    private const string DLossDz = "double dLossDz = dLossDYHat[i] * DSigmaDz(lastZ[i]);";
    private const string RowLoop = "for (int i = 0; i < lastZ.Length; i++)";
    private const string ClearWeights = "for (int j = 0; j < dLossDW.Length; j++)\n            dLossDW[j] = 0;";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
        // ── Backward ──
        new("forgets the x factor in dL/dw", Ex03.Backward, AddWeightGradient, "dLossDW[j] += dLossDz;", "did you forget the x factor in dL/dw?"),
        new("assigns instead of adding in Backward", Ex03.Backward, AddWeightGradient, "dLossDW[j] = dLossDz * lastX[i, j];", "instead of +="),
        new("assigns both gradients instead of adding", Ex03.Backward, "dLossDb += dLossDz;", "dLossDb = dLossDz;", "did you write = instead of +=?")
            { More = [(AddWeightGradient, "dLossDW[j] = dLossDz * lastX[i, j];")] },
        new("clears the gradients at the start of Backward", Ex03.Backward, RowLoop, "ResetGrad();\n        " + RowLoop, "They were not doubled"),
        new("uses only the first feature for every weight", Ex03.Backward, AddWeightGradient, "dLossDW[j] += dLossDz * lastX[i, 0];",
            "did you use only the first feature"),
        new("flips the sign in Backward", Ex03.Backward, DLossDz, "double dLossDz = -dLossDYHat[i] * DSigmaDz(lastZ[i]);", "Right size, wrong sign"),
        new("doubles ∂L/∂z in Backward", Ex03.Backward, DLossDz, "double dLossDz = 2 * dLossDYHat[i] * DSigmaDz(lastZ[i]);",
            "exactly twice the library's"),
        new("divides by n again in Backward", Ex03.Backward, DLossDz, "double dLossDz = dLossDYHat[i] * DSigmaDz(lastZ[i]) / lastZ.Length;",
            "times too small"),
        new("forgets the bias gradient", Ex03.Backward, "dLossDb += dLossDz;", "", "dLossDb is 0"),
        new("adds the bias gradient inside the weight loop", Ex03.Backward,
            "dLossDW[j] += dLossDz * lastX[i, j];                // ∂zᵢ/∂wⱼ = xᵢⱼ\n            dLossDb += dLossDz;",
            "{\n                dLossDW[j] += dLossDz * lastX[i, j];\n                dLossDb += dLossDz;\n            }",
            "is `dLossDb += …` inside the loop over j?"),
        new("puts the x factor on the bias gradient", Ex03.Backward, "dLossDb += dLossDz;", "dLossDb += dLossDz * lastX[i, 0];",
            "dLossDb got an x factor"),
        new("assigns the bias gradient instead of adding", Ex03.Backward, "dLossDb += dLossDz;", "dLossDb = dLossDz;",
            "dLossDb holds only the last row's part"),
        new("loops the rows over lastX.GetLength(1) in Backward", Ex03.Backward, RowLoop, "for (int i = 0; i < lastX.GetLength(1); i++)",
            "did you loop the rows up to lastX.GetLength(1)?"),
        new("stops the row loop one short in Backward", Ex03.Backward, RowLoop, "for (int i = 0; i < lastZ.Length - 1; i++)",
            "does your row loop stop one short"),
        new("loops the weights over the rows", Ex03.Backward, "            for (int j = 0; j < W.Length; j++)\n                dLossDW[j]",
            "            for (int j = 0; j < lastZ.Length; j++)\n                dLossDW[j]", "An index ran past the end of an array"),
        new("Forward does not keep lastX (notebook 1)", Ex03.Backward, "        lastX = X;\n", "", "it did not keep lastX"),
        new("Forward forgets the bias (notebook 1)", Ex03.Backward, "z[i] = b;", "z[i] = 0;", "did you forget to add the bias?"),
        new("DSigmaDz is 0 (notebook 1)", Ex03.Backward, "static double DSigmaDz(double z) => 1;", "static double DSigmaDz(double z) => 0;",
            "0 is the slope of a constant"),

        // ── ResetGrad ──
        new("ResetGrad clears only the bias", Ex03.ResetGrad, ClearWeights, "", "left dLossDW as it was"),
        new("ResetGrad forgets the bias", Ex03.ResetGrad, "dLossDW[j] = 0;\n        dLossDb = 0;", "dLossDW[j] = 0;", "but not the bias"),
        new("ResetGrad clears only dLossDW[0]", Ex03.ResetGrad, "dLossDW[j] = 0;\n        dLossDb", "dLossDW[0] = 0;\n        dLossDb",
            "Only dLossDW[0] was cleared"),
        new("ResetGrad replaces dLossDW by an empty array", Ex03.ResetGrad, ClearWeights, "dLossDW = new double[0];", "it must keep one per weight"),
        new("ResetGrad sets dLossDW to null", Ex03.ResetGrad, ClearWeights, "dLossDW = null;", "dLossDW is null"),

        // ── Your turn 1: BatchGradients ──
        new("uses a stale global x instead of the row's x", Ex03.BatchGradients, "dYHatDz * X[i, 0];", "dYHatDz * x;", "stale global x"),
        new("forgets 1/n", Ex03.BatchGradients, "2.0 / n *", "2.0 *", "Did you forget the 1/n?"),
        new("writes 2 / n (integer division)", Ex03.BatchGradients, "2.0 / n", "2 / n", "integer division"),
        new("flips the sign", Ex03.BatchGradients, "(yHat - y[i])", "(y[i] - yHat)", "wrong sign"),
        new("divides by n twice", Ex03.BatchGradients, "    return (dLossDW, dLossDb);", "    return (dLossDW / n, dLossDb / n);",
            "Both are n times too small"),
        new("returns the two the other way round", Ex03.BatchGradients, "    return (dLossDW, dLossDb);", "    return (dLossDb, dLossDW);",
            "Your two numbers are the right ones, swapped"),
        new("lets the library's Neuron compute it", Ex03.BatchGradients, "    int n = y.Length;",
            "    var neuron = new Neuron(1) { W = new[] { w }, b = b };\n    neuron.Backward(Losses.DMseDYHat(neuron.Forward(X), y));\n"
            + "    return (neuron.dLossDW[0], neuron.dLossDb);\n    int n = y.Length;",
            "BatchGradients calls the library's new Neuron(…)"),
        new("forgets the 2", Ex03.BatchGradients, "2.0 / n *", "1.0 / n *", "Both are half"),
        new("forgets the x factor in dL/dw", Ex03.BatchGradients, "dYHatDz * X[i, 0];", "dYHatDz;", "did you forget the x factor in dL/dw?"),
        new("puts the x factor on the bias gradient too", Ex03.BatchGradients, "dYHatDz * 1;", "dYHatDz * X[i, 0];",
            "did you put the x factor on the bias gradient too?"),
        new("counts the rows with X.GetLength(1)", Ex03.BatchGradients, "int n = y.Length;", "int n = X.GetLength(1);",
            "did you count the rows with X.GetLength(1)?"),
        new("loops to X.GetLength(1) but divides by y.Length", Ex03.BatchGradients, "i < n;", "i < X.GetLength(1);",
            "did you count the rows with X.GetLength(1)?"),
        new("stops the loop one example short", Ex03.BatchGradients, "i < n;", "i < n - 1;", "does your loop stop one short (i < n - 1)?"),
        new("multiplies by x twice in dL/dw", Ex03.BatchGradients, "dYHatDz * X[i, 0];", "dYHatDz * X[i, 0] * X[i, 0];", "got the x factor twice"),
        new("throws instead of returning", Ex03.BatchGradients, "    int n = y.Length;", "    throw new InvalidOperationException(\"nope\");\n    int n = y.Length;",
            "BatchGradients threw InvalidOperationException: nope"),
        new("starts the loop at 1", Ex03.BatchGradients, "int i = 0;", "int i = 1;", "does your loop start at i = 1?"),

        // ── Your turn 2: DTanhDz ──
        new("returns tanh itself", Ex03.DTanh, "1 - Math.Tanh(z) * Math.Tanh(z)", "Math.Tanh(z)", "tanh(z) itself"),
        new("squares z instead of tanh z", Ex03.DTanh, "1 - Math.Tanh(z) * Math.Tanh(z)", "1 - z * z", "squares the input z"),
        new("forgets to square cosh", Ex03.DTanh, "1 - Math.Tanh(z) * Math.Tanh(z)", "1 / Math.Cosh(z)", "Did you forget to square?"),
        new("keeps the linear activation's derivative", Ex03.DTanh, "1 - Math.Tanh(z) * Math.Tanh(z)", "1", "the linear activation's derivative"),
        new("forgets to square tanh", Ex03.DTanh, "1 - Math.Tanh(z) * Math.Tanh(z)", "1 - Math.Tanh(z)", "the tanh in it is squared"),
        new("throws instead of returning", Ex03.DTanh, "1 - Math.Tanh(z) * Math.Tanh(z)", "throw new InvalidOperationException(\"nope\")",
            "DTanhDz threw InvalidOperationException: nope"),
        new("squares z inside tanh", Ex03.DTanh, "1 - Math.Tanh(z) * Math.Tanh(z)", "1 - Math.Tanh(z * z)", "the square belongs to tanh z"),
        new("returns the library's derivative", Ex03.DTanh, "1 - Math.Tanh(z) * Math.Tanh(z)", "Activations.DTanhDz(z)",
            "DTanhDz calls the library's Activations.DTanhDz"),
        new("adds the square", Ex03.DTanh, "1 - Math.Tanh(z) * Math.Tanh(z)", "1 + Math.Tanh(z) * Math.Tanh(z)", "leaves a minus"),
    ];
}
