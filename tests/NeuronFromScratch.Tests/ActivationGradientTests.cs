using NeuronFromScratch;
using Xunit;

namespace NeuronFromScratch.Tests;

/// <summary>Every activation's derivative against central differences, away from the kinks at z = 0.</summary>
public sealed class ActivationGradientTests
{
    public static TheoryData<string> Names() => new(All.Select(a => a.Name));

    private static readonly Activation[] All =
        [Activation.Linear, Activation.ReLU, Activation.LeakyReLU, Activation.Sigmoid, Activation.Tanh];

    [Theory, MemberData(nameof(Names))]
    public void The_derivative_matches_central_differences(string name)
    {
        var activation = All.Single(a => a.Name == name);
        const double h = 1e-6;
        foreach (double z in new[] { -3.0, -1.2, -0.4, -0.05, 0.05, 0.3, 1.0, 2.7 })
        {
            double numerical = (activation.Sigma(z + h) - activation.Sigma(z - h)) / (2 * h);
            Assert.True(Math.Abs(numerical - activation.DSigmaDz(z)) <= 1e-8 * Math.Max(1, Math.Abs(numerical)),
                $"{name} at z = {z}: dσ/dz = {activation.DSigmaDz(z)}, central differences {numerical}");
        }
    }

    [Fact]
    public void The_functions_have_their_textbook_values()
    {
        Assert.Equal(0, Activations.ReLU(-2));
        Assert.Equal(3, Activations.ReLU(3));
        Assert.Equal(-0.02, Activations.LeakyReLU(-2), 15);
        Assert.Equal(0.01, Activations.DLeakyReLUDz(-2));
        Assert.Equal(0.5, Activations.Sigmoid(0));
        Assert.Equal(0.25, Activations.DSigmoidDz(0));
        Assert.Equal(1, Activations.DTanhDz(0));
        Assert.Equal(0, Activations.DReLUDz(0));   // the kink: we take the left slope
    }

    [Fact]
    public void Backward_returns_dL_dX_that_matches_central_differences_for_every_activation()
    {
        var random = new Random(5);
        var X = new double[4, 3];
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 3; j++)
                X[i, j] = 2 * random.NextDouble() - 1;
        double[] y = { 0.3, -0.2, 0.9, 0.1 };
        foreach (var activation in All)
        {
            var neuron = new Neuron(3, seed: 2) { Activation = activation, b = 0.1 };
            double Loss(double[,] inputs) => Losses.Mse(neuron.Forward(inputs), y);
            double[,] dLossDX = neuron.Backward(Losses.DMseDYHat(neuron.Forward(X), y));
            const double h = 1e-6;
            for (int i = 0; i < 4; i++)
                for (int j = 0; j < 3; j++)
                {
                    var up = (double[,])X.Clone(); up[i, j] += h;
                    var down = (double[,])X.Clone(); down[i, j] -= h;
                    double numerical = (Loss(up) - Loss(down)) / (2 * h);
                    Assert.True(Math.Abs(numerical - dLossDX[i, j]) <= 1e-7 * Math.Max(1, Math.Abs(numerical)),
                        $"{activation.Name}: dL/dX[{i}, {j}] = {dLossDX[i, j]}, central differences {numerical}");
                }
        }
    }
}
