namespace NeuronFromScratch.Course.Exercises.Notebook06;

/// <summary>
/// Training steps of a network as learners write them, right and wrong: each reads like the exercise's solution with one
/// thing changed, and runs on the library's layers and neurons.
/// </summary>
internal static class TrainStepMistakes
{
    /// <summary>One step: TrainStep(network, X, y, learningRate), returning the loss before the step.</summary>
    public delegate double TrainStep(NeuralNetwork network, double[,] X, double[] y, double learningRate);

    /// <summary>The step done right.</summary>
    public static double Right(NeuralNetwork network, double[,] X, double[] y, double eta)
    {
        network.ResetGrad();
        double[] yHat = network.Predict(X);
        double loss = Losses.Mse(yHat, y);
        double[,] dLossDA = AsColumn(Losses.DMseDYHat(yHat, y));
        for (int l = network.Layers.Count - 1; l >= 0; l--)
            dLossDA = LayerBackward(network.Layers[l], dLossDA);
        network.Step(eta);
        return loss;
    }

    public static IReadOnlyList<(string Name, TrainStep Step, string Clue)> All { get; } =
    [
        ("goes through the layers from the first to the last", (network, X, y, eta) =>
            {
                network.ResetGrad();
                double[] yHat = network.Predict(X);
                double[,] dLossDA = AsColumn(Losses.DMseDYHat(yHat, y));
                for (int l = 0; l < network.Layers.Count; l++)
                    dLossDA = LayerBackward(network.Layers[l], dLossDA);
                network.Step(eta);
                return Losses.Mse(yHat, y);
            },
            "You went through the layers from the first to the last. The backward pass starts at the output: loop l from network.Layers.Count − 1 down to 0."),
        ("does not pass the gradient down", (network, X, y, eta) =>
            {
                network.ResetGrad();
                double[] yHat = network.Predict(X);
                double[,] dLossDA = AsColumn(Losses.DMseDYHat(yHat, y));
                for (int l = network.Layers.Count - 1; l >= 0; l--)
                    LayerBackward(network.Layers[l], dLossDA);
                network.Step(eta);
                return Losses.Mse(yHat, y);
            },
            "Every layer got dL/dŷ: the gradient was not passed down. After a layer's loop, its dL/dX becomes the dL/dA of the layer below, not the dL/dA it received."),
        ("forgets ResetGrad", (network, X, y, eta) =>
            {
                double[] yHat = network.Predict(X);
                double[,] dLossDA = AsColumn(Losses.DMseDYHat(yHat, y));
                for (int l = network.Layers.Count - 1; l >= 0; l--)
                    dLossDA = LayerBackward(network.Layers[l], dLossDA);
                network.Step(eta);
                return Losses.Mse(yHat, y);
            },
            "The first step is right, the later ones are not: the gradients accumulate from step to step. Reset the gradients of every layer before the backward pass; Backward adds."),
        ("overwrites the neurons' parts of dL/dX", (network, X, y, eta) =>
            {
                network.ResetGrad();
                double[] yHat = network.Predict(X);
                double[,] dLossDA = AsColumn(Losses.DMseDYHat(yHat, y));
                for (int l = network.Layers.Count - 1; l >= 0; l--)
                    dLossDA = LayerBackward(network.Layers[l], dLossDA, add: false);
                network.Step(eta);
                return Losses.Mse(yHat, y);
            },
            "Each neuron's part of dL/dX replaced the previous one's in the one array they share: only the last neuron's part was passed down. The neurons all read the same X, so their parts add up."),
        ("gives every neuron column 0", (network, X, y, eta) =>
            {
                network.ResetGrad();
                double[] yHat = network.Predict(X);
                double[,] dLossDA = AsColumn(Losses.DMseDYHat(yHat, y));
                for (int l = network.Layers.Count - 1; l >= 0; l--)
                    dLossDA = LayerBackward(network.Layers[l], dLossDA, column: _ => 0);
                network.Step(eta);
                return Losses.Mse(yHat, y);
            },
            "Every neuron got column 0 of dL/dA. Neuron k's dL/dŷ is column k: what its own output did to the loss."),
        ("forgets Step", (network, X, y, _) =>
            {
                network.ResetGrad();
                double[] yHat = network.Predict(X);
                double[,] dLossDA = AsColumn(Losses.DMseDYHat(yHat, y));
                for (int l = network.Layers.Count - 1; l >= 0; l--)
                    dLossDA = LayerBackward(network.Layers[l], dLossDA);
                return Losses.Mse(yHat, y);
            },
            "Nothing moved: step every layer after the backward pass (network.Step, or Step on each layer)."),
        ("steps the network inside the backward loop", (network, X, y, eta) =>
            {
                network.ResetGrad();
                double[] yHat = network.Predict(X);
                double[,] dLossDA = AsColumn(Losses.DMseDYHat(yHat, y));
                for (int l = network.Layers.Count - 1; l >= 0; l--)
                {
                    dLossDA = LayerBackward(network.Layers[l], dLossDA);
                    network.Step(eta);
                }
                return Losses.Mse(yHat, y);
            },
            "The layers were stepped before every gradient was computed: network.Step runs inside the loop over the layers, "
            + "so the layers above step again every round, and the layers below step before their gradients exist. Step "
            + "once, after the backward loop."),
        ("resets the gradients between the backward pass and Step", (network, X, y, eta) =>
            {
                network.ResetGrad();
                double[] yHat = network.Predict(X);
                double[,] dLossDA = AsColumn(Losses.DMseDYHat(yHat, y));
                for (int l = network.Layers.Count - 1; l >= 0; l--)
                    dLossDA = LayerBackward(network.Layers[l], dLossDA);
                network.ResetGrad();
                network.Step(eta);
                return Losses.Mse(yHat, y);
            },
            "Nothing moved: were the gradients reset between the backward pass and Step? Then Step moves by zeros. Reset "
            + "before the forward pass, and step right after the backward pass."),
        ("forgets the 1/n of the mean", (network, X, y, eta) =>
            {
                network.ResetGrad();
                double[] yHat = network.Predict(X);
                double[,] dLossDA = AsColumn(yHat.Select((v, i) => 2 * (v - y[i])).ToArray());
                for (int l = network.Layers.Count - 1; l >= 0; l--)
                    dLossDA = LayerBackward(network.Layers[l], dLossDA);
                network.Step(eta);
                return Losses.Mse(yHat, y);
            },
            "The first loss is right, then the steps are n times too big: ∂L/∂ŷᵢ of the mean loss is (2/n)(ŷᵢ − yᵢ); "
            + "Losses.DMseDYHat has the 1/n."),
        ("returns the loss after the step", (network, X, y, eta) =>
            {
                Right(network, X, y, eta);
                return Losses.Mse(network.Predict(X), y);
            },
            "Your losses are lower than expected: return the loss measured before the step."),
    ];

    /// <summary>
    /// One layer's backward pass, neuron by neuron: neuron k gets column column(k) of dL/dA, and its part of dL/dX is added
    /// (or, with add false, written over the others'). Returns dL/dX, the dL/dA of the layer below.
    /// </summary>
    private static double[,] LayerBackward(Layer layer, double[,] dLossDA, bool add = true, Func<int, int>? column = null)
    {
        int n = dLossDA.GetLength(0);
        var dLossDX = new double[n, layer.InputCount];
        for (int k = 0; k < layer.NeuronCount; k++)
        {
            int c = column?.Invoke(k) ?? k;
            double[,] part = layer.Neurons[k].Backward(Enumerable.Range(0, n).Select(i => dLossDA[i, c]).ToArray());
            for (int i = 0; i < n; i++)
                for (int j = 0; j < layer.InputCount; j++)
                    dLossDX[i, j] = add ? dLossDX[i, j] + part[i, j] : part[i, j];
        }
        return dLossDX;
    }

    private static double[,] AsColumn(double[] v) => Matrices.Make(v.Length, 1, (i, _) => v[i]);
}
