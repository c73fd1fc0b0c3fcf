using Xunit;

namespace NeuronFromScratch.Tests.Network;

/// <summary>NetworkTrainer.Train: it learns what one neuron cannot, it repeats exactly, and it reports divergence.</summary>
public sealed class NetworkTrainerTests
{
    // y = |x| at 61 points evenly from −3 to 3.
    private static (double[,] X, double[] y) AbsoluteValue()
    {
        var X = new double[61, 1];
        var y = new double[61];
        for (int i = 0; i < 61; i++)
        {
            X[i, 0] = -3 + 0.1 * i;
            y[i] = Math.Abs(X[i, 0]);
        }
        return (X, y);
    }

    [Fact]
    public void A_relu_network_fits_the_absolute_value_far_better_than_any_line()
    {
        var (X, y) = AbsoluteValue();

        // The best a single linear neuron can do: |x| is symmetric, so the best line is flat at the mean of y,
        // and its loss is the variance of y (0.7756 here, whatever the training).
        double mean = y.Average();
        double bestLine = y.Select(v => (v - mean) * (v - mean)).Average();
        Assert.Equal(0.7756, bestLine, 1e-4);
        var neuron = new Neuron(1);
        var lineHistory = Trainer.Train(neuron, X, y, epochs: 200, learningRate: 0.1, batchSize: Trainer.FullBatch);
        Assert.Equal(bestLine, lineHistory.Loss[^1], 1e-6);

        var network = NeuralNetwork.Create([1, 8, 1], Activation.ReLU, Activation.Linear, seed: 0);
        double[] losses = NetworkTrainer.Train(network, X, y, epochs: 500, learningRate: 0.05);
        double networkLoss = Losses.Mse(network.Predict(X), y);

        Assert.Equal(500, losses.Length);
        Assert.True(networkLoss < 1e-3, $"the network's loss is {networkLoss}");
        Assert.True(losses[^1] < 1e-3, $"the last epoch's loss is {losses[^1]}");
        Assert.True(networkLoss < bestLine / 500, $"{networkLoss} vs the best line's {bestLine}");
        Assert.True(losses[0] > 10 * losses[^1]);
    }

    [Fact]
    public void The_same_seed_gives_the_same_losses_bit_for_bit()
    {
        var (X, y) = AbsoluteValue();
        double[] Run(int seed, bool shuffle = true)
        {
            var network = NeuralNetwork.Create([1, 8, 1], Activation.ReLU, Activation.Linear, seed: 3);
            return NetworkTrainer.Train(network, X, y, epochs: 30, learningRate: 0.02, batchSize: 8, shuffle: shuffle, seed: seed);
        }

        Assert.Equal(Run(seed: 7), Run(seed: 7));
        Assert.NotEqual(Run(seed: 7), Run(seed: 8));                       // the seed picks the order...
        Assert.Equal(Run(seed: 7, shuffle: false), Run(seed: 8, shuffle: false)); // ...and nothing else
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(Trainer.FullBatch)]
    public void With_one_linear_neuron_it_is_the_neurons_trainer(int batchSize)
    {
        // Same loss, same order of examples (both shuffle with new Random(seed)), same steps: equal up to the
        // rounding of the neuron trainer's vectorised sums.
        var (X, y) = NeuronTests.RandomData(rows: 10, features: 2, seed: 4);
        var neuron = new Neuron(2, seed: 1);
        var network = new NeuralNetwork(new Layer(2, 1, Activation.Linear, seed: 1));

        var expected = Trainer.Train(neuron, X, y, epochs: 5, learningRate: 0.05, batchSize, shuffle: true, seed: 9).Loss;
        var actual = NetworkTrainer.Train(network, X, y, epochs: 5, learningRate: 0.05, batchSize, shuffle: true, seed: 9);

        Assert.Equal(expected.Count, actual.Length);
        for (int e = 0; e < actual.Length; e++)
            Assert.Equal(expected[e], actual[e], 1e-12);
        Assert.Equal(neuron.W, network.Layers[0].Neurons[0].W, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void OnEpoch_sees_every_epoch_and_zero_epochs_train_nothing()
    {
        var (X, y) = AbsoluteValue();
        var network = NeuralNetwork.Create([1, 3, 1], Activation.Tanh, Activation.Linear, seed: 1);
        var seen = new List<(int, double)>();
        double[] losses = NetworkTrainer.Train(network, X, y, epochs: 4, learningRate: 0.01, onEpoch: (e, l) => seen.Add((e, l)));
        Assert.Equal(losses.Select((l, i) => (i + 1, l)), seen);

        double[] before = network.Predict(X);
        Assert.Empty(NetworkTrainer.Train(network, X, y, epochs: 0, learningRate: 0.01));
        Assert.Equal(before, network.Predict(X));
    }

    [Theory]
    [InlineData(32)]
    [InlineData(1)]
    public void A_huge_learning_rate_diverges_with_the_epoch_and_the_rate(int batchSize)
    {
        var (X, y) = AbsoluteValue();
        var network = NeuralNetwork.Create([1, 8, 1], Activation.ReLU, Activation.Linear, seed: 0);
        var e = Assert.Throws<TrainingDivergedException>(
            () => NetworkTrainer.Train(network, X, y, epochs: 100, learningRate: 1e6, batchSize));
        Assert.InRange(e.Epoch, 1, 100);
        Assert.Equal(1e6, e.LearningRate);
        Assert.Contains($"epoch {e.Epoch}", e.Message);
        Assert.Contains("1000000", e.Message);
        Assert.Contains("too high", e.Message);
    }
}
