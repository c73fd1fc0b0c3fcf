using System;
using System.Collections.Generic;
using System.Linq;

namespace NeuronFromScratch;

/// <summary>
/// A network: layers in a row, each reading the one before it. Forward is A⁽⁰⁾ = X, A⁽ˡ⁾ = layer l's Forward of
/// A⁽ˡ⁻¹⁾, and ŷ is the last A. Backward runs the chain rule the other way, from the loss down to X.
/// </summary>
public sealed class NeuralNetwork
{
    private readonly Layer[] _layers;

    // How many rows the last Forward had: Backward's dL/dŷ must have as many. 0 means no Forward yet.
    private int _lastRowCount;

    /// <summary>
    /// A network of the given layers, first (reading X) to last (giving ŷ). Each layer must take as many inputs as
    /// the layer before it has neurons.
    /// </summary>
    /// <param name="layers">At least one layer; the network uses these layers themselves.</param>
    public NeuralNetwork(params Layer[] layers)
    {
        Guard.NotNull(layers, nameof(layers));
        if (layers.Length == 0)
            throw new ArgumentException("A network needs at least one layer, but layers is empty.", nameof(layers));
        for (int l = 0; l < layers.Length; l++)
            Guard.NotNull(layers[l], $"{nameof(layers)}[{l}]");

        // Layers are numbered from 1 in messages, as in "the first layer".
        for (int l = 1; l < layers.Length; l++)
            if (layers[l].InputCount != layers[l - 1].NeuronCount)
                throw new ArgumentException(
                    $"layer {l + 1} takes {Guard.Count(layers[l].InputCount, "input")}, but layer {l} gives " +
                    $"{Guard.Count(layers[l - 1].NeuronCount, "output")} (layer {l} is {Shape(layers[l - 1])}, layer {l + 1} is {Shape(layers[l])}): " +
                    "each layer must take as many inputs as the layer before it has neurons.", nameof(layers));

        // A neuron remembers only its last forward pass, so it can belong to one layer only.
        var layerOf = new Dictionary<Neuron, int>();
        for (int l = 0; l < layers.Length; l++)
            foreach (var neuron in layers[l].Neurons)
                if (layerOf.TryGetValue(neuron, out int other) && other != l)
                    throw new ArgumentException(
                        $"The same neuron is in layer {other + 1} and layer {l + 1}: each layer needs neurons of its own.",
                        nameof(layers));
                else
                    layerOf[neuron] = l;

        _layers = (Layer[])layers.Clone();
    }

    /// <summary>
    /// A fully connected network of the given sizes, e.g. <c>{1, 8, 1}</c>: 1 input, a hidden layer of 8 neurons,
    /// 1 output. The neurons are numbered through the network from 0, and neuron m starts from seed + m.
    /// </summary>
    /// <param name="sizes">The input count, then each layer's neuron count (at least two numbers, each ≥ 1).</param>
    /// <param name="hidden">σ of every layer but the last, e.g. <c>Activation.ReLU</c>.</param>
    /// <param name="output">σ of the last layer, e.g. <c>Activation.Linear</c> to predict any number.</param>
    /// <param name="seed">Seed of the starting weights: the same seed gives the same network.</param>
    public static NeuralNetwork Create(int[] sizes, Activation hidden, Activation output, int seed = 0)
    {
        Guard.NotNull(sizes, nameof(sizes));
        if (sizes.Length < 2)
            throw new ArgumentException(
                $"sizes must hold the input count and at least one layer's size, e.g. {{1, 8, 1}}, but it holds {sizes.Length} number(s).",
                nameof(sizes));
        for (int l = 0; l < sizes.Length; l++)
            Guard.AtLeast(sizes[l], 1, $"{nameof(sizes)}[{l}]");
        Guard.NotNull(hidden, nameof(hidden));
        Guard.NotNull(output, nameof(output));

        var layers = new Layer[sizes.Length - 1];
        int neuronsSoFar = 0;
        for (int l = 0; l < layers.Length; l++)
        {
            var activation = l == layers.Length - 1 ? output : hidden;
            layers[l] = new Layer(sizes[l], sizes[l + 1], activation, seed + neuronsSoFar);
            neuronsSoFar += sizes[l + 1];
        }
        return new NeuralNetwork(layers);
    }

