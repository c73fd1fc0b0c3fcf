using System;

namespace NeuronFromScratch;

// How NetworkTrainer takes a step fast on big data: the same arithmetic as Layer's and Neuron's Forward and Backward,
// in the same order (so the numbers are the plain loop's, bit for bit, on one thread), but into buffers made once per
// training instead of a new matrix per layer and batch, and with ReLU and the linear activation written out instead of
// called through their delegates.
internal sealed class NetworkBatches
{
    private readonly Neuron[][] _layers;    // the neurons of each layer, first to last
    private readonly double[][] _A;         // _A[0]: the batch's rows of X; _A[l + 1]: layer l's output, m × k row by row
    private readonly double[][] _Z;         // _Z[l]: layer l's z, m × k
    private readonly double[][] _dLossDA;   // _dLossDA[l]: ∂L/∂ of layer l's output, m × k
    private readonly int[] _width;          // _width[0]: inputs; _width[l + 1]: neurons of layer l

    public NetworkBatches(NeuralNetwork network, int batch)
    {
        int layers = network.Layers.Count;
        _layers = new Neuron[layers][];
        _width = new int[layers + 1];
        _width[0] = network.InputCount;
        for (int l = 0; l < layers; l++)
        {
            _layers[l] = [.. network.Layers[l].Neurons];
            _width[l + 1] = _layers[l].Length;
        }
        _A = new double[layers + 1][];
        _Z = new double[layers][];
        _dLossDA = new double[layers][];
        _A[0] = new double[batch * _width[0]];
        for (int l = 0; l < layers; l++)
            (_A[l + 1], _Z[l], _dLossDA[l]) = (new double[batch * _width[l + 1]], new double[batch * _width[l + 1]], new double[batch * _width[l + 1]]);
    }

    /// <summary>
    /// One step on the m rows <paramref name="order"/>[start ..]: ResetGrad, forward, loss (L = mean of the squared
    /// errors), backward from the last layer to the first, Step. Returns <paramref name="sumOfSquaredErrors"/> with the
    /// batch's squared errors added one by one, as the plain loop adds them.
    /// </summary>
    public double Step(double[,] X, double[] y, int[] order, int start, int m, double learningRate, double sumOfSquaredErrors)
    {
        int f = _width[0];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < f; j++)
                _A[0][i * f + j] = X[order[start + i], j];
        foreach (var layer in _layers)
            foreach (var neuron in layer)
                neuron.ResetGrad();

        for (int l = 0; l < _layers.Length; l++)
            Forward(_layers[l], _A[l], _width[l], _Z[l], _A[l + 1], m);

        double[] yHat = _A[^1], dLossDYHat = _dLossDA[^1];
        for (int i = 0; i < m; i++)
        {
            double error = yHat[i] - y[order[start + i]];
            sumOfSquaredErrors += error * error;
            dLossDYHat[i] = 2.0 / m * error;   // as Losses.DMseDYHat
        }

        for (int l = _layers.Length - 1; l >= 0; l--)
            Backward(_layers[l], _A[l], _width[l], _Z[l], _dLossDA[l], l > 0 ? _dLossDA[l - 1] : null, m);
        foreach (var layer in _layers)
            foreach (var neuron in layer)
                neuron.Step(learningRate);
        return sumOfSquaredErrors;
    }

    // zᵢₖ = b⁽ᵏ⁾ + Σⱼ W⁽ᵏ⁾ⱼ·xᵢⱼ and aᵢₖ = σₖ(zᵢₖ), neuron by neuron as Layer.Forward runs them.
    private static void Forward(Neuron[] layer, double[] X, int f, double[] Z, double[] A, int m)
    {
        int width = layer.Length;
        for (int k = 0; k < width; k++)
        {
            var neuron = layer[k];
            double[] W = neuron.W;
            double b = neuron.b;
            var activation = neuron.Activation;
            bool relu = ReferenceEquals(activation, Activation.ReLU), linear = ReferenceEquals(activation, Activation.Linear);
            for (int i = 0; i < m; i++)
            {
                double z = b;
                for (int j = 0; j < f; j++)
                    z += W[j] * X[i * f + j];
                Z[i * width + k] = z;
                A[i * width + k] = relu ? Math.Max(0, z) : linear ? z : activation.Sigma(z);
            }
        }
    }

    // For each neuron k, as Neuron.Backward: ∂L/∂zᵢ = ∂L/∂aᵢₖ·σ′(zᵢₖ), ∂L/∂W += ∂L/∂zᵢ·xᵢ, ∂L/∂b += ∂L/∂zᵢ; and, as
    // Layer.Backward, ∂L/∂X (the layer below's ∂L/∂A) = Σₖ ∂L/∂zᵢ·W⁽ᵏ⁾, added neuron after neuron.
    private static void Backward(Neuron[] layer, double[] X, int f, double[] Z, double[] dLossDA, double[]? dLossDX, int m)
    {
        int width = layer.Length;
        dLossDX?.AsSpan(0, m * f).Clear();
        for (int k = 0; k < width; k++)
        {
            var neuron = layer[k];
            double[] W = neuron.W, dLossDW = neuron.dLossDW;
            var activation = neuron.Activation;
            bool relu = ReferenceEquals(activation, Activation.ReLU), linear = ReferenceEquals(activation, Activation.Linear);
            double dLossDb = 0;
            for (int i = 0; i < m; i++)
            {
                double z = Z[i * width + k];
                double slope = relu ? (z > 0 ? 1 : 0) : linear ? 1 : activation.DSigmaDz(z);
                double dLossDz = dLossDA[i * width + k] * slope;
                for (int j = 0; j < f; j++)
                {
                    dLossDW[j] += dLossDz * X[i * f + j];
                    if (dLossDX is not null)
                        dLossDX[i * f + j] += dLossDz * W[j];
                }
                dLossDb += dLossDz;
            }
            neuron.AddBiasGradient(dLossDb);
        }
    }
}
