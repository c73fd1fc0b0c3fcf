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
    private double[] _dLossDz = [];

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

    /// <summary>σ and dσ/dz; linear unless set when the neuron is made.</summary>
    public Activation Activation { get; init; } = Activation.Linear;

    /// <summary>Sets dL/dW and dL/db back to zero. Call it before each backward pass, because Backward adds.</summary>
    public void ResetGrad()
    {
        Array.Clear(WeightGradients);
        BiasGradient = 0;
    }

    /// <summary>
    /// The forward pass on a matrix: ŷᵢ = σ(Xᵢ·W + b) for each row i. Remembered for Backward, which reads X
    /// again: change X in between and the gradients will be of the changed X.
    /// </summary>
    /// <param name="inputs">X: one row per example, one column per feature (f columns).</param>
    /// <returns>ŷ, one prediction per row, in a new array.</returns>
    public double[] Forward(double[,] inputs)
    {
        Guard.Matrix(inputs, FeatureCount, nameof(inputs));
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
        var x = Rows(X, firstRow, rowCount);
        var z = Buffer(ref _lastZ, rowCount);
        // z = X·W + b
        if (FeatureCount == 1)
            TensorPrimitives.Multiply(x, _weights[0], z); // X is one column: z = x·w, one vector operation
        else
            for (int i = 0; i < rowCount; i++)
                z[i] = TensorPrimitives.Dot(x.Slice(i * FeatureCount, FeatureCount), _weights);
        TensorPrimitives.Add(z, _bias, z);
        // ŷ = σ(z)
        Activation.Apply(z, predictions);
        (_lastX, _lastFirstRow, _lastRowCount) = (X, firstRow, rowCount);
    }

    internal void Backward(ReadOnlySpan<double> dLossDPrediction)
    {
        var x = Rows(_lastX!, _lastFirstRow, _lastRowCount);
        var dLossDz = Buffer(ref _dLossDz, _lastRowCount);
        // dL/dz = dL/dŷ · dŷ/dz
        Activation.ChainDerivative(_lastZ.AsSpan(0, _lastRowCount), dLossDPrediction, dLossDz);
        // dL/dW += Σᵢ dL/dzᵢ · xᵢ, because dz/dW = x
        if (FeatureCount == 1)
            WeightGradients[0] += TensorPrimitives.Dot<double>(x, dLossDz); // X is one column: one dot product
        else
            for (int i = 0; i < dLossDz.Length; i++)
                TensorPrimitives.MultiplyAdd(
                    x.Slice(i * FeatureCount, FeatureCount), dLossDz[i], WeightGradients, WeightGradients);
        // dL/db += Σᵢ dL/dzᵢ, because dz/db = 1
        BiasGradient += TensorPrimitives.Sum<double>(dLossDz);
    }

    private void RequireForward()
    {
        if (_lastX is null)
            throw new InvalidOperationException("Backward needs a Forward first: it differentiates the last forward pass.");
    }

    // Consecutive rows of a rectangular array are contiguous in memory, so they can be viewed as one span.
    private ReadOnlySpan<double> Rows(double[,] X, int first, int count) =>
        MemoryMarshal.CreateReadOnlySpan(ref X[first, 0], count * FeatureCount);

    // A scratch span of `length`, reusing the array when it is big enough: no allocation per training step.
    private static Span<double> Buffer(ref double[] array, int length)
    {
        if (array.Length < length)
            array = new double[length];
        return array.AsSpan(0, length);
    }
}
