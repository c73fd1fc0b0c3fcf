using System;
using System.Collections.Generic;
using System.Linq;

namespace NeuronFromScratch;

/// <summary>
/// A layer: several neurons that all read the same inputs. Neuron k turns each row of X into one number, so the
/// layer turns an n × InputCount matrix X into an n × NeuronCount matrix A whose column k is neuron k's ŷ:
/// A[i, k] = σ(Σⱼ X[i, j]·W⁽ᵏ⁾[j] + b⁽ᵏ⁾). Nothing here is new maths: it is the neuron, side by side.
/// </summary>
public sealed class Layer
{
    private readonly Neuron[] _neurons;

    // How many rows the last Forward had: Backward's dL/dA must have as many. 0 means no Forward yet.
    private int _lastRowCount;

    /// <summary>
    /// A layer of <paramref name="neuronCount"/> new neurons, each taking <paramref name="inputCount"/> inputs.
    /// Neuron k starts from seed <paramref name="seed"/> + k, so no two neurons start alike (if they did, they
    /// would get the same gradients and stay alike forever).
    /// </summary>
    /// <param name="inputCount">How many numbers each example brings: the columns of X (at least 1).</param>
    /// <param name="neuronCount">How many neurons, which is how many columns the layer gives (at least 1).</param>
    /// <param name="activation">σ of every neuron, e.g. <c>Activation.ReLU</c>.</param>
    /// <param name="seed">Seed of neuron 0's starting weights; neuron k uses seed + k.</param>
    public Layer(int inputCount, int neuronCount, Activation activation, int seed)
    {
        Guard.AtLeast(inputCount, 1, nameof(inputCount));
        Guard.AtLeast(neuronCount, 1, nameof(neuronCount));
        Guard.NotNull(activation, nameof(activation));
        _neurons = new Neuron[neuronCount];
        for (int k = 0; k < neuronCount; k++)
            _neurons[k] = new Neuron(inputCount, seed + k) { Activation = activation };
    }

    /// <summary>A layer of the given neurons (at least one), which must all take the same number of inputs.
    /// The layer uses the neurons themselves: training the layer trains them.</summary>
    /// <param name="neurons">The neurons, in column order: neuron k gives column k of A.</param>
    public Layer(IEnumerable<Neuron> neurons)
    {
        Guard.NotNull(neurons, nameof(neurons));
        _neurons = neurons.ToArray();
        if (_neurons.Length == 0)
            throw new ArgumentException("A layer needs at least one neuron, but neurons is empty.", nameof(neurons));
        for (int k = 0; k < _neurons.Length; k++)
        {
            Guard.NotNull(_neurons[k], $"{nameof(neurons)}[{k}]");
            if (_neurons[k].FeatureCount != _neurons[0].FeatureCount)
                throw new ArgumentException(
                    $"Every neuron of a layer reads the same inputs, but neuron {k} takes {Guard.Count(_neurons[k].FeatureCount, "input")} " +
                    $"and neuron 0 takes {_neurons[0].FeatureCount}.", nameof(neurons));
        }
    }

    /// <summary>The neurons; neuron k gives column k of A. Each has its own weights, bias and activation.</summary>
    public IReadOnlyList<Neuron> Neurons => Array.AsReadOnly(_neurons);

    /// <summary>How many inputs every neuron takes: the columns of X.</summary>
    public int InputCount => _neurons[0].FeatureCount;

    /// <summary>How many neurons, which is how many outputs (columns of A) the layer gives.</summary>
    public int NeuronCount => _neurons.Length;

    /// <summary>
    /// The forward pass: every neuron runs its own Forward on the same X, and neuron k's ŷ becomes column k of A.
    /// Each neuron remembers its pass for <see cref="Backward"/>.
    /// </summary>
    /// <param name="X">One row per example, <see cref="InputCount"/> columns.</param>
    /// <returns>A, n × <see cref="NeuronCount"/>, in a new matrix.</returns>
    public double[,] Forward(double[,] X)
    {
        Guard.Matrix(X, InputCount, nameof(X), $"the layer takes {Guard.Count(InputCount, "input")}");
        int n = X.GetLength(0);
        var A = new double[n, NeuronCount];
        for (int k = 0; k < NeuronCount; k++)
        {
            double[] yHatK = _neurons[k].Forward(X);
            for (int i = 0; i < n; i++)
                A[i, k] = yHatK[i];
        }
        _lastRowCount = n;
        return A;
    }

    /// <summary>
    /// The backward pass for the last Forward. Column k of dL/dA is what neuron k's ŷ did to the loss, so neuron k
    /// gets that column as its dL/dŷ: it adds its dL/dW and dL/db, and returns its part of dL/dX. Every neuron read
    /// the same X, so X's effect on the loss is the sum of those parts (the chain rule over several paths):
    /// dL/dX[i, j] = Σₖ dL/dA[i, k]·σ′(z[i, k])·W⁽ᵏ⁾[j].
    /// </summary>
    /// <param name="dLossDA">dL/dA, the shape of the last Forward's A (n × <see cref="NeuronCount"/>).</param>
    /// <returns>dL/dX, n × <see cref="InputCount"/>: the dL/dA of the layer below.</returns>
    /// <exception cref="InvalidOperationException">No Forward has run yet.</exception>
    public double[,] Backward(double[,] dLossDA)
    {
        Guard.NotNull(dLossDA, nameof(dLossDA));
        if (_lastRowCount == 0)
            throw new InvalidOperationException("Backward needs a Forward first: it differentiates the last forward pass.");
        int n = _lastRowCount;
        Guard.Shape(dLossDA, n, NeuronCount, nameof(dLossDA), "one row per example of the last Forward, one column per neuron");
        Guard.AllFinite(dLossDA, nameof(dLossDA));

        var dLossDX = new double[n, InputCount];
        for (int k = 0; k < NeuronCount; k++)
        {
            var dLossDYHatK = new double[n];               // column k of dL/dA: neuron k's dL/dŷ
            for (int i = 0; i < n; i++)
                dLossDYHatK[i] = dLossDA[i, k];
            double[,] dLossDXThroughK = _neurons[k].Backward(dLossDYHatK);
            for (int i = 0; i < n; i++)
                for (int j = 0; j < InputCount; j++)
                    dLossDX[i, j] += dLossDXThroughK[i, j];  // Σ over the neurons that read X
        }
        return dLossDX;
    }

    /// <summary>Sets every neuron's dL/dW and dL/db back to zero (Backward adds to them).</summary>
    public void ResetGrad()
    {
        foreach (var neuron in _neurons)
            neuron.ResetGrad();
    }

    /// <summary>One step of gradient descent for every neuron: W −= η·dL/dW and b −= η·dL/db.</summary>
    /// <param name="learningRate">η, the step size: a positive finite number.</param>
    public void Step(double learningRate)
    {
        Guard.PositiveFinite(learningRate, nameof(learningRate));
        foreach (var neuron in _neurons)
            neuron.Step(learningRate);
    }

    /// <summary>The layer's shape and activation, e.g. <c>Layer(2 → 3, tanh)</c>.</summary>
    public override string ToString() =>
        $"Layer({InputCount} → {NeuronCount}, {string.Join("/", _neurons.Select(neuron => neuron.Activation.Name).Distinct())})";
}
