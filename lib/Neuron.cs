using System;
using System.Globalization;
using System.Linq;

namespace NeuronFromScratch;

/// <summary>
/// One artificial neuron: ŷ = σ(z) with z = XW + b, one row of X per example. Forward remembers X and z; Backward
/// applies the chain rule to them and adds to dL/dW and dL/db until ResetGrad clears them; Step goes downhill.
/// (The trainer's vectorised passes over many rows are in Training/NeuronSlices.cs, tested equal to these loops.)
/// </summary>
public sealed partial class Neuron
{
    /// <summary>The seed of the starting weights when none is given, so every run starts alike.</summary>
    public const int DefaultSeed = 0;

    private double[] _W;
    private double _b;
    private double[,]? _lastX;     // the last Forward's X and z, for Backward
    private double[] _lastZ = [];

    /// <summary>A neuron for <paramref name="featureCount"/> features, started from <see cref="DefaultSeed"/>.</summary>
    /// <param name="featureCount">f, the number of inputs each example has (at least 1).</param>
    public Neuron(int featureCount) : this(featureCount, DefaultSeed) { }

    /// <summary>A neuron whose weights start uniform in [−0.5, 0.5) from <paramref name="seed"/>, with b = 0.</summary>
    /// <param name="featureCount">f, the number of inputs each example has (at least 1).</param>
    /// <param name="seed">The same seed gives the same neuron.</param>
    public Neuron(int featureCount, int seed)
    {
        Guard.AtLeast(featureCount, 1, nameof(featureCount));
        var random = new Random(seed);
        _W = new double[featureCount];
        for (int j = 0; j < featureCount; j++)
            _W[j] = random.NextDouble() - 0.5;
        dLossDW = new double[featureCount];
    }

    /// <summary>f, the number of features the neuron takes.</summary>
    public int FeatureCount => _W.Length;

    /// <summary>W, one weight per feature: set its elements, or a new array of f (which the neuron then uses itself).</summary>
    public double[] W
    {
        get => _W;
        set { Guard.Vector(value, FeatureCount, nameof(W), "one weight per feature"); _W = value; }
    }

    /// <summary>b, the bias: z when every input is 0.</summary>
    public double b
    {
        get => _b;
        set { Guard.Finite(value, nameof(b)); _b = value; }
    }

    /// <summary>∂L/∂W, added up over every Backward since the last <see cref="ResetGrad"/>.</summary>
    public double[] dLossDW { get; }

    /// <summary>∂L/∂b, added up over every Backward since the last <see cref="ResetGrad"/>.</summary>
    public double dLossDb { get; private set; }

    /// <summary>σ and dσ/dz; linear unless set when the neuron is made (e.g. <c>Activation.ReLU</c>).</summary>
    public Activation Activation { get; init; } = Activation.Linear;

    /// <summary>∂L/∂W = 0 and ∂L/∂b = 0. Call it before each backward pass, because Backward adds.</summary>
    public void ResetGrad()
    {
        Array.Clear(dLossDW);
        dLossDb = 0;
    }

    /// <summary>zᵢ = Σⱼ wⱼ·xᵢⱼ + b and ŷᵢ = σ(zᵢ) for every row i of <paramref name="X"/> (n × f); kept for Backward.</summary>
    /// <returns>ŷ, one prediction per row, in a new array.</returns>
    public double[] Forward(double[,] X)
    {
        Guard.Matrix(X, FeatureCount, nameof(X));
        int n = X.GetLength(0);
        var z = new double[n];
        var yHat = new double[n];
        for (int i = 0; i < n; i++)
        {
            z[i] = _b;
            for (int j = 0; j < FeatureCount; j++)
                z[i] += _W[j] * X[i, j];
            yHat[i] = Activation.Sigma(z[i]);
        }
        (_lastX, _lastZ) = (X, z);
        return yHat;
    }

    /// <summary>The forward pass on one example <paramref name="x"/> (f values): ŷ = σ(x·W + b).</summary>
    public double Forward(double[] x)
    {
        Guard.Vector(x, FeatureCount, nameof(x), "one value per feature");
        var X = new double[1, x.Length];
        for (int j = 0; j < x.Length; j++)
            X[0, j] = x[j];
        return Forward(X)[0];
    }

    /// <summary>
    /// The chain rule for the last Forward: for every row i, ∂L/∂zᵢ = ∂L/∂ŷᵢ · σ′(zᵢ); then ∂L/∂wⱼ += ∂L/∂zᵢ · xᵢⱼ and
    /// ∂L/∂b += ∂L/∂zᵢ (added, so passes can be summed), and ∂L/∂xᵢⱼ = ∂L/∂zᵢ · wⱼ is returned for a layer below.
    /// </summary>
    /// <param name="dLossDYHat">∂L/∂ŷ, one value per row of the last Forward.</param>
    /// <returns>∂L/∂X, the shape of the last Forward's X.</returns>
    /// <exception cref="InvalidOperationException">No Forward has run yet.</exception>
    public double[,] Backward(double[] dLossDYHat)
    {
        var X = _lastX ?? throw new InvalidOperationException("Backward needs a Forward first: it differentiates the last forward pass.");
        Guard.Vector(dLossDYHat, _lastZ.Length, nameof(dLossDYHat), "one derivative per example of the last Forward");
        var dLossDX = new double[_lastZ.Length, FeatureCount];
        for (int i = 0; i < _lastZ.Length; i++)
        {
            double dLossDz = dLossDYHat[i] * Activation.DSigmaDz(_lastZ[i]);
            for (int j = 0; j < FeatureCount; j++)
            {
                dLossDW[j] += dLossDz * X[i, j];     // ∂zᵢ/∂wⱼ = xᵢⱼ
                dLossDX[i, j] = dLossDz * _W[j];     // ∂zᵢ/∂xᵢⱼ = wⱼ
            }
            dLossDb += dLossDz;                      // ∂zᵢ/∂b = 1
        }
        return dLossDX;
    }

    /// <summary>Backward for a Forward on one example: ∂L/∂ŷ is one number; returns ∂L/∂x, one per input.</summary>
    public double[] Backward(double dLossDYHat)
    {
        Guard.Finite(dLossDYHat, nameof(dLossDYHat));
        if (_lastX is not null && _lastZ.Length != 1)
            Guard.SameLength(_lastZ.Length, 1, nameof(dLossDYHat), "one derivative per example of the last Forward: pass an array");
        var dLossDX = Backward([dLossDYHat]);
        return Enumerable.Range(0, FeatureCount).Select(j => dLossDX[0, j]).ToArray();
    }

    /// <summary>One step downhill: W −= η·∂L/∂W and b −= η·∂L/∂b, with η = <paramref name="learningRate"/> (positive).</summary>
    public void Step(double learningRate)
    {
        Guard.PositiveFinite(learningRate, nameof(learningRate));
        for (int j = 0; j < FeatureCount; j++)
            _W[j] -= learningRate * dLossDW[j];
        _b -= learningRate * dLossDb;
    }

    /// <summary>The neuron's parameters, e.g. <c>Neuron(W = [0.1, -0.2], b = 0)</c>.</summary>
    public override string ToString() =>
        $"Neuron(W = [{string.Join(", ", _W.Select(w => w.ToString("G6", CultureInfo.InvariantCulture)))}], " +
        $"b = {_b.ToString("G6", CultureInfo.InvariantCulture)})";
}
