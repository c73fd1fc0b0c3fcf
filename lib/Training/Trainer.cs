using System;
using System.Linq;

namespace NeuronFromScratch;

/// <summary>
/// Gradient descent on the mean squared error: for each epoch, for each batch of examples,
/// ResetGrad → Forward → loss → Backward → Step. The notebooks write the same loop out by hand.
/// </summary>
public static class Trainer
{
    /// <summary>Pass as <c>batchSize</c> to use every example in each step (full-batch gradient descent).</summary>
    public const int FullBatch = int.MaxValue;

    /// <summary>Trains <paramref name="neuron"/> on a data set; see the other overload.</summary>
    public static TrainingHistory Train(
        Neuron neuron, Dataset data, int epochs, double learningRate, int batchSize = 1,
        bool shuffle = false, int seed = 0, Action<EpochResult>? onEpoch = null)
    {
        Guard.NotNull(data, nameof(data));
        return Train(neuron, data.X, data.y, epochs, learningRate, batchSize, shuffle, seed, onEpoch);
    }

    /// <summary>
    /// Trains <paramref name="neuron"/> in place by gradient descent on the mean squared error.
    /// </summary>
    /// <param name="neuron">The neuron to train; its weights and bias change.</param>
    /// <param name="X">Inputs: one row per example, one column per feature.</param>
    /// <param name="y">Targets, one per row of X.</param>
    /// <param name="epochs">How many passes over all the examples (0 or more).</param>
    /// <param name="learningRate">η, the step size: a positive finite number.</param>
    /// <param name="batchSize">Examples per step: 1 is per-example (stochastic) gradient descent, the default;
    /// <see cref="FullBatch"/> (or anything ≥ n) uses them all; in between is mini-batch.</param>
    /// <param name="shuffle">Visit the examples in a new random order each epoch.</param>
    /// <param name="seed">Seed of that order, so a run can be repeated exactly.</param>
    /// <param name="onEpoch">Called after each epoch, e.g. to print progress.</param>
    /// <returns>Loss, W and b after every epoch. Loss[e] is the mean, over the epoch, of each example's squared
    /// error as it was measured before that example's step (what the hand-written loop prints).</returns>
    /// <exception cref="TrainingDivergedException">The loss or the parameters stopped being finite numbers.</exception>
    public static TrainingHistory Train(
        Neuron neuron, double[,] X, double[] y, int epochs, double learningRate, int batchSize = 1,
        bool shuffle = false, int seed = 0, Action<EpochResult>? onEpoch = null)
    {
        Guard.NotNull(neuron, nameof(neuron));
        Guard.Matrix(X, neuron.FeatureCount, nameof(X));
        Guard.TrainingArguments(X, y, epochs, learningRate, batchSize);
        int n = X.GetLength(0), f = X.GetLength(1);

        int batch = Math.Min(batchSize, n);
        int[] order = new int[n];   // the rows, in the order an epoch visits them
        var random = new Random(seed);
        var history = new TrainingHistory(epochs);
        // Big data takes the same five steps vectorised, on all cores (Training/BatchSlices.cs), tested equal to the loop.
        var fastPath = X.Length >= Batch.FastPathFrom ? new BatchSlices(neuron, batch, shuffle ? f : 0) : null;

        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            for (int i = 0; i < n; i++)
                order[i] = i;
            if (shuffle) random.Shuffle(order);   // X and y together, a new order every epoch
            double sumOfSquaredErrors = 0;
            for (int start = 0; start < n; start += batch)
            {
                int m = Math.Min(batch, n - start);
                if (fastPath is not null)
                {
                    sumOfSquaredErrors += fastPath.Step(X, y, order, shuffle, start, m, learningRate);
                    continue;
                }
                var (XBatch, yBatch) = Batch.Rows(X, y, order, start, m);
                neuron.ResetGrad();
                double[] yHat = neuron.Forward(XBatch);
                double loss = Losses.Mse(yHat, yBatch);
                neuron.Backward(Losses.DMseDYHat(yHat, yBatch));
                neuron.Step(learningRate);
                sumOfSquaredErrors += loss * m;
            }

            double epochLoss = sumOfSquaredErrors / n;
            if (!double.IsFinite(epochLoss) || !double.IsFinite(neuron.b) || !neuron.W.All(double.IsFinite))
                throw new TrainingDivergedException(epoch, learningRate, epochLoss);
            history.Add(epochLoss, neuron.W, neuron.b);
            onEpoch?.Invoke(new EpochResult(epoch, epochLoss, (double[])neuron.W.Clone(), neuron.b));
        }
        return history;
    }
}
