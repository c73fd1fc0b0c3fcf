using Xunit;
using static NeuronFromScratch.Tests.BadInputTests;

namespace NeuronFromScratch.Tests.Network;

/// <summary>Layer, NeuralNetwork and NetworkTrainer reject bad input with messages that say what was wrong.</summary>
public sealed class NetworkBadInputTests
{
    private static readonly double[,] X = { { 1, 2 }, { 3, 4 }, { 5, 6 } };   // 3 × 2
    private static readonly double[] Y = { 1, 2, 3 };

    private static NeuralNetwork TwoFourOne() => NeuralNetwork.Create([2, 4, 1], Activation.Tanh, Activation.Linear);

    [Fact]
    public void Layer_constructors()
    {
        Rejects(() => new Layer(0, 3, Activation.ReLU, seed: 0), "inputCount", "at least 1", "0");
        Rejects(() => new Layer(2, 0, Activation.ReLU, seed: 0), "neuronCount", "at least 1", "0");
        Rejects(() => new Layer(2, 3, null!, seed: 0), "activation", "null");
        Rejects(() => new Layer(null!), "neurons", "null");
        Rejects(() => new Layer([]), "neurons", "at least one neuron", "empty");
        Rejects(() => new Layer([new Neuron(2), null!]), "neurons[1]", "null");
        Rejects(() => new Layer([new Neuron(2), new Neuron(2), new Neuron(3)]), "neurons",
            "neuron 2 takes 3 inputs", "neuron 0 takes 2");
    }

    [Fact]
    public void Layer_Forward_and_Backward()
    {
        var layer = new Layer(3, 2, Activation.Sigmoid, seed: 0);
        Rejects(() => layer.Forward(null!), "X", "null");
        Rejects(() => layer.Forward(new double[0, 3]), "X", "empty");
        Rejects(() => layer.Forward(X), "X", "the layer takes 3 inputs", "n × 3", "3 × 2");
        Rejects(() => layer.Forward(new double[,] { { 1, 2, double.NaN } }), "X", "[0, 2]", "NaN");

        var e = Assert.Throws<InvalidOperationException>(() => layer.Backward(new double[1, 2]));
        Assert.Contains("Forward first", e.Message);

        layer.Forward(new double[4, 3]);
        Rejects(() => layer.Backward(null!), "dLossDA", "null");
        Rejects(() => layer.Backward(new double[4, 3]), "dLossDA", "4 × 3", "must be 4 × 2");
        Rejects(() => layer.Backward(new double[3, 2]), "dLossDA", "3 × 2", "must be 4 × 2", "one row per example");
        Rejects(() => layer.Backward(new double[,] { { 0, 0 }, { 0, 0 }, { 0, double.PositiveInfinity }, { 0, 0 } }),
            "dLossDA", "[2, 1]", "Infinity");
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-1.0, "-1")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Steps_need_a_positive_finite_learning_rate(double learningRate, string shown)
    {
        Rejects(() => new Layer(1, 2, Activation.Tanh, seed: 0).Step(learningRate), "learningRate", "positive finite", shown);
        Rejects(() => TwoFourOne().Step(learningRate), "learningRate", "positive finite", shown);
        Rejects(() => NetworkTrainer.Train(TwoFourOne(), X, Y, 1, learningRate), "learningRate", "positive finite", shown);
    }

    [Fact]
    public void A_network_needs_layers_that_fit_together()
    {
        Rejects(() => new NeuralNetwork(), "layers", "at least one layer", "empty");
        Rejects(() => new NeuralNetwork(null!), "layers", "null");
        Rejects(() => new NeuralNetwork(new Layer(2, 4, Activation.ReLU, 0), null!), "layers[1]", "null");
        Rejects(() => new NeuralNetwork(new Layer(2, 4, Activation.ReLU, 0), new Layer(8, 1, Activation.Linear, 0)),
            "layers", "layer 2 takes 8 inputs, but layer 1 gives 4 outputs", "layer 1 is 2 → 4", "layer 2 is 8 → 1");
        Rejects(() => new NeuralNetwork(new Layer(1, 3, Activation.ReLU, 0), new Layer(3, 3, Activation.ReLU, 0), new Layer(2, 1, Activation.Linear, 0)),
            "layers", "layer 3 takes 2 inputs, but layer 2 gives 3 outputs");

        var shared = new Layer(2, 2, Activation.Tanh, 0);
        Rejects(() => new NeuralNetwork(shared, shared), "layers", "same neuron", "layer 1 and layer 2");
    }