    /// <summary>The layers, first (reading X) to last (giving ŷ).</summary>
    public IReadOnlyList<Layer> Layers => Array.AsReadOnly(_layers);

    /// <summary>How many inputs the network takes: the columns of X.</summary>
    public int InputCount => _layers[0].InputCount;

    /// <summary>How many outputs the network gives: the neurons of the last layer.</summary>
    public int OutputCount => _layers[^1].NeuronCount;

    /// <summary>The forward pass, layer by layer: each layer's output A is the next layer's input.</summary>
    /// <param name="X">One row per example, <see cref="InputCount"/> columns.</param>
    /// <returns>ŷ, n × <see cref="OutputCount"/>, the last layer's A.</returns>
    public double[,] Forward(double[,] X)
    {
        Guard.Matrix(X, InputCount, nameof(X), $"the network takes {Guard.Count(InputCount, "input")}");
        double[,] A = X;
        foreach (var layer in _layers)
            A = layer.Forward(A);
        _lastRowCount = X.GetLength(0);
        return A;
    }

    /// <summary>
    /// The backward pass for the last Forward: from the last layer to the first. A layer's dL/dX is the dL/dA of
    /// the layer below it, because that layer's A was this layer's X. Every neuron adds its dL/dW and dL/db.
    /// </summary>
    /// <param name="dLossDYHat">dL/dŷ, the shape of the last Forward's ŷ (n × <see cref="OutputCount"/>).</param>
    /// <returns>dL/dX of the network's input, n × <see cref="InputCount"/>.</returns>
    /// <exception cref="InvalidOperationException">No Forward has run yet.</exception>
    public double[,] Backward(double[,] dLossDYHat)
    {
        Guard.NotNull(dLossDYHat, nameof(dLossDYHat));
        if (_lastRowCount == 0)
            throw new InvalidOperationException("Backward needs a Forward first: it differentiates the last forward pass.");
        Guard.Shape(dLossDYHat, _lastRowCount, OutputCount, nameof(dLossDYHat),
            "one row per example of the last Forward, one column per output");
        double[,] dLossDA = dLossDYHat;
        for (int l = _layers.Length - 1; l >= 0; l--)
            dLossDA = _layers[l].Backward(dLossDA);
        return dLossDA;
    }

    /// <summary>Sets every neuron's dL/dW and dL/db back to zero (Backward adds to them).</summary>
    public void ResetGrad()
    {
        foreach (var layer in _layers)
            layer.ResetGrad();
    }

    /// <summary>One step of gradient descent for every neuron of every layer: W −= η·dL/dW, b −= η·dL/db.</summary>
    /// <param name="learningRate">η, the step size: a positive finite number.</param>
    public void Step(double learningRate)
    {
        Guard.PositiveFinite(learningRate, nameof(learningRate));
        foreach (var layer in _layers)
            layer.Step(learningRate);
    }

    /// <summary>The predictions of a network with one output: column 0 of <see cref="Forward"/>.</summary>
    /// <param name="X">One row per example, <see cref="InputCount"/> columns.</param>
    /// <returns>ŷ, one prediction per row.</returns>
    /// <exception cref="InvalidOperationException">The network has more than one output.</exception>
    public double[] Predict(double[,] X)
    {
        if (OutputCount != 1)
            throw new InvalidOperationException(
                $"Predict is for a network with one output, but this one has {OutputCount}: use Forward, which gives every output.");
        double[,] yHat = Forward(X);
        var predictions = new double[yHat.GetLength(0)];
        for (int i = 0; i < predictions.Length; i++)
            predictions[i] = yHat[i, 0];
        return predictions;
    }

    /// <summary>The layers' shapes, e.g. <c>NeuralNetwork(1 → 8 relu → 1 linear)</c>.</summary>
    public override string ToString() =>
        $"NeuralNetwork({InputCount}{string.Concat(_layers.Select(layer => $" → {layer.NeuronCount} {layer.Neurons[0].Activation.Name}"))})";

    private static string Shape(Layer layer) => $"{layer.InputCount} → {layer.NeuronCount}";
}
