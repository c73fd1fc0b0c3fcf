using System;
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace NeuronFromScratch;

// The trainer's fast path: the same forward and backward pass as Neuron.cs, on a slice of consecutive rows of X,
// vectorised (TensorPrimitives) and without allocating per step. A slice reads W and b and writes only the spans it
// is given, so the slices of one big batch can run on different threads (Trainer.cs). NeuronSlicesTests holds it to
// the plain loops' numbers.
public sealed partial class Neuron
{
    /// <summary>
    /// One slice of a batch: ŷ = σ(X·W + b) for rows firstRow .. firstRow + y.Length − 1 of X, the sum of their squared
    /// errors (returned), and the slice's share of the batch's gradient: dL/dW ADDED to <paramref name="dLossDW"/>
    /// (row by row, in row order), dL/db given back. L is the mean over <paramref name="batchCount"/> examples.
    /// <paramref name="z"/> and <paramref name="dLossDz"/> are scratch, at least one entry per row.
    /// </summary>
    internal double SliceGradient(
        double[,] X, int firstRow, ReadOnlySpan<double> y, int batchCount,
        Span<double> z, Span<double> dLossDz, Span<double> dLossDW, out double dLossDb)
    {
        int rowCount = y.Length;
        var x = MemoryMarshal.CreateReadOnlySpan(ref X[firstRow, 0], rowCount * FeatureCount);   // rows are contiguous
        z = z[..rowCount];
        dLossDz = dLossDz[..rowCount];

        // Forward: z = X·W + b, ŷ = σ(z) (into dLossDz for now: it becomes dL/dŷ, then dL/dz, in place).
        if (FeatureCount == 1)
            TensorPrimitives.Multiply(x, _W[0], z);   // X is one column: z = x·w, one vector operation
        else
            for (int i = 0; i < rowCount; i++)
                z[i] = TensorPrimitives.Dot(x.Slice(i * FeatureCount, FeatureCount), _W);
        TensorPrimitives.Add(z, _b, z);
        bool linear = ReferenceEquals(Activation, Activation.Linear);
        if (linear)
            z.CopyTo(dLossDz);
        else
            for (int i = 0; i < rowCount; i++)
                dLossDz[i] = Activation.Sigma(z[i]);

        // Loss: dL/dŷ = 2(ŷ − y)/n; then dL/dz = dL/dŷ · σ′(z).
        double sumOfSquaredErrors = Losses.SquaredErrorsAndGradient(dLossDz, y, batchCount, dLossDz);
        if (!linear)
            for (int i = 0; i < rowCount; i++)
                dLossDz[i] *= Activation.DSigmaDz(z[i]);

        // Backward: dL/dW = Xᵀ·dL/dz, dL/db = Σ dL/dz.
        if (FeatureCount == 1)
            dLossDW[0] += TensorPrimitives.Dot<double>(x, dLossDz);   // one column: one dot product
        else
            AddRowsTimesScalars(x, dLossDz, dLossDW);
        dLossDb = TensorPrimitives.Sum<double>(dLossDz);
        return sumOfSquaredErrors;
    }

    /// <summary>
    /// <see cref="SliceGradient"/> for the per-example loop on one feature, where a vector call per operation costs
    /// more than the arithmetic: the same operations in the same order on plain doubles, added straight to the
    /// accumulators. Returns the squared error.
    /// </summary>
    internal double OneExampleGradient(double x, double y)
    {
        double z = x * _W[0] + _b;
        bool linear = ReferenceEquals(Activation, Activation.Linear);
        double error = (linear ? z : Activation.Sigma(z)) - y;
        double dLossDz = error * 2.0;
        if (!linear)
            dLossDz *= Activation.DSigmaDz(z);
        dLossDW[0] += x * dLossDz;
        dLossDb += dLossDz;
        return error * error;
    }

    /// <summary>Adds dL/dW and dL/db to the accumulators.</summary>
    internal void AddGradient(ReadOnlySpan<double> sliceDW, double sliceDb)
    {
        TensorPrimitives.Add(dLossDW, sliceDW, dLossDW);
        AddBiasGradient(sliceDb);
    }

    /// <summary>Adds dL/db to its accumulator (a slice that added dL/dW straight into dLossDW).</summary>
    internal void AddBiasGradient(double sliceDb) => dLossDb += sliceDb;

    /// <summary>W −= η·dL/dW as one vector operation: W + (−η)·dL/dW, which rounds exactly as Step's loop does.</summary>
    internal void StepVectorised(double learningRate)
    {
        TensorPrimitives.MultiplyAdd(dLossDW, -learningRate, _W, _W);
        _b -= learningRate * dLossDb;
    }

    // dL/dW += Σᵢ xᵢ·dL/dzᵢ, four rows per pass over dL/dW (it is read and written a quarter as often as row by row).
    // Each element still adds its rows one at a time in row order, so the sums round exactly as the row-by-row loop.
    private void AddRowsTimesScalars(ReadOnlySpan<double> x, ReadOnlySpan<double> dLossDz, Span<double> dLossDW)
    {
        int f = FeatureCount, width = Vector<double>.Count, i = 0;
        for (; i + 4 <= dLossDz.Length; i += 4)
        {
            ReadOnlySpan<double> r0 = x.Slice(i * f, f), r1 = x.Slice((i + 1) * f, f),
                                 r2 = x.Slice((i + 2) * f, f), r3 = x.Slice((i + 3) * f, f);
            double a0 = dLossDz[i], a1 = dLossDz[i + 1], a2 = dLossDz[i + 2], a3 = dLossDz[i + 3];
            int j = 0;
            for (; j + width <= f; j += width)
            {
                var sum = new Vector<double>(dLossDW[j..]);
                sum += new Vector<double>(r0[j..]) * a0;
                sum += new Vector<double>(r1[j..]) * a1;
                sum += new Vector<double>(r2[j..]) * a2;
                sum += new Vector<double>(r3[j..]) * a3;
                sum.CopyTo(dLossDW[j..]);
            }
            for (; j < f; j++)
                dLossDW[j] = dLossDW[j] + r0[j] * a0 + r1[j] * a1 + r2[j] * a2 + r3[j] * a3;
        }
        for (; i < dLossDz.Length; i++)
            TensorPrimitives.MultiplyAdd(x.Slice(i * f, f), dLossDz[i], dLossDW, dLossDW);
    }
}
