using Xunit;
using static NeuronFromScratch.Tests.Network.LayerTests;

namespace NeuronFromScratch.Tests.Network;

/// <summary>
/// The whole network's backward pass against central finite differences of its loss, for every weight and bias
/// (and for X): relative error at most 1e-6.
/// </summary>
public sealed class NetworkGradientCheckTests
{
    private const double H = 1e-5;
    private const double Tolerance = 1e-6;

    // |a − n| / max(|a|, |n|), but a gradient both ways below 1e-7 counts as 0: a dead ReLU's 0 is still checked,
    // against the differences' rounding noise (about 1e-11) rather than against itself.
    private static double RelativeError(double analytic, double numeric) =>
        Math.Abs(analytic - numeric) / Math.Max(1e-7, Math.Max(Math.Abs(analytic), Math.Abs(numeric)));

    private static double Loss(NeuralNetwork network, double[,] X, double[] y) =>
        Losses.Mse(network.Predict(X), y);

    // dL/dθ ≈ (L(θ + h) − L(θ − h)) / 2h for one parameter, reached through get/set.
    private static double Numeric(Func<double> get, Action<double> set, Func<double> loss)
    {
        double θ = get();
        set(θ + H);
        double up = loss();
        set(θ - H);
        double down = loss();
        set(θ);
        return (up - down) / (2 * H);
    }

    /// <summary>Checks every weight, bias and input; returns how many numbers were checked.</summary>
    private static int CheckNetwork(NeuralNetwork network, double[,] X, double[] y)
    {
        network.ResetGrad();
        double[] yHat = network.Predict(X);
        double[] dLossDYHat = Losses.DMseDYHat(yHat, y);
        var dLossDYHatMatrix = new double[y.Length, 1];
        for (int i = 0; i < y.Length; i++) dLossDYHatMatrix[i, 0] = dLossDYHat[i];
        double[,] dLossDX = network.Backward(dLossDYHatMatrix);

        int checkedCount = 0;
        void Check(double analytic, double numeric, string what)
        {
            double error = RelativeError(analytic, numeric);
            Assert.True(error <= Tolerance, $"{what}: analytic {analytic:R}, numeric {numeric:R}, relative error {error:E2}");
            checkedCount++;
        }

        for (int l = 0; l < network.Layers.Count; l++)
            for (int k = 0; k < network.Layers[l].NeuronCount; k++)
            {
                var neuron = network.Layers[l].Neurons[k];
                for (int j = 0; j < neuron.FeatureCount; j++)
                    Check(neuron.dLossDW[j],
                        Numeric(() => neuron.W[j], w => neuron.W[j] = w, () => Loss(network, X, y)),
                        $"layer {l + 1} neuron {k} dL/dw{j}");
                Check(neuron.dLossDb,
                    Numeric(() => neuron.b, b => neuron.b = b, () => Loss(network, X, y)),
                    $"layer {l + 1} neuron {k} dL/db");
            }
        for (int i = 0; i < X.GetLength(0); i++)
            for (int j = 0; j < X.GetLength(1); j++)
                Check(dLossDX[i, j], Numeric(() => X[i, j], x => X[i, j] = x, () => Loss(network, X, y)), $"dL/dX[{i}, {j}]");
        return checkedCount;
    }

    // ReLU and leaky ReLU have a kink at z = 0, where finite differences straddle two slopes: every
    // pre-activation of every hidden neuron must be far from 0 compared with h.
    private static void AssertAwayFromKinks(NeuralNetwork network, double[,] X)
    {
        double[,] input = X;
        foreach (var layer in network.Layers.Take(network.Layers.Count - 1))
        {
            for (int i = 0; i < input.GetLength(0); i++)
                foreach (var neuron in layer.Neurons)
                {
                    double z = neuron.b;
                    for (int j = 0; j < neuron.FeatureCount; j++) z += neuron.W[j] * input[i, j];
                    Assert.True(Math.Abs(z) > 1e-3, $"z = {z} is too close to the kink for a finite difference");
                }
            input = layer.Forward(input);
        }
    }

    // A network from NeuralNetwork.Create with random biases in [−0.5, 0.5) (Create starts them at 0).
    private static NeuralNetwork Network(int[] sizes, Activation hidden, Activation output, int seed)
    {
        var network = NeuralNetwork.Create(sizes, hidden, output, seed);
        var random = new Random(seed + 1000);
        foreach (var neuron in network.Layers.SelectMany(layer => layer.Neurons))
            neuron.b = random.NextDouble() - 0.5;
        return network;
    }

    [Theory]
    [InlineData("tanh", "linear")]
    [InlineData("sigmoid", "linear")]
    [InlineData("leaky relu", "linear")]
    [InlineData("tanh", "sigmoid")]
    public void Two_three_one(string hidden, string output)
    {
        var network = Network([2, 3, 1], ByName(hidden), ByName(output), seed: 3);
        var (X, y) = NeuronTests.RandomData(rows: 7, features: 2, seed: 11);
        AssertAwayFromKinks(network, X);
        Assert.Equal(3 * 3 + 4 + 7 * 2, CheckNetwork(network, X, y));
    }

    [Fact]
    public void One_eight_one_relu()
    {
        var network = Network([1, 8, 1], Activation.ReLU, Activation.Linear, seed: 5);
        // x on a grid that avoids every hidden neuron's kink x = −b/w (AssertAwayFromKinks holds it to that).
        var X = new double[12, 1];
        var y = new double[12];
        for (int i = 0; i < 12; i++)
        {
            X[i, 0] = -2.75 + 0.5 * i;
            y[i] = Math.Abs(X[i, 0]);
        }
        AssertAwayFromKinks(network, X);
        // Some hidden neurons are off for some x and on for others: the check covers both slopes of ReLU.
        var A = network.Layers[0].Forward(X);
        Assert.Contains(A.Cast<double>(), a => a == 0);
        Assert.Contains(A.Cast<double>(), a => a > 0);
        Assert.Equal(8 * 2 + 9 + 12, CheckNetwork(network, X, y));
    }

    [Theory]
    [InlineData("tanh")]
    [InlineData("relu")]
    [InlineData("leaky relu")]
    public void Two_four_three_one(string hidden)
    {
        var network = Network([2, 4, 3, 1], ByName(hidden), Activation.Linear, seed: 8);
        var (X, y) = NeuronTests.RandomData(rows: 6, features: 2, seed: 13);
        AssertAwayFromKinks(network, X);
        Assert.Equal(4 * 3 + 3 * 5 + 4 + 6 * 2, CheckNetwork(network, X, y));
    }
}
