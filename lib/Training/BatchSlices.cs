using System;
using System.Threading.Tasks;

namespace NeuronFromScratch;

// How the trainer computes one batch's gradient fast: the batch is cut into slices of SliceRows consecutive rows (so
// a slice is still in the cache when its backward pass reads it again), each slice's gradient is computed on its own
// (Neuron.SliceGradient), and the slices' gradients are added to the neuron's accumulators in slice order. Big
// batches run their slices on all cores. The numbers depend only on SliceRows, never on the number of threads or
// cores, so a run repeats exactly on any machine; a batch of at most SliceRows rows gives the plain loop's numbers.
internal sealed class BatchSlices
{
    private const int SliceRows = 512;

    // Below this many numbers (rows × features) in a batch, starting threads costs more than it saves.
    private const int ParallelFrom = 1 << 17;

    private readonly Neuron _neuron;
    private readonly int _width;                 // a slice's gradient: dL/dW (FeatureCount), then dL/db
    private readonly double[] _z = new double[SliceRows], _dLossDz = new double[SliceRows];   // scratch of one slice
    private readonly double[] _gradients;        // one gradient per slice, side by side
    private readonly double[] _sumsOfSquaredErrors;
    private readonly double[,] _gatheredX;       // shuffled rows are copied here: a slice reads contiguous rows
    private readonly double[] _gatheredY;

    /// <summary>Buffers for batches of up to <paramref name="batch"/> rows; <paramref name="gatherFeatures"/> is the
    /// feature count when rows will be gathered in a shuffled order, else 0.</summary>
    public BatchSlices(Neuron neuron, int batch, int gatherFeatures)
    {
        _neuron = neuron;
        _width = neuron.FeatureCount + 1;
        int sliceCount = (batch + SliceRows - 1) / SliceRows;
        _gradients = new double[sliceCount > 1 ? sliceCount * _width : 0];
        _sumsOfSquaredErrors = new double[sliceCount];
        _gatheredX = new double[gatherFeatures == 0 ? 0 : batch, gatherFeatures];
        _gatheredY = new double[gatherFeatures == 0 ? 0 : batch];
    }

    /// <summary>
    /// One step of gradient descent on a batch, the trainer's five steps vectorised: ResetGrad, then forward, loss and
    /// backward over the batch's rows (<paramref name="order"/>[start .. start + count − 1] when <paramref name="shuffled"/>,
    /// else rows start .. start + count − 1), then the step. Returns the sum of the batch's squared errors.
    /// </summary>
    public double Step(double[,] X, double[] y, int[] order, bool shuffled, int start, int count, double learningRate)
    {
        _neuron.ResetGrad();
        double sumOfSquaredErrors = shuffled ? Gradient(X, y, order.AsSpan(start, count)) : Gradient(X, y, start, count);
        _neuron.StepVectorised(learningRate);
        return sumOfSquaredErrors;
    }

    /// <summary>Adds the gradient of rows <paramref name="start"/> .. start + count − 1 to the neuron's
    /// accumulators; returns the sum of their squared errors.</summary>
    public double Gradient(double[,] X, double[] y, int start, int count)
    {
        if (count == 1 && _neuron.FeatureCount == 1)
            return _neuron.OneExampleGradient(X[start, 0], y[start]);
        int sliceCount = (count + SliceRows - 1) / SliceRows;
        if (sliceCount == 1)
        {
            // One slice adds straight into the (reset) accumulators: 0 + its sum is its sum, so nothing is copied.
            double squaredErrors = _neuron.SliceGradient(X, start, y.AsSpan(start, count), count, _z, _dLossDz,
                _neuron.dLossDW, out double dLossDb);
            _neuron.AddBiasGradient(dLossDb);
            return squaredErrors;
        }

        if ((long)count * _neuron.FeatureCount >= ParallelFrom)
            SlicesInParallel(X, y, start, count, sliceCount);
        else
            Slices(X, y, start, count, 0, sliceCount, _z, _dLossDz);

        double sumOfSquaredErrors = 0;
        for (int s = 0; s < sliceCount; s++)   // always in slice order: the same sums whatever ran where
        {
            _neuron.AddGradient(_gradients.AsSpan(s * _width, _width - 1), _gradients[s * _width + _width - 1]);
            sumOfSquaredErrors += _sumsOfSquaredErrors[s];
        }
        return sumOfSquaredErrors;
    }

    /// <summary>The same for the rows listed in <paramref name="rows"/> (a shuffled order), gathered first.</summary>
    public double Gradient(double[,] X, double[] y, ReadOnlySpan<int> rows)
    {
        for (int i = 0; i < rows.Length; i++)
        {
            for (int j = 0; j < X.GetLength(1); j++)
                _gatheredX[i, j] = X[rows[i], j];
            _gatheredY[i] = y[rows[i]];
        }
        return Gradient(_gatheredX, _gatheredY, 0, rows.Length);
    }

    // Its own method: the lambda's captured variables would otherwise be allocated on every call of Gradient, even
    // the per-example ones that never start a thread. Each worker takes a run of consecutive slices with scratch of its
    // own; which worker takes which run does not change any number.
    private void SlicesInParallel(double[,] X, double[] y, int start, int count, int sliceCount)
    {
        int workers = Math.Min(sliceCount, Environment.ProcessorCount);
        Parallel.For(0, workers, w => Slices(X, y, start, count,
            sliceCount * w / workers, sliceCount * (w + 1) / workers, new double[SliceRows], new double[SliceRows]));
    }

    private void Slices(double[,] X, double[] y, int start, int count, int fromSlice, int toSlice,
        double[] z, double[] dLossDz)
    {
        for (int s = fromSlice; s < toSlice; s++)
        {
            int first = start + s * SliceRows;
            int rows = Math.Min(SliceRows, count - s * SliceRows);
            var gradient = _gradients.AsSpan(s * _width, _width);
            gradient.Clear();
            _sumsOfSquaredErrors[s] = _neuron.SliceGradient(X, first, y.AsSpan(first, rows), count, z, dLossDz,
                gradient[..^1], out gradient[^1]);
        }
    }
}
