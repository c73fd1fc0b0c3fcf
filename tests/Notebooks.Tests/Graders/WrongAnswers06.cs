namespace Notebooks.Tests.Graders;

/// <summary>Known-wrong answers to notebook 06's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers06
{
    private const string Notebook = "06-network.ipynb";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
        // ── Your turn 1: a layer's forward pass ──
        new("transposes the layer's output (k × n)", Notebook, "ex1-check",
            "    var A = new double[n, neurons.Count];\n    for (int k = 0; k < neurons.Count; k++)\n    {\n        double[] yHatK = neurons[k].Forward(X);   // σₖ(z) for every row: Forward applies the neuron's own activation\n        for (int i = 0; i < n; i++)\n            A[i, k] = yHatK[i];",
            "    var A = new double[neurons.Count, n];\n    for (int k = 0; k < neurons.Count; k++)\n    {\n        double[] yHatK = neurons[k].Forward(X);\n        for (int i = 0; i < n; i++)\n            A[k, i] = yHatK[i];",
            "it is transposed", "ex1-answer"),
        new("uses one neuron for every column", Notebook, "ex1-check",
            "double[] yHatK = neurons[k].Forward(X);", "double[] yHatK = neurons[0].Forward(X);", "neurons[0]", "ex1-answer"),
        new("applies ReLU on top of the neurons' outputs", Notebook, "ex1-check",
            "A[i, k] = yHatK[i];", "A[i, k] = Math.Max(0, yHatK[i]);", "don't apply ReLU on top", "ex1-answer"),
        new("applies the activation twice", Notebook, "ex1-check",
            "A[i, k] = yHatK[i];", "A[i, k] = neurons[k].Activation.Function(yHatK[i]);", "applied twice", "ex1-answer"),
        new("returns z without the activation", Notebook, "ex1-check",
            "double[] yHatK = neurons[k].Forward(X);",
            "double[] yHatK = Enumerable.Range(0, n).Select(i => neurons[k].Bias + Enumerable.Range(0, X.GetLength(1)).Sum(j => neurons[k].Weights[j] * X[i, j])).ToArray();",
            "without the activation", "ex1-answer"),

        // ── Your turn 2: one neuron's dL/dX ──
        new("uses x instead of w in dL/dX", Notebook, "ex2-check",
            "dLossDX[i, j] = dLossDz * neuron.Weights[j];", "dLossDX[i, j] = dLossDz * X[i, j];", "the factor of dL/dwⱼ", "ex2-answer"),
        new("forgets σ′(z) in dL/dX", Notebook, "ex2-check",
            "double dLossDz = dLossDYHat[i] * neuron.Activation.Derivative(z);", "double dLossDz = dLossDYHat[i];", "σ′(zᵢ) is missing", "ex2-answer"),
        new("takes σ′ at the post-activation ŷ", Notebook, "ex2-check",
            "neuron.Activation.Derivative(z);", "neuron.Activation.Derivative(neuron.Activation.Function(z));", "post-activation", "ex2-answer"),
        new("sums dL/dX over the rows", Notebook, "ex2-check",
            "dLossDX[i, j] = dLossDz * neuron.Weights[j];", "dLossDX[0, j] += dLossDz * neuron.Weights[j];", "you summed over the examples", "ex2-answer"),
        new("leaves the bias out of z", Notebook, "ex2-check",
            "double z = neuron.Bias;", "double z = 0;", "without the bias", "ex2-answer"),
        new("hard-codes ReLU's derivative in dL/dX", Notebook, "ex2-check",
            "neuron.Activation.Derivative(z);", "(z > 0 ? 1.0 : 0.0);", "that is ReLU's derivative", "ex2-answer"),
        new("multiplies dL/dX by w·x", Notebook, "ex2-check",
            "dLossDX[i, j] = dLossDz * neuron.Weights[j];", "dLossDX[i, j] = dLossDz * neuron.Weights[j] * X[i, j];",
            "the xᵢⱼ is extra", "ex2-answer"),
        new("calls the neuron's Backward in NeuronDLossDX", Notebook, "ex2-check",
            "    return dLossDX;", "    neuron.Forward(X);\n    return neuron.Backward(dLossDYHat);",
            "uses the neuron's Backward", "ex2-answer"),

        // ── Your turn 3: a training step with the backward loop over the layers ──
        new("goes through the layers from first to last", Notebook, "ex3-check",
            "for (int l = network.Layers.Count - 1; l >= 0; l--)", "for (int l = 0; l < network.Layers.Count; l++)",
            "from the first to the last", "ex3-answer"),
        new("does not pass the gradient down", Notebook, "ex3-check",
            "        dLossDA = dLossDX;", "        _ = dLossDX;", "the gradient was not passed down", "ex3-answer"),
        new("forgets ResetGrad in the network step", Notebook, "ex3-check",
            "    foreach (Layer layer in network.Layers)\n        layer.ResetGrad();\n", "", "the gradients accumulate", "ex3-answer"),
        new("shares one gradient array: each neuron overwrites it", Notebook, "ex3-check",
            "dLossDX[i, j] += part[i, j];", "dLossDX[i, j] = part[i, j];", "only the last neuron's part", "ex3-answer"),
        new("gives every neuron column 0", Notebook, "ex3-check",
            "Backward(Column(dLossDA, k));", "Backward(Column(dLossDA, 0));", "every neuron got column 0", "ex3-answer"),
        new("forgets Step in the network step", Notebook, "ex3-check",
            "    foreach (Layer layer in network.Layers)\n        layer.Step(learningRate);\n", "", "nothing moved", "ex3-answer"),
        new("uses network.Backward in the network step", Notebook, "ex3-check",
            "    foreach (Layer layer in network.Layers)\n        layer.Step(learningRate);",
            "    network.ResetGrad();\n    network.Backward(AsColumn(DMeanSquaredErrorDPredictions(network.Predict(X), y)));\n    foreach (Layer layer in network.Layers)\n        layer.Step(learningRate);",
            "uses the library's Backward", "ex3-answer"),
        new("uses a layer's Backward in the network step", Notebook, "ex3-check",
            "        dLossDA = dLossDX;", "        dLossDA = layer.Backward(dLossDA);",
            "uses the library's Backward", "ex3-answer"),
    ];
}
