using Xunit;

namespace NeuronFromScratch.Tests.Network;

/// <summary>
/// NetworkTrainer's fast path (Training/NetworkBatches.cs, taken from 1,024 numbers in X) gives the numbers of the loop
/// written out with the library's own Forward, Backward and Step, bit for bit: the same losses, every weight and bias.
/// </summary>
public sealed class NetworkFastPathTests
{
    public static TheoryData<string, int> Shapes() => new()
    {
        { "relu", 32 }, { "relu", 7 }, { "tanh", 32 }, { "sigmoid", 5 }, { "leaky relu", 1 }, { "relu", 10_000 },
    };

    [Theory, MemberData(nameof(Shapes))]
    public void It_gives_the_plain_loops_numbers_bit_for_bit(string hidden, int batchSize)
    {
        var activation = new[] { Activation.ReLU, Activation.Tanh, Activation.Sigmoid, Activation.LeakyReLU }.Single(a => a.Name == hidden);
        var random = new Random(3);
        const int n = 700;   // 1,400 numbers in X: the fast path
        var X = new double[n, 2];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            X[i, 0] = 2 * random.NextDouble() - 1;
            X[i, 1] = 2 * random.NextDouble() - 1;
            y[i] = Math.Abs(X[i, 0]) + X[i, 1] * X[i, 1];
        }
        NeuralNetwork New() => NeuralNetwork.Create([2, 16, 4, 1], activation, Activation.Linear, seed: 5);

        var fast = New();
        double[] losses = NetworkTrainer.Train(fast, X, y, epochs: 3, learningRate: 0.05, batchSize, seed: 9);

        // The loop as the notebook writes it: a new order every epoch, batches of rows, the library's own passes.
        var plain = New();
        var order = new Random(9);
        for (int epoch = 0; epoch < 3; epoch++)
        {
            int[] rows = Enumerable.Range(0, n).ToArray();
            order.Shuffle(rows);
            double sum = 0;
            for (int start = 0; start < n; start += batchSize)
            {
                int m = Math.Min(batchSize, n - start);
                var XBatch = new double[m, 2];
                for (int i = 0; i < m; i++)
                    (XBatch[i, 0], XBatch[i, 1]) = (X[rows[start + i], 0], X[rows[start + i], 1]);
                plain.ResetGrad();
                double[] yHat = plain.Predict(XBatch);
                double[] yBatch = Enumerable.Range(0, m).Select(i => y[rows[start + i]]).ToArray();
                for (int i = 0; i < m; i++)
                    sum += (yHat[i] - yBatch[i]) * (yHat[i] - yBatch[i]);
                double[] dLossDYHat = Losses.DMseDYHat(yHat, yBatch);
                var column = new double[m, 1];
                for (int i = 0; i < m; i++)
                    column[i, 0] = dLossDYHat[i];
                plain.Backward(column);
                plain.Step(0.05);
            }
            Assert.Equal(sum / n, losses[epoch]);
        }
        var fastNeurons = fast.Layers.SelectMany(l => l.Neurons).ToList();
        var plainNeurons = plain.Layers.SelectMany(l => l.Neurons).ToList();
        for (int k = 0; k < fastNeurons.Count; k++)
        {
            Assert.Equal(plainNeurons[k].W, fastNeurons[k].W);
            Assert.Equal(plainNeurons[k].b, fastNeurons[k].b);
        }
    }
}
