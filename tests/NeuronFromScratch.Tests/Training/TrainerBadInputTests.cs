using Xunit;
using static NeuronFromScratch.Tests.BadInputTests;

namespace NeuronFromScratch.Tests.Training;

/// <summary>Train rejects bad input with an ArgumentException that says what was wrong.</summary>
public sealed class TrainerBadInputTests
{
    private static readonly double[,] X = { { 1 }, { 2 }, { 3 } };
    private static readonly double[] Y = { 1, 2, 3 };

    private static void Train(Neuron? neuron = null, double[,]? x = null, double[]? y = null, int epochs = 1,
        double learningRate = 0.1, int batchSize = 1) =>
        Trainer.Train(neuron ?? new Neuron(1), x ?? X, y ?? Y, epochs, learningRate, batchSize);

    [Fact]
    public void Nulls()
    {
        Rejects(() => Trainer.Train(null!, X, Y, 1, 0.1), "neuron", "null");
        Rejects(() => Trainer.Train(new Neuron(1), null!, Y, 1, 0.1), "X", "null");
        Rejects(() => Trainer.Train(new Neuron(1), X, null!, 1, 0.1), "y", "null");
        Rejects(() => Trainer.Train(new Neuron(1), (Dataset)null!, 1, 0.1), "data", "null");
    }

    [Fact]
    public void Shapes()
    {
        Rejects(() => Train(x: new double[0, 1], y: []), "X", "empty");
        Rejects(() => Train(neuron: new Neuron(2)), "X", "n × 2", "3 × 1");
        Rejects(() => Train(y: new double[4]), "y", "length 4", "length 3");
        Rejects(() => new Dataset(X, new double[2]), "y", "length 2", "length 3");
    }

    [Fact]
    public void Values_that_are_not_finite()
    {
        Rejects(() => Train(x: new double[,] { { 1 }, { double.NaN }, { 3 } }), "X", "[1, 0]", "NaN");
        Rejects(() => Train(y: [1, 2, double.NegativeInfinity]), "y", "[2]", "-Infinity");
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-1.0, "-1")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Learning_rate_must_be_positive_and_finite(double learningRate, string shown)
    {
        Rejects(() => Train(learningRate: learningRate), "learningRate", "positive finite", shown);
    }

    [Fact]
    public void Epochs_and_batch_size()
    {
        Rejects(() => Train(epochs: -1), "epochs", "at least 0", "-1");
        Rejects(() => Train(batchSize: 0), "batchSize", "at least 1", "0");
        Rejects(() => Train(batchSize: -5), "batchSize", "at least 1", "-5");
    }

    [Fact]
    public void A_rejected_call_leaves_the_neuron_untouched()
    {
        var neuron = new Neuron(1);
        double w = neuron.W[0];
        Assert.ThrowsAny<ArgumentException>(() => Train(neuron, epochs: 5, batchSize: 0));
        Assert.Equal(w, neuron.W[0]);
        Assert.Equal(0.0, neuron.b);
    }
}
