using System;
using System.Linq;

namespace NeuronFromScratch;

/// <summary>
/// Mini-batch gradient descent for a network, on the mean squared error: the neuron's training loop
/// (ResetGrad → Forward → loss → Backward → Step), with the network in the neuron's place.
/// </summary>
public static class NetworkTrainer
{
    /// <summary>
    /// Trains <paramref name="network"/> (one output) in place by mini-batch gradient descent on the mean squared
    /// error L = (1/m) Σᵢ (ŷᵢ − yᵢ)² of each batch of m examples.
    /// </summary>
    /// <param name="network">The network to train; it must have one output. Its weights and biases change.</param>
    /// <param name="X">Inputs: one row per example, one column per network input.</param>
    /// <param name="y">Targets, one per row of X.</param>
    /// <param name="epochs">How many passes over all the examples (0 or more).</param>
    /// <param name="learningRate">η, the step size: a positive finite number.</param>
    /// <param name="batchSize">Examples per step (at least 1): 1 is per-example, n or more is full-batch.</param>
    /// <param name="shuffle">Visit the examples in a new random order each epoch.</param>
    /// <param name="seed">Seed of that order (<c>new Random(seed)</c>), so a run can be repeated exactly.</param>
    /// <param name="onEpoch">Called after each epoch with the epoch (from 1) and its loss, e.g. to print progress.</param>
    /// <returns>Each epoch's loss: the mean, over the epoch, of each example's squared error as it was measured
    /// before its batch's step (as <see cref="Trainer"/> reports it).</returns>
    /// <exception cref="TrainingDivergedException">The loss, the activations or the parameters stopped being finite.</exception>
    public static double[] Train(
        NeuralNetwork network, double[,] X, double[] y, int epochs, double learningRate,
        int batchSize = 32, bool shuffle = true, int seed = 0, Action<int, double>? onEpoch = null)
    {
        Guard.NotNull(network, nameof(network));
        if (network.OutputCount != 1)
            throw new ArgumentException(
                $"NetworkTrainer trains a network with one output (one target per example), but this one has {network.OutputCount}.",
                nameof(network));
        Guard.Matrix(X, network.InputCount, nameof(X), $"the network takes {Guard.Count(network.InputCount, "input")}");
        Guard.TrainingArguments(X, y, epochs, learningRate, batchSize);
        int n = X.GetLength(0);

        int batch = Math.Min(batchSize, n);
        var random = new Random(seed);
        int[] order = new int[n];   // the rows, in the order an epoch visits them
        var losses = new double[epochs];
        // Big data takes the same steps into buffers made once (Training/NetworkBatches.cs), tested equal to the loop.
        var fastPath = X.Length >= Batch.FastPathFrom ? new NetworkBatches(network, batch) : null;

        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            for (int i = 0; i < n; i++)
                order[i] = i;
            if (shuffle) random.Shuffle(order);   // X and y together, a new order every epoch
            double sumOfSquaredErrors = 0;
            for (int start = 0; start < n; start += batch)
            {
                int m = Math.Min(batch, n - start);           // the last batch may be smaller
                if (fastPath is not null)
                {
                    sumOfSquaredErrors = fastPath.Step(X, y, order, start, m, learningRate, sumOfSquaredErrors);
                    continue;
                }
                var (XBatch, yBatch) = Batch.Rows(X, y, order, start, m);
                try
                {
                    network.ResetGrad();
                    double[] yHat = network.Predict(XBatch);
                    for (int i = 0; i < m; i++)
                        sumOfSquaredErrors += (yHat[i] - yBatch[i]) * (yHat[i] - yBatch[i]);
                    double[] dLossDYHat = Losses.DMseDYHat(yHat, yBatch);   // (2/m)(ŷᵢ − yᵢ)
                    network.Backward(AsColumn(dLossDYHat));
                    network.Step(learningRate);
                }
                catch (ArgumentException)
                {
                    // X and y were checked above, so a layer rejecting its input here means an activation or a
                    // gradient inside the network overflowed to infinity or NaN: the steps were too big.
                    throw new TrainingDivergedException(epoch, learningRate, double.NaN);
                }
            }

            double loss = sumOfSquaredErrors / n;
            if (!double.IsFinite(loss) || !ParametersAreFinite(network))
                throw new TrainingDivergedException(epoch, learningRate, loss);
            losses[epoch - 1] = loss;
            onEpoch?.Invoke(epoch, loss);
        }
        return losses;
    }

    // A vector as an n × 1 matrix: the network's Backward takes ∂L/∂ŷ as one column per output.
    private static double[,] AsColumn(double[] v)
    {
        var M = new double[v.Length, 1];
        for (int i = 0; i < v.Length; i++)
            M[i, 0] = v[i];
        return M;
    }

    private static bool ParametersAreFinite(NeuralNetwork network) =>
        network.Layers.SelectMany(layer => layer.Neurons)
            .All(neuron => double.IsFinite(neuron.b) && neuron.W.All(double.IsFinite));
}
