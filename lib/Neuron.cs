using System;
using System.Globalization;
using System.Linq;

namespace NeuronFromScratch;

/// <summary>
/// One artificial neuron: ŷ = σ(z) with z = X·W + b, one row of X per example. It remembers its last forward pass
/// so that <see cref="Backward(double[])"/> can apply the chain rule, and it adds up gradients until
/// <see cref="ResetGrad"/> clears them. (The trainer's vectorised passes over many rows live in
/// Training/NeuronSlices.cs; a test holds them to the same numbers as the loops here.)
/// </summary>
public sealed partial class Neuron
{
    /// <summary>The seed used for the starting weights when none is given, so every run starts alike.</summary>
    public const int DefaultSeed = 0;

    private double[] _weights;
    private double _bias;

    // The last forward pass, kept for the backward pass: its X and its z = X·W + b.
    private double[,]? _lastX;
    private double[] _lastZ = [];

    /// <summary>A neuron for <paramref name="featureCount"/> features, started from <see cref="DefaultSeed"/>.</summary>
    /// <param name="featureCount">f, the number of inputs each example has (at least 1).</param>
    public Neuron(int featureCount) : this(featureCount, DefaultSeed) { }

    /// <summary>A neuron whose weights start small and random (uniform in [−0.5, 0.5)) from <paramref name="seed"/>; bias 0.</summary>
    /// <param name="featureCount">f, the number of inputs each example has (at least 1).</param>
    /// <param name="seed">Seed of the starting weights: the same seed gives the same neuron.</param>
    public Neuron(int featureCount, int seed)
    {
        Guard.AtLeast(featureCount, 1, nameof(featureCount));
        var random = new Random(seed);
        _weights = new double[featureCount];
        for (int j = 0; j < featureCount; j++)
            _weights[j] = random.NextDouble() - 0.5;
        WeightGradients = new double[featureCount];
    }

    /// <summary>f, the number of features the neuron takes.</summary>
    public int FeatureCount => _weights.Length;

    /// <summary>
    /// W, one weight per feature. Its elements can be set directly, or a whole new array of length f
    /// (the neuron then uses that array itself, so <see cref="Step"/> changes it in place).
    /// </summary>
    public double[] Weights
    {
        get => _weights;
        set
        {
            Guard.NotNull(value, nameof(Weights));
            Guard.SameLength(FeatureCount, value.Length, nameof(Weights), "one weight per feature");
            Guard.AllFinite(value, nameof(Weights));
            _weights = value;
        }
    }

    /// <summary>b, the bias: what z is when every input is 0.</summary>
    public double Bias
    {
        get => _bias;
        set { Guard.Finite(value, nameof(Bias)); _bias = value; }
    }

    /// <summary>dL/dW, summed over every Backward call since the last <see cref="ResetGrad"/>.</summary>
    public double[] WeightGradients { get; }

    /// <summary>dL/db, summed over every Backward call since the last <see cref="ResetGrad"/>.</summary>
    public double BiasGradient { get; private set; }

    /// <summary>σ and dσ/dz; linear unless set when the neuron is made (e.g. <c>Activation.ReLU</c>).</summary>
    public Activation Activation { get; init; } = Activation.Linear;

    /// <summary>Sets dL/dW and dL/db back to zero. Call it before each backward pass, because Backward adds.</summary>
    public void ResetGrad()
    {
        Array.Clear(WeightGradients);
        BiasGradient = 0;
    }

    /// <summary>
    /// The forward pass on a matrix: zᵢ = Σⱼ wⱼ·xᵢⱼ + b and ŷᵢ = σ(zᵢ) for each row i. Remembered for Backward,
    /// which reads X again: change X in between and the gradients will be of the changed X.
    /// </summary>
    /// <param name="X">One row per example, one column per feature (f columns).</param>
    /// <returns>ŷ, one prediction per row, in a new array.</returns>
    public double[] Forward(double[,] X)
    {
        Guard.Matrix(X, FeatureCount, nameof(X));
        int n = X.GetLength(0);
        var z = new double[n];
        var yHat = new double[n];
        for (int i = 0; i < n; i++)
        {
            z[i] = _bias;
            for (int j = 0; j < FeatureCount; j++)
                z[i] += _weights[j] * X[i, j];
            yHat[i] = Activation.Function(z[i]);
        }
        _lastX = X;
        _lastZ = z;
        return yHat;
    }

