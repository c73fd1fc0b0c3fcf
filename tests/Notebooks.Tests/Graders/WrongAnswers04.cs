namespace Notebooks.Tests.Graders;

/// <summary>Known-wrong answers to notebook 04's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers04
{
    private const string Notebook = "04-training.ipynb";
    private const string StepCheck = "mine-step-check";
    private const string TrainCheck = "mine-train-check";
    private const string Ex2Check = "ex2-check";
    private const string Ex2Answer = "ex2-answer";

    // The lines of solutions/MyNeuron.csx that the mistakes change.
    private const string StepBody = "            W[j] -= learningRate * dLossDW[j];\n        b -= learningRate * dLossDb;";
    private const string StepLoop = "        for (int j = 0; j < W.Length; j++)\n            W[j] -= learningRate * dLossDW[j];";
    private const string LossThenStep =
        "            sumOfLosses += Mse(yHat, target);\n            neuron.Backward(DMseDYHat(yHat, target));\n            neuron.Step(learningRate);";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
        // ── Step ──
        new("Step adds instead of subtracting", Notebook, StepCheck, StepBody,
            "            W[j] += learningRate * dLossDW[j];\n        b += learningRate * dLossDb;", "The step went uphill"),
        new("Step forgets the bias", Notebook, StepCheck, "        b -= learningRate * dLossDb;", "", "b did not move"),
        new("updates only W[0]", Notebook, StepCheck, StepLoop, "        W[0] -= learningRate * dLossDW[0];", "Only W[0] moved"),
        new("Step forgets η", Notebook, StepCheck, StepBody,
            "            W[j] -= dLossDW[j];\n        b -= dLossDb;", "moved by the whole gradient"),
        new("Step uses η twice", Notebook, StepCheck, StepBody,
            "            W[j] -= learningRate * learningRate * dLossDW[j];\n        b -= learningRate * learningRate * dLossDb;", "η²·gradient"),
        new("Step computes the new values but does not store them", Notebook, StepCheck, StepBody,
            "            _ = W[j] - learningRate * dLossDW[j];\n        _ = b - learningRate * dLossDb;", "Nothing moved"),
        new("Step uses the first gradient for every weight", Notebook, StepCheck, "W[j] -= learningRate * dLossDW[j];",
            "W[j] -= learningRate * dLossDW[0];", "its own gradient dLossDW[j]"),
        new("Step also calls ResetGrad", Notebook, StepCheck, "        b -= learningRate * dLossDb;",
            "        b -= learningRate * dLossDb;\n        ResetGrad();", "the library's Step leaves them as they are"),
        new("Step zeroes the gradients itself", Notebook, StepCheck, "        b -= learningRate * dLossDb;",
            "        b -= learningRate * dLossDb;\n        dLossDW = new double[W.Length];\n        dLossDb = 0;", "Your Step clears them"),

        // ── Train ──
        new("forgets ResetGrad", Notebook, TrainCheck, "            neuron.ResetGrad();\n", "", "Call neuron.ResetGrad() before each Backward"),
        new("returns the loss after the step", Notebook, TrainCheck, LossThenStep,
            "            neuron.Backward(DMseDYHat(yHat, target));\n            neuron.Step(learningRate);\n" +
            "            sumOfLosses += Mse(neuron.Forward(Row(X, i)), target);", "measured each example's loss after its Step"),
        new("sums the losses instead of averaging them", Notebook, TrainCheck,
            "lossPerEpoch.Add(sumOfLosses / n);", "lossPerEpoch.Add(sumOfLosses);", "n = 30 times too big"),
        new("full batch instead of per example", Notebook, TrainCheck,
            "neuron.Forward(Row(X, i));\n            double[] target = { y[i] };", "neuron.Forward(X);\n            double[] target = y;",
            "Every step used the whole X"),
        new("skips the last example", Notebook, TrainCheck,
            "        for (int i = 0; i < n; i++)\n        {\n            neuron.ResetGrad();",
            "        for (int i = 0; i < n - 1; i++)\n        {\n            neuron.ResetGrad();", "The last example is never used"),
        new("Step before Backward", Notebook, TrainCheck,
            "            neuron.Backward(DMseDYHat(yHat, target));\n            neuron.Step(learningRate);",
            "            neuron.Step(learningRate);\n            neuron.Backward(DMseDYHat(yHat, target));", "call Step before Backward"),
        new("adds a loss per example instead of per epoch", Notebook, TrainCheck,
            "            neuron.Step(learningRate);\n        }\n        lossPerEpoch.Add(sumOfLosses / n);",
            "            neuron.Step(learningRate);\n            lossPerEpoch.Add(sumOfLosses / n);\n        }", "That is one per example"),
        new("runs one epoch too few", Notebook, TrainCheck,
            "for (int epoch = 1; epoch <= epochs; epoch++)", "for (int epoch = 1; epoch < epochs; epoch++)", "19 losses for 20 epochs"),
        new("calls ResetGrad once per epoch, before the loop over the examples", Notebook, TrainCheck,
            "        double sumOfLosses = 0;\n        for (int i = 0; i < n; i++)\n        {\n            neuron.ResetGrad();\n",
            "        double sumOfLosses = 0;\n        neuron.ResetGrad();\n        for (int i = 0; i < n; i++)\n        {\n",
            "You call ResetGrad once per epoch"),
        new("compares each example with all the targets y", Notebook, TrainCheck,
            "double[] target = { y[i] };", "double[] target = y;", "Every example was compared with the first target y[0]"),
        new("always trains on Row(X, 0)", Notebook, TrainCheck,
            "neuron.Forward(Row(X, i));", "neuron.Forward(Row(X, 0));", "not Row(X, 0)"),

        // ── Your turn 2: one full-batch epoch ──
        new("forgets ResetGrad in the full-batch epoch", Notebook, Ex2Check, "    neuron.ResetGrad();\n", "",
            "the gradients accumulate", Ex2Answer),
        new("forgets 1/n in the full-batch epoch", Notebook, Ex2Check,
            "neuron.Backward(DMeanSquaredErrorDPredictions(yHat, y));",
            "neuron.Backward(yHat.Select((v, i) => 2 * (v - y[i])).ToArray());", "Did you forget 1/n?", Ex2Answer),
        new("returns the full-batch loss after the step", Notebook, Ex2Check, "    return loss;",
            "    return MeanSquaredError(neuron.Forward(X), y);", "you returned the loss after the step", Ex2Answer),
        new("forgets Step in the full-batch epoch", Notebook, Ex2Check, "    neuron.Step(learningRate);\n", "",
            "did you forget neuron.Step(learningRate)?", Ex2Answer),
        new("writes 2 / y.Length (integer division) in the full-batch epoch", Notebook, Ex2Check,
            "neuron.Backward(DMeanSquaredErrorDPredictions(yHat, y));",
            "neuron.Backward(yHat.Select((v, i) => 2 / y.Length * (v - y[i])).ToArray());", "2 / 30 == 0", Ex2Answer),
        new("steps twice in the full-batch epoch", Notebook, Ex2Check, "    neuron.Step(learningRate);\n",
            "    neuron.Step(learningRate);\n    neuron.Step(learningRate);\n", "one Step per call", Ex2Answer),
        new("returns the sum of squared errors from the full-batch epoch", Notebook, Ex2Check,
            "    return loss;", "    return loss * y.Length;", "the sum of the squared errors", Ex2Answer),
    ];
}
