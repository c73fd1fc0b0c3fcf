using Xunit;

namespace NeuronFromScratch.Tests.Network;

/// <summary>A layer is its neurons side by side: it must give exactly what each neuron gives on its own.</summary>
public sealed class LayerTests
{
    internal static double[] Column(double[,] matrix, int k) =>
        Enumerable.Range(0, matrix.GetLength(0)).Select(i => matrix[i, k]).ToArray();

    // A copy of a layer's neurons (same weights, bias, activation) to run alone, for comparison.
    private static Neuron[] Copies(Layer layer) => layer.Neurons
        .Select(n => new Neuron(n.FeatureCount) { Activation = n.Activation, W = (double[])n.W.Clone(), b = n.b })
        .ToArray();

    private static Layer RandomLayer(int inputs, int neurons, Activation activation, int seed)
    {
        var layer = new Layer(inputs, neurons, activation, seed);
        var random = new Random(seed + 100);
        foreach (var neuron in layer.Neurons)
            neuron.b = random.NextDouble() - 0.5;   // biases start at 0: make them matter
        return layer;
    }

    [Fact]
    public void Shapes()
    {
        var layer = new Layer(inputCount: 3, neuronCount: 4, Activation.Tanh, seed: 7);
        Assert.Equal(3, layer.InputCount);
        Assert.Equal(4, layer.NeuronCount);
        Assert.Equal(4, layer.Neurons.Count);
        Assert.All(layer.Neurons, n => Assert.Equal(3, n.FeatureCount));
        Assert.All(layer.Neurons, n => Assert.Same(Activation.Tanh, n.Activation));

        var (X, _) = NeuronTests.RandomData(rows: 5, features: 3, seed: 1);
        var A = layer.Forward(X);
        Assert.Equal(5, A.GetLength(0));
        Assert.Equal(4, A.GetLength(1));
        var dLossDX = layer.Backward(new double[5, 4]);
        Assert.Equal(5, dLossDX.GetLength(0));
        Assert.Equal(3, dLossDX.GetLength(1));
        Assert.Equal("Layer(3 → 4, tanh)", layer.ToString());
    }

    [Fact]
    public void Neuron_k_starts_from_seed_plus_k()
    {
        var layer = new Layer(2, 3, Activation.ReLU, seed: 10);
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(new Neuron(2, 10 + k).W, layer.Neurons[k].W);
            Assert.Equal(0, layer.Neurons[k].b);
        }
    }

    [Fact]
    public void A_layer_of_given_neurons_uses_those_neurons()
    {
        var neurons = new[] { new Neuron(2, 1), new Neuron(2, 2) { Activation = Activation.Sigmoid } };
        var layer = new Layer(neurons);
        Assert.Same(neurons[0], layer.Neurons[0]);
        Assert.Same(neurons[1], layer.Neurons[1]);
        Assert.Equal(2, layer.InputCount);
        Assert.Equal(2, layer.NeuronCount);
        Assert.Equal("Layer(2 → 2, linear/sigmoid)", layer.ToString());
    }

    [Theory]
    [InlineData("tanh")]
    [InlineData("sigmoid")]
    [InlineData("relu")]
    [InlineData("leaky relu")]
    [InlineData("linear")]
    public void Column_k_of_Forward_is_neuron_k_alone(string activationName)
    {
        var layer = RandomLayer(3, 4, ByName(activationName), seed: 3);
        var alone = Copies(layer);
        var (X, _) = NeuronTests.RandomData(rows: 6, features: 3, seed: 4);

        var A = layer.Forward(X);
        for (int k = 0; k < 4; k++)
            Assert.Equal(alone[k].Forward(X), Column(A, k));   // the same arithmetic: equal bit for bit
    }

    [Theory]
    [InlineData("tanh")]
    [InlineData("sigmoid")]
    [InlineData("relu")]
    [InlineData("leaky relu")]
    public void Backward_sums_the_neurons_dL_dX_and_each_neuron_gets_its_column(string activationName)
    {
        var layer = RandomLayer(3, 4, ByName(activationName), seed: 5);
        var alone = Copies(layer);
        var (X, _) = NeuronTests.RandomData(rows: 6, features: 3, seed: 6);
        var (dLossDA, _) = NeuronTests.RandomData(rows: 6, features: 4, seed: 7);

        layer.Forward(X);
        var dLossDX = layer.Backward(dLossDA);

        var expected = new double[6, 3];
        for (int k = 0; k < 4; k++)
        {
            alone[k].Forward(X);
            var dLossDXThroughK = alone[k].Backward(Column(dLossDA, k));
            for (int i = 0; i < 6; i++)
                for (int j = 0; j < 3; j++)
                    expected[i, j] += dLossDXThroughK[i, j];
            Assert.Equal(alone[k].dLossDW, layer.Neurons[k].dLossDW);
            Assert.Equal(alone[k].dLossDb, layer.Neurons[k].dLossDb);
        }
        Assert.Equal(expected, dLossDX);
    }

    [Fact]
    public void ResetGrad_and_Step_act_on_every_neuron()
    {
        var layer = RandomLayer(2, 3, Activation.Tanh, seed: 8);
        var alone = Copies(layer);
        var (X, _) = NeuronTests.RandomData(rows: 4, features: 2, seed: 9);
        var (dLossDA, _) = NeuronTests.RandomData(rows: 4, features: 3, seed: 10);

        layer.Forward(X);
        layer.Backward(dLossDA);
        layer.Step(0.1);
        for (int k = 0; k < 3; k++)
        {
            alone[k].Forward(X);
            alone[k].Backward(Column(dLossDA, k));
            alone[k].Step(0.1);
            Assert.Equal(alone[k].W, layer.Neurons[k].W);
            Assert.Equal(alone[k].b, layer.Neurons[k].b);
        }

        layer.ResetGrad();
        Assert.All(layer.Neurons, n => Assert.All(n.dLossDW, g => Assert.Equal(0, g)));
        Assert.All(layer.Neurons, n => Assert.Equal(0, n.dLossDb));
    }

    [Fact]
    public void Neurons_cannot_be_swapped_through_the_list()
    {
        var layer = new Layer(1, 2, Activation.Linear, seed: 0);
        Assert.False(layer.Neurons is Neuron[]);
    }

    internal static Activation ByName(string name) => name switch
    {
        "tanh" => Activation.Tanh,
        "sigmoid" => Activation.Sigmoid,
        "relu" => Activation.ReLU,
        "leaky relu" => Activation.LeakyReLU,
        "linear" => Activation.Linear,
        _ => throw new ArgumentException(name),
    };
}