    /// <summary>The forward pass on one example: ŷ = σ(x·W + b). Remembered for Backward.</summary>
    /// <param name="example">x, the example's f feature values.</param>
    public double Forward(double[] example)
    {
        Guard.NotNull(example, nameof(example));
        Guard.SameLength(FeatureCount, example.Length, nameof(example), "one value per feature");
        Guard.AllFinite(example, nameof(example));
        var X = new double[1, FeatureCount];
        for (int j = 0; j < FeatureCount; j++)
            X[0, j] = example[j];
        return Forward(X)[0];
    }

    /// <summary>
    /// The backward pass for the last Forward, by the chain rule. For each example i, with
    /// dL/dzᵢ = dL/dŷᵢ · σ′(zᵢ): dL/dwⱼ += dL/dzᵢ · xᵢⱼ and dL/db += dL/dzᵢ (added, not replaced, so several
    /// passes can be summed), and dL/dxᵢⱼ = dL/dzᵢ · wⱼ is returned: what a layer below needs.
    /// </summary>
    /// <param name="dLossDPrediction">dL/dŷ, one value per example of the last Forward.</param>
    /// <returns>dL/dX: one row per example, one column per input.</returns>
    /// <exception cref="InvalidOperationException">No Forward has run yet.</exception>
    public double[,] Backward(double[] dLossDPrediction)
    {
        Guard.NotNull(dLossDPrediction, nameof(dLossDPrediction));
        var X = _lastX ?? throw new InvalidOperationException(
            "Backward needs a Forward first: it differentiates the last forward pass.");
        Guard.SameLength(_lastZ.Length, dLossDPrediction.Length, nameof(dLossDPrediction),
            "one derivative per example of the last Forward");
        Guard.AllFinite(dLossDPrediction, nameof(dLossDPrediction));
        var dLossDX = new double[_lastZ.Length, FeatureCount];
        for (int i = 0; i < _lastZ.Length; i++)
        {
            double dLossDz = dLossDPrediction[i] * Activation.Derivative(_lastZ[i]);
            for (int j = 0; j < FeatureCount; j++)
            {
                WeightGradients[j] += dLossDz * X[i, j];   // ∂z/∂wⱼ = xᵢⱼ
                dLossDX[i, j] = dLossDz * _weights[j];     // ∂z/∂xᵢⱼ = wⱼ
            }
            BiasGradient += dLossDz;                       // ∂z/∂b = 1
        }
        return dLossDX;
    }

    /// <summary>The backward pass for a Forward on one example; see <see cref="Backward(double[])"/>.</summary>
    /// <param name="dLossDPrediction">dL/dŷ for that example.</param>
    /// <returns>dL/dx, one value per input.</returns>
    public double[] Backward(double dLossDPrediction)
    {
        Guard.Finite(dLossDPrediction, nameof(dLossDPrediction));
        if (_lastX is not null && _lastZ.Length != 1)
            Guard.SameLength(_lastZ.Length, 1, nameof(dLossDPrediction),
                "one derivative per example of the last Forward: pass an array");
        var dLossDX = Backward([dLossDPrediction]);
        return Enumerable.Range(0, FeatureCount).Select(j => dLossDX[0, j]).ToArray();
    }

    /// <summary>One step of gradient descent, downhill: W −= η·dL/dW and b −= η·dL/db.</summary>
    /// <param name="learningRate">η, the step size: a positive finite number.</param>
    public void Step(double learningRate)
    {
        Guard.PositiveFinite(learningRate, nameof(learningRate));
        for (int j = 0; j < FeatureCount; j++)
            _weights[j] -= learningRate * WeightGradients[j];
        _bias -= learningRate * BiasGradient;
    }

    /// <summary>The neuron's parameters, e.g. <c>Neuron(W = [0.1, -0.2], b = 0)</c>.</summary>
    public override string ToString() =>
        $"Neuron(W = [{string.Join(", ", _weights.Select(w => w.ToString("G6", CultureInfo.InvariantCulture)))}], " +
        $"b = {_bias.ToString("G6", CultureInfo.InvariantCulture)})";
}
