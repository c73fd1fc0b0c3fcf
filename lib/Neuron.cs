using System;
using System.Globalization;
using System.Linq;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace NeuronFromScratch;

/// <summary>
/// One artificial neuron: ŷ = σ(z) with z = X·W + b. It remembers its last forward pass so that
/// <see cref="Backward(double[])"/> can apply the chain rule, and it accumulates gradients until
/// <see cref="ResetGrad"/> clears them.
/// </summary>
public sealed class Neuron
{
    /// <summary>The seed used for the starting weights when none is given, so every run starts alike.</summary>
    public const int DefaultSeed = 0;

    private double[] _weights;
    private double _bias;
    private readonly double[,] _oneExample;

    // The last forward pass, kept for the backward pass: which rows of which X, and their z values.
    private double[,]? _lastX;
    private int _lastFirstRow;
    private int _lastRowCount;
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
        _oneExample = new double[1, featureCount];
    }

    /// <summary>f, the number of features the neuron takes.</summary>
    public int FeatureCount => _weights.Length;

    /// <summary>W, one weight per feature. Its elements can be set directly, or a whole new array of length f.</summary>
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
    public double BiasGradient { get; set; }

    /// <summary>σ and dσ/dz; linear unless set when the neuron is made.</summary>
    public Activation Activation { get; init; } = Activation.Linear;

    /// <summary>Sets dL/dW and dL/db back to zero. Call it before each backward pass, because Backward adds.</summary>
    public void ResetGrad()
    {
        Array.Clear(WeightGradients);
        BiasGradient = 0;
    }

    /// <summary>The forward pass on a matrix: ŷᵢ = σ(Xᵢ·W + b) for each row i. Remembered for Backward.</summary>
    /// <param name="inputs">X: one row per example, one column per feature (f columns).</param>
    /// <returns>ŷ, one prediction per row, in a new array.</returns>
    public double[] Forward(double[,] inputs)
    {
        CheckInputs(inputs, nameof(inputs));
        var predictions = new double[inputs.GetLength(0)];
        Forward(inputs, 0, predictions.Length, predictions);
        return predictions;
    }

    /// <summary>The forward pass on one example: ŷ = σ(x·W + b). Remembered for Backward.</summary>
    /// <param name="example">x, the example's f feature values.</param>
    public double Forward(double[] example)
    {
        Guard.NotNull(example, nameof(example));
        Guard.SameLength(FeatureCount, example.Length, nameof(example), "one value per feature");
        Guard.AllFinite(example, nameof(example));
        for (int j = 0; j < FeatureCount; j++)
            _oneExample[0, j] = example[j];
        Span<double> prediction = stackalloc double[1];
        Forward(_oneExample, 0, 1, prediction);
        return prediction[0];
    }

    /// <summary>
    /// The backward pass for the last Forward: by the chain rule, for each example i
    /// dL/dW += dL/dŷᵢ · dŷᵢ/dzᵢ · dzᵢ/dW (where dzᵢ/dW = xᵢ) and dL/db += dL/dŷᵢ · dŷᵢ/dzᵢ · 1.
    /// Adds to the gradients (it does not replace them), so several passes can be summed.
    /// </summary>
    /// <param name="dLossDPrediction">dL/dŷ, one value per example of the last Forward.</param>
    /// <exception cref="InvalidOperationException">No Forward has run yet.</exception>
    public void Backward(double[] dLossDPrediction)
    {
        Guard.NotNull(dLossDPrediction, nameof(dLossDPrediction));
        RequireForward();
        Guard.SameLength(_lastRowCount, dLossDPrediction.Length, nameof(dLossDPrediction),
            "one derivative per example of the last Forward");
        Guard.AllFinite(dLossDPrediction, nameof(dLossDPrediction));
        Backward(dLossDPrediction.AsSpan());
    }

    /// <summary>The backward pass for a Forward on one example; see <see cref="Backward(double[])"/>.</summary>
    /// <param name="dLossDPrediction">dL/dŷ for that example.</param>
    public void Backward(double dLossDPrediction)
    {
        Guard.Finite(dLossDPrediction, nameof(dLossDPrediction));
        RequireForward();
        Guard.SameLength(_lastRowCount, 1, nameof(dLossDPrediction),
            "one derivative per example of the last Forward: pass an array");
        Backward([dLossDPrediction]);
    }

    /// <summary>One step of gradient descent, downhill: W −= η·dL/dW and b −= η·dL/db.</summary>
    /// <param name="learningRate">η, the step size: a positive finite number.</param>
    public void Step(double learningRate)
    {
        Guard.PositiveFinite(learningRate, nameof(learningRate));
        TensorPrimitives.MultiplyAdd(WeightGradients, -learningRate, _weights, _weights);
        _bias -= learningRate * BiasGradient;
    }

    /// <summary>The neuron's parameters, e.g. <c>Neuron(W = [0.1, -0.2], b = 0)</c>.</summary>
    public override string ToString() =>
        $"Neuron(W = [{string.Join(", ", _weights.Select(w => w.ToString("G6", CultureInfo.InvariantCulture)))}], " +
        $"b = {_bias.ToString("G6", CultureInfo.InvariantCulture)})";

    // Rows firstRow .. firstRow+rowCount−1 of X, without copying: the training loop's path.
    internal void Forward(double[,] X, int firstRow, int rowCount, Span<double> predictions)
    {
        if (_lastZ.Length < rowCount)
            _lastZ = new double[rowCount];
        for (int i = 0; i < rowCount; i++)
        {
            double z = TensorPrimitives.Dot(Row(X, firstRow + i), _weights) + _bias;
            _lastZ[i] = z;
            predictions[i] = Activation.Function(z);
        }
        (_lastX, _lastFirstRow, _lastRowCount) = (X, firstRow, rowCount);
    }

    internal void Backward(ReadOnlySpan<double> dLossDPrediction)
    {
        for (int i = 0; i < _lastRowCount; i++)
        {
            double dLossDz = dLossDPrediction[i] * Activation.Derivative(_lastZ[i]);
            TensorPrimitives.MultiplyAdd(Row(_lastX!, _lastFirstRow + i), dLossDz, WeightGradients, WeightGradients);
            BiasGradient += dLossDz;
        }
    }

    // name: the caller's parameter name (inputs, X), so the message matches what the learner typed.
    internal void CheckInputs(double[,] inputs, string name)
    {
        Guard.NotNull(inputs, name);
        Guard.NotEmpty(inputs.GetLength(0), name);
        if (inputs.GetLength(1) != FeatureCount)
            throw new ArgumentException(
                $"{name} has {inputs.GetLength(1)} columns, but this neuron takes {FeatureCount} features: " +
                $"{name} must be n × {FeatureCount} (one row per example), but it is " +
                $"{inputs.GetLength(0)} × {inputs.GetLength(1)}.", name);
        Guard.AllFinite(inputs, name);
    }

    private void RequireForward()
    {
        if (_lastX is null)
            throw new InvalidOperationException("Backward needs a Forward first: it differentiates the last forward pass.");
    }

    // A row of a rectangular array is contiguous in memory, so it can be viewed as a span.
    private ReadOnlySpan<double> Row(double[,] X, int i) =>
        MemoryMarshal.CreateReadOnlySpan(ref X[i, 0], FeatureCount);
}
