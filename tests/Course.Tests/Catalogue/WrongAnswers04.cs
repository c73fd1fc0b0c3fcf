using NeuronFromScratch.Course;

namespace Course.Tests.Catalogue;

/// <summary>Known-wrong answers to notebook 4's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers04
{
    // The lines of solutions/MyNeuron.csx that the mistakes change.
    private const string StepBody = "            W[j] -= learningRate * dLossDW[j];\n        b -= learningRate * dLossDb;";
    private const string StepLoop = "        for (int j = 0; j < W.Length; j++)\n            W[j] -= learningRate * dLossDW[j];";
    private const string LossThenStep =
        "            sumOfLosses += Mse(yHat, target);\n            neuron.Backward(DMseDYHat(yHat, target));\n            neuron.Step(learningRate);";
    private const string Example = """
                    neuron.ResetGrad();
                    double[] yHat = neuron.Forward(Row(X, i));
                    double[] target = { y[i] };
                    sumOfLosses += Mse(yHat, target);
                    neuron.Backward(DMseDYHat(yHat, target));
                    neuron.Step(learningRate);
        """;
    private const string FullBatch = """
            neuron.ResetGrad();
            double[] yHat = neuron.Forward(X);
            double loss = Losses.Mse(yHat, y);
            neuron.Backward(Losses.DMseDYHat(yHat, y));
            neuron.Step(learningRate);
        """;

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
        // ── Step ──
        new("Step adds instead of subtracting", Ex04.Step, StepBody,
            "            W[j] += learningRate * dLossDW[j];\n        b += learningRate * dLossDb;", "The step went uphill"),
        new("Step forgets the bias", Ex04.Step, "        b -= learningRate * dLossDb;", "", "b did not move"),
        new("Step moves the bias uphill", Ex04.Step, "        b -= learningRate * dLossDb;", "        b += learningRate * dLossDb;", "b went uphill"),
        new("Step moves the bias inside the weight loop", Ex04.Step, StepBody,
            "            {\n                W[j] -= learningRate * dLossDW[j];\n                b -= learningRate * dLossDb;\n            }", "b moved once per weight"),
        new("updates only W[0]", Ex04.Step, StepLoop, "        W[0] -= learningRate * dLossDW[0];", "Only W[0] moved"),
        new("Step forgets η", Ex04.Step, StepBody, "            W[j] -= dLossDW[j];\n        b -= dLossDb;", "moved by the whole gradient"),
        new("Step uses η twice", Ex04.Step, StepBody,
            "            W[j] -= learningRate * learningRate * dLossDW[j];\n        b -= learningRate * learningRate * dLossDb;", "η²·gradient"),
        new("Step computes the new values but does not store them", Ex04.Step, StepBody,
            "            _ = W[j] - learningRate * dLossDW[j];\n        _ = b - learningRate * dLossDb;", "Nothing moved"),
        new("Step uses the first gradient for every weight", Ex04.Step, "W[j] -= learningRate * dLossDW[j];",
            "W[j] -= learningRate * dLossDW[0];", "its own gradient dLossDW[j]"),
        new("Step moves the bias by a weight's gradient", Ex04.Step, "        b -= learningRate * dLossDb;",
            "        b -= learningRate * dLossDW[0];", "the bias has its own, dLossDb"),
        new("Step also calls ResetGrad", Ex04.Step, "        b -= learningRate * dLossDb;",
            "        b -= learningRate * dLossDb;\n        ResetGrad();", "Your Step clears them"),
        new("Step zeroes the gradients itself", Ex04.Step, "        b -= learningRate * dLossDb;",
            "        b -= learningRate * dLossDb;\n        dLossDW = new double[W.Length];\n        dLossDb = 0;", "Your Step clears them"),

        // ── Train ──
        new("forgets ResetGrad", Ex04.Train, "            neuron.ResetGrad();\n", "", "Call neuron.ResetGrad() before each Backward"),
        new("returns the loss after the step", Ex04.Train, LossThenStep,
            "            neuron.Backward(DMseDYHat(yHat, target));\n            neuron.Step(learningRate);\n"
            + "            sumOfLosses += Mse(neuron.Forward(Row(X, i)), target);", "measured each example's loss after its Step"),
        new("sums the losses instead of averaging them", Ex04.Train, "lossPerEpoch.Add(sumOfLosses / n);", "lossPerEpoch.Add(sumOfLosses);",
            "n times too big"),
        new("full batch instead of per example", Ex04.Train, "neuron.Forward(Row(X, i));\n            double[] target = { y[i] };",
            "neuron.Forward(X);\n            double[] target = y;", "Every step used the whole X"),
        new("measures the loss on all of X at the end of the epoch", Ex04.Train, "        lossPerEpoch.Add(sumOfLosses / n);",
            "        lossPerEpoch.Add(Mse(neuron.Forward(X), y));", "the loss on all of X after the epoch's steps"),
        new("one full-batch step per epoch", Ex04.Train,
            "        double sumOfLosses = 0;\n        for (int i = 0; i < n; i++)\n        {\n" + Example + "\n        }\n        lossPerEpoch.Add(sumOfLosses / n);",
            "        neuron.ResetGrad();\n        double[] yHat = neuron.Forward(X);\n        lossPerEpoch.Add(Mse(yHat, y));\n"
            + "        neuron.Backward(DMseDYHat(yHat, y));\n        neuron.Step(learningRate);", "one full-batch step per epoch"),
        new("skips the last example", Ex04.Train, "        for (int i = 0; i < n; i++)\n        {\n            neuron.ResetGrad();",
            "        for (int i = 0; i < n - 1; i++)\n        {\n            neuron.ResetGrad();", "The last example is never used"),
        new("skips the first example", Ex04.Train, "        for (int i = 0; i < n; i++)\n        {\n            neuron.ResetGrad();",
            "        for (int i = 1; i < n; i++)\n        {\n            neuron.ResetGrad();", "Example 0 is never used"),
        new("Step before Backward", Ex04.Train, "            neuron.Backward(DMseDYHat(yHat, target));\n            neuron.Step(learningRate);",
            "            neuron.Step(learningRate);\n            neuron.Backward(DMseDYHat(yHat, target));", "did you call Step before Backward"),
        new("forgets Step", Ex04.Train, "            neuron.Step(learningRate);\n", "", "or forget Step?"),
        new("adds a loss per example instead of per epoch", Ex04.Train,
            "            neuron.Step(learningRate);\n        }\n        lossPerEpoch.Add(sumOfLosses / n);",
            "            neuron.Step(learningRate);\n            lossPerEpoch.Add(sumOfLosses / n);\n        }", "one loss per example"),
        new("divides the epoch's loss by X.GetLength(1)", Ex04.Train, "lossPerEpoch.Add(sumOfLosses / n);", "lossPerEpoch.Add(sumOfLosses / X.GetLength(1));",
            "not by X.GetLength(1), the number of features"),
        new("trains a copy of the neuron it is given", Ex04.Train, "    int n = y.Length;",
            "    int n = y.Length;\n    var given = neuron;\n    neuron = new MyNeuron(X.GetLength(1)) { W = (double[])given.W.Clone(), b = given.b };",
            "the neuron you were given did not move"),
        new("uses the library's loss in Train", Ex04.Train, "sumOfLosses += Mse(yHat, target);", "sumOfLosses += Losses.Mse(yHat, target);",
            "Your Train calls the library's Losses.Mse"),
        new("runs one epoch too few", Ex04.Train, "for (int epoch = 1; epoch <= epochs; epoch++)", "for (int epoch = 1; epoch < epochs; epoch++)",
            "19 losses for 20 epochs"),
        new("calls ResetGrad once per epoch, before the loop over the examples", Ex04.Train,
            "        double sumOfLosses = 0;\n        for (int i = 0; i < n; i++)\n        {\n            neuron.ResetGrad();\n",
            "        double sumOfLosses = 0;\n        neuron.ResetGrad();\n        for (int i = 0; i < n; i++)\n        {\n",
            "You call ResetGrad once per epoch"),
        new("compares each example with all the targets y", Ex04.Train, "double[] target = { y[i] };", "double[] target = y;",
            "Every example was compared with the first target y[0]"),
        new("always trains on Row(X, 0)", Ex04.Train, "neuron.Forward(Row(X, i));", "neuron.Forward(Row(X, 0));", "not Row(X, 0)"),
        new("passes the target first to DMseDYHat", Ex04.Train, "neuron.Backward(DMseDYHat(yHat, target));",
            "neuron.Backward(DMseDYHat(target, yHat));", "takes the prediction first"),
        new("runs Forward on the whole X and then takes row i", Ex04.Train, "double[] yHat = neuron.Forward(Row(X, i));",
            "double[] yHat = { neuron.Forward(X)[i] };", "You ran Forward on the whole X and then took its ŷ[i]"),
        new("updates W, then recomputes ŷ before updating b", Ex04.Train, Example,
            """
                        neuron.ResetGrad();
                        double[] yHat = neuron.Forward(Row(X, i));
                        double[] target = { y[i] };
                        sumOfLosses += Mse(yHat, target);
                        neuron.Backward(DMseDYHat(yHat, target));
                        for (int j = 0; j < neuron.W.Length; j++)
                            neuron.W[j] -= learningRate * neuron.dLossDW[j];
                        neuron.ResetGrad();
                        double[] again = neuron.Forward(Row(X, i));
                        neuron.Backward(DMseDYHat(again, target));
                        neuron.b -= learningRate * neuron.dLossDb;
            """,
            "Your bias stepped on the gradient of a second prediction"),
        new("Train with a wrong Mse (notebook 2)", Ex04.Train, "    return sum / n;", "    return sum;", "did you forget to divide by n"),
        new("Train with a Backward that divides by n again (notebook 3)", Ex04.Train,
            "double dLossDz = dLossDYHat[i] * DSigmaDz(lastZ[i]);", "double dLossDz = dLossDYHat[i] * DSigmaDz(lastZ[i]) / lastZ.Length;",
            "times too small"),

        // ── two mistakes that cancel in per-example training: each piece's check still names its own ──
        new("flips the sign of DMseDYHat and of Step", Ex02.DMseDYHat, "dLossDYHat[i] = 2.0 / n * (yHat[i] - y[i]);",
            "dLossDYHat[i] = 2.0 / n * (y[i] - yHat[i]);", "The sign is flipped")
            { More = [(StepBody, "            W[j] += learningRate * dLossDW[j];\n        b += learningRate * dLossDb;")] },
        new("Backward divides by n and Mse forgets 1/n", Ex02.Mse, "    return sum / n;", "    return sum;", "did you forget to divide by n")
            { More = [("double dLossDz = dLossDYHat[i] * DSigmaDz(lastZ[i]);", "double dLossDz = dLossDYHat[i] * DSigmaDz(lastZ[i]) / lastZ.Length;")] },

        // ── Your turn: one full-batch epoch ──
        new("forgets ResetGrad in the full-batch epoch", Ex04.FullBatchEpoch, "    neuron.ResetGrad();\n", "", "the gradients accumulate"),
        new("forgets 1/n in the full-batch epoch", Ex04.FullBatchEpoch, "neuron.Backward(Losses.DMseDYHat(yHat, y));",
            "neuron.Backward(yHat.Select((v, i) => 2 * (v - y[i])).ToArray());", "Did you forget 1/n?"),
        new("returns the full-batch loss after the step", Ex04.FullBatchEpoch, "    return loss;", "    return Losses.Mse(neuron.Forward(X), y);",
            "you returned the loss after the step"),
        new("forgets Step in the full-batch epoch", Ex04.FullBatchEpoch, "    neuron.Step(learningRate);\n", "",
            "did you forget neuron.Step(learningRate)?"),
        new("steps before Backward in the full-batch epoch", Ex04.FullBatchEpoch, FullBatch,
            """
                neuron.ResetGrad();
                double[] yHat = neuron.Forward(X);
                double loss = Losses.Mse(yHat, y);
                neuron.Step(learningRate);
                neuron.Backward(Losses.DMseDYHat(yHat, y));
            """, "it comes before Backward"),
        new("writes 2 / y.Length (integer division) in the full-batch epoch", Ex04.FullBatchEpoch,
            "neuron.Backward(Losses.DMseDYHat(yHat, y));",
            "neuron.Backward(yHat.Select((v, i) => 2 / y.Length * (v - y[i])).ToArray());", "2 / 30 == 0"),
        new("throws in the full-batch epoch", Ex04.FullBatchEpoch, "    neuron.ResetGrad();\n", "    throw new InvalidOperationException(\"oops\");\n",
            "FullBatchEpoch threw InvalidOperationException: oops"),
        new("passes the targets first in the full-batch epoch", Ex04.FullBatchEpoch, "neuron.Backward(Losses.DMseDYHat(yHat, y));",
            "neuron.Backward(Losses.DMseDYHat(y, yHat));", "Your steps went uphill"),
        new("lets Trainer.Train do the epoch", Ex04.FullBatchEpoch, FullBatch,
            "    double loss = Losses.Mse(neuron.Forward(X), y);\n    Trainer.Train(neuron, X, y, 1, learningRate, batchSize: Trainer.FullBatch);",
            "FullBatchEpoch calls the library's Trainer.Train"),
        new("steps twice in the full-batch epoch", Ex04.FullBatchEpoch, "    neuron.Step(learningRate);\n",
            "    neuron.Step(learningRate);\n    neuron.Step(learningRate);\n", "one Step per call"),
        new("returns the sum of squared errors from the full-batch epoch", Ex04.FullBatchEpoch, "    return loss;",
            "    return loss * y.Length;", "the sum of the squared errors"),
    ];
}