    [Fact]
    public void Create_needs_sizes_and_activations()
    {
        Rejects(() => NeuralNetwork.Create(null!, Activation.ReLU, Activation.Linear), "sizes", "null");
        Rejects(() => NeuralNetwork.Create([3], Activation.ReLU, Activation.Linear), "sizes", "at least one layer", "{1, 8, 1}", "holds 1");
        Rejects(() => NeuralNetwork.Create([1, 0, 1], Activation.ReLU, Activation.Linear), "sizes[1]", "at least 1", "0");
        Rejects(() => NeuralNetwork.Create([1, 2], null!, Activation.Linear), "hidden", "null");
        Rejects(() => NeuralNetwork.Create([1, 2], Activation.ReLU, null!), "output", "null");
    }

    [Fact]
    public void Network_Forward_Backward_and_Predict()
    {
        var network = NeuralNetwork.Create([3, 4, 1], Activation.Tanh, Activation.Linear);
        Rejects(() => network.Forward(X), "X", "the network takes 3 inputs", "n × 3", "3 × 2");
        Rejects(() => network.Predict(X), "X", "the network takes 3 inputs", "n × 3", "3 × 2");
        Rejects(() => network.Forward(new double[0, 3]), "X", "empty");

        var e = Assert.Throws<InvalidOperationException>(() => network.Backward(new double[1, 1]));
        Assert.Contains("Forward first", e.Message);

        network.Forward(new double[5, 3]);
        Rejects(() => network.Backward(null!), "dLossDYHat", "null");
        Rejects(() => network.Backward(new double[5, 2]), "dLossDYHat", "5 × 2", "must be 5 × 1", "one column per output");
        Rejects(() => network.Backward(new double[4, 1]), "dLossDYHat", "4 × 1", "must be 5 × 1");

        var twoOutputs = NeuralNetwork.Create([2, 2], Activation.Tanh, Activation.Linear);
        var predict = Assert.Throws<InvalidOperationException>(() => twoOutputs.Predict(X));
        Assert.Contains("one output", predict.Message);
        Assert.Contains("has 2", predict.Message);
    }

    [Fact]
    public void Train_rejects_bad_arguments()
    {
        Rejects(() => NetworkTrainer.Train(null!, X, Y, 1, 0.1), "network", "null");
        Rejects(() => NetworkTrainer.Train(NeuralNetwork.Create([2, 3], Activation.ReLU, Activation.Linear), X, Y, 1, 0.1),
            "network", "one output", "has 3");
        Rejects(() => NetworkTrainer.Train(TwoFourOne(), null!, Y, 1, 0.1), "X", "null");
        Rejects(() => NetworkTrainer.Train(TwoFourOne(), new double[0, 2], [], 1, 0.1), "X", "empty");
        Rejects(() => NetworkTrainer.Train(NeuralNetwork.Create([1, 4, 1], Activation.ReLU, Activation.Linear), X, Y, 1, 0.1),
            "X", "the network takes 1 input:", "n × 1", "3 × 2");
        Rejects(() => NetworkTrainer.Train(TwoFourOne(), new double[,] { { 1, 2 }, { double.NaN, 0 }, { 3, 4 } }, Y, 1, 0.1),
            "X", "[1, 0]", "NaN");
        Rejects(() => NetworkTrainer.Train(TwoFourOne(), X, null!, 1, 0.1), "y", "null");
        Rejects(() => NetworkTrainer.Train(TwoFourOne(), X, [1, 2], 1, 0.1), "y", "length 2", "length 3", "one target per row");
        Rejects(() => NetworkTrainer.Train(TwoFourOne(), X, [1, double.NaN, 3], 1, 0.1), "y", "[1]", "NaN");
        Rejects(() => NetworkTrainer.Train(TwoFourOne(), X, Y, -1, 0.1), "epochs", "at least 0", "-1");
        Rejects(() => NetworkTrainer.Train(TwoFourOne(), X, Y, 1, 0.1, batchSize: 0), "batchSize", "at least 1", "0");
        Rejects(() => NetworkTrainer.Train(TwoFourOne(), X, Y, 1, 0.1, batchSize: -5), "batchSize", "at least 1", "-5");
    }
}
