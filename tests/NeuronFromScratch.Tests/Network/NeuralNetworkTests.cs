using Xunit;
using static NeuronFromScratch.Tests.Network.LayerTests;

namespace NeuronFromScratch.Tests.Network;

/// <summary>A network is its layers in a row: forward first to last, backward last to first.</summary>
public sealed class NeuralNetworkTests
{
    [Fact]
    public void Create_builds_the_layers_of_the_sizes()
    {
        var network = NeuralNetwork.Create([2, 4, 3, 1], Activation.ReLU, Activation.Sigmoid, seed: 5);
        Assert.Equal(2, network.InputCount);
        Assert.Equal(1, network.OutputCount);
        Assert.Equal([2, 4, 3], network.Layers.Select(l => l.InputCount));
        Assert.Equal([4, 3, 1], network.Layers.Select(l => l.NeuronCount));
        Assert.All(network.Layers[0].Neurons.Concat(network.Layers[1].Neurons), n => Assert.Same(Activation.ReLU, n.Activation));
        Assert.Same(Activation.Sigmoid, network.Layers[2].Neurons[0].Activation);
        Assert.Equal("NeuralNetwork(2 → 4 relu → 3 relu → 1 sigmoid)", network.ToString());
    }

    [Fact]
    public void Create_numbers_the_neurons_through_the_network_for_their_seeds()
    {
        var network = NeuralNetwork.Create([1, 3, 2], Activation.Tanh, Activation.Linear, seed: 20);
        var neurons = network.Layers.SelectMany(l => l.Neurons).ToArray();
        for (int m = 0; m < 3; m++)
            Assert.Equal(new Neuron(1, 20 + m).W, neurons[m].W);
        for (int m = 3; m < 5; m++)
            Assert.Equal(new Neuron(3, 20 + m).W, neurons[m].W);
        Assert.All(neurons, n => Assert.Equal(0, n.b));

        // The same seed gives the same network; another seed another.
        var again = NeuralNetwork.Create([1, 3, 2], Activation.Tanh, Activation.Linear, seed: 20);
        var other = NeuralNetwork.Create([1, 3, 2], Activation.Tanh, Activation.Linear, seed: 21);
        Assert.Equal(neurons.SelectMany(n => n.W), again.Layers.SelectMany(l => l.Neurons).SelectMany(n => n.W));
        Assert.NotEqual(neurons.SelectMany(n => n.W), other.Layers.SelectMany(l => l.Neurons).SelectMany(n => n.W));
    }

    [Fact]
    public void The_network_uses_the_layers_it_is_given()
    {
        var first = new Layer(2, 3, Activation.Tanh, seed: 1);
        var second = new Layer(3, 1, Activation.Linear, seed: 9);
        var network = new NeuralNetwork(first, second);
        Assert.Same(first, network.Layers[0]);
        Assert.Same(second, network.Layers[1]);
        Assert.False(network.Layers is Layer[]);
    }

    [Fact]
    public void Forward_is_each_layer_on_the_last_ones_output()
    {
        var network = NeuralNetwork.Create([2, 3, 2], Activation.Sigmoid, Activation.Linear, seed: 2);
        var (X, _) = NeuronTests.RandomData(rows: 5, features: 2, seed: 3);

        var yHat = network.Forward(X);
        Assert.Equal(5, yHat.GetLength(0));
        Assert.Equal(2, yHat.GetLength(1));
        Assert.Equal(network.Layers[1].Forward(network.Layers[0].Forward(X)), yHat);
    }

    [Fact]
    public void Backward_is_each_layer_from_the_last_with_the_layer_aboves_dL_dX()
    {
        var network = NeuralNetwork.Create([2, 3, 2], Activation.Tanh, Activation.Linear, seed: 4);
        var twin = NeuralNetwork.Create([2, 3, 2], Activation.Tanh, Activation.Linear, seed: 4);
        var (X, _) = NeuronTests.RandomData(rows: 4, features: 2, seed: 5);
        var (dLossDYHat, _) = NeuronTests.RandomData(rows: 4, features: 2, seed: 6);

        network.Forward(X);
        var dLossDX = network.Backward(dLossDYHat);
        Assert.Equal(4, dLossDX.GetLength(0));
        Assert.Equal(2, dLossDX.GetLength(1));

        var A1 = twin.Layers[0].Forward(X);
        twin.Layers[1].Forward(A1);
        var dLossDA1 = twin.Layers[1].Backward(dLossDYHat);
        Assert.Equal(twin.Layers[0].Backward(dLossDA1), dLossDX);
        var gradients = (NeuralNetwork n) => n.Layers.SelectMany(l => l.Neurons).SelectMany(x => x.dLossDW.Append(x.dLossDb));
        Assert.Equal(gradients(twin), gradients(network));
        Assert.Contains(gradients(network), g => g != 0);
    }

    [Fact]
    public void ResetGrad_Step_and_Predict()
    {
        var network = NeuralNetwork.Create([1, 4, 1], Activation.ReLU, Activation.Linear, seed: 6);
        var X = new double[,] { { -1 }, { 0.5 }, { 2 } };
        double[] before = network.Predict(X);
        Assert.Equal(LayerTests.Column(network.Forward(X), 0), before);

        network.Backward(new double[,] { { 1 }, { 1 }, { 1 } });
        var weightsBefore = network.Layers.SelectMany(l => l.Neurons).Select(n => n.W.Append(n.b).ToArray()).ToArray();
        network.Step(0.1);
        var neurons = network.Layers.SelectMany(l => l.Neurons).ToArray();
        for (int m = 0; m < neurons.Length; m++)
        {
            for (int j = 0; j < neurons[m].FeatureCount; j++)
                Assert.Equal(weightsBefore[m][j] - 0.1 * neurons[m].dLossDW[j], neurons[m].W[j]);
            Assert.Equal(weightsBefore[m][^1] - 0.1 * neurons[m].dLossDb, neurons[m].b);
        }
        Assert.NotEqual(before, network.Predict(X));

        network.ResetGrad();
        Assert.All(neurons, n => Assert.All(n.dLossDW.Append(n.dLossDb), g => Assert.Equal(0, g)));
    }

    [Fact]
    public void A_one_layer_one_neuron_network_is_that_neuron()
    {
        var neuron = new Neuron(3, seed: 2) { Activation = Activation.Sigmoid, b = 0.3 };
        var alone = new Neuron(3, seed: 2) { Activation = Activation.Sigmoid, b = 0.3 };
        var network = new NeuralNetwork(new Layer([neuron]));
        var (X, _) = NeuronTests.RandomData(rows: 5, features: 3, seed: 8);

        Assert.Equal(alone.Forward(X), network.Predict(X));
        Assert.Equal(ByName("sigmoid"), network.Layers[0].Neurons[0].Activation);
    }
}
