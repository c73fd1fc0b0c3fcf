using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace NeuronFromScratch;

// The trainer's fast path: the same forward and backward pass as Neuron.cs, on a slice of consecutive rows of X,
// vectorised (TensorPrimitives) and without allocating per step. It keeps its own record of the last pass, so it
// never mixes with the plain Forward/Backward. NeuronSlicesTests holds it to the plain loops' numbers.
public sealed partial class Neuron
{
    private double[,]? _sliceX;
    private int _sliceFirstRow;
    private int _sliceRowCount;
    private double[] _sliceZ = [];
    private double[] _sliceDLossDz = [];

    // ŷ = σ(X·W + b) for rows firstRow .. firstRow + rowCount − 1 of X, into `predictions`.
    internal void ForwardRows(double[,] X, int firstRow, int rowCount, Span<double> predictions)
    {
        var x = Rows(X, firstRow, rowCount);
        var z = Buffer(ref _sliceZ, rowCount);
        if (FeatureCount == 1)
            TensorPrimitives.Multiply(x, _weights[0], z);   // X is one column: z = x·w, one vector operation
        else
            for (int i = 0; i < rowCount; i++)
                z[i] = TensorPrimitives.Dot(x.Slice(i * FeatureCount, FeatureCount), _weights);
        TensorPrimitives.Add(z, _bias, z);
        if (ReferenceEquals(Activation, Activation.Linear))
            z.CopyTo(predictions);
        else
            for (int i = 0; i < rowCount; i++)
                predictions[i] = Activation.Function(z[i]);
        (_sliceX, _sliceFirstRow, _sliceRowCount) = (X, firstRow, rowCount);
    }

    // Adds dL/dW and dL/db for the last ForwardRows, given dL/dŷ for its rows.
    internal void BackwardRows(ReadOnlySpan<double> dLossDPrediction)
    {
        var x = Rows(_sliceX!, _sliceFirstRow, _sliceRowCount);
        var z = _sliceZ.AsSpan(0, _sliceRowCount);
        var dLossDz = Buffer(ref _sliceDLossDz, _sliceRowCount);
        if (ReferenceEquals(Activation, Activation.Linear))
            dLossDPrediction[.._sliceRowCount].CopyTo(dLossDz);   // σ′ = 1
        else
            for (int i = 0; i < _sliceRowCount; i++)
                dLossDz[i] = dLossDPrediction[i] * Activation.Derivative(z[i]);
        if (FeatureCount == 1)
            WeightGradients[0] += TensorPrimitives.Dot<double>(x, dLossDz);   // one column: one dot product
        else
            for (int i = 0; i < dLossDz.Length; i++)
                TensorPrimitives.MultiplyAdd(x.Slice(i * FeatureCount, FeatureCount), dLossDz[i], WeightGradients, WeightGradients);
        BiasGradient += TensorPrimitives.Sum<double>(dLossDz);
    }

    // W −= η·dL/dW as one vector operation: W + (−η)·dL/dW, which rounds exactly as Step's loop does.
    internal void StepVectorised(double learningRate)
    {
        TensorPrimitives.MultiplyAdd(WeightGradients, -learningRate, _weights, _weights);
        _bias -= learningRate * BiasGradient;
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
