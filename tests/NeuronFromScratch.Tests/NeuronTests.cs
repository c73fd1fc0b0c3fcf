using Xunit;

namespace NeuronFromScratch.Tests;

public sealed class NeuronTests
{
    // W = [0.5, −1], b = 0.25, so z = 0.5·x₁ − x₂ + 0.25 and, with the linear activation, ŷ = z.
    private static Neuron HandNeuron() => new(2) { W = [0.5, -1.0], b = 0.25 };

    [Fact]
    public void Forward_on_a_matrix_gives_the_hand_computed_predictions()
    {
        double[,] X = { { 1, 2 }, { 3, -1 }, { 0, 0 }, { -2, 0.5 } };

        double[] predictions = HandNeuron().Forward(X);

        // 0.5 − 2 + 0.25 = −1.25;  1.5 + 1 + 0.25 = 2.75;  0 + 0 + 0.25 = 0.25;  −1 − 0.5 + 0.25 = −1.25
        Assert.Equal(new[] { -1.25, 2.75, 0.25, -1.25 }, predictions);
    }

    [Fact]
    public void Forward_on_one_example_gives_the_hand_computed_prediction()
    {
        // 0.5·4 − 1·1.5 + 0.25 = 2 − 1.5 + 0.25 = 0.75
        Assert.Equal(0.75, HandNeuron().Forward(new[] { 4.0, 1.5 }));
    }

    [Fact]
    public void Forward_uses_the_activation_the_neuron_was_made_with()
    {
        var neuron = new Neuron(2) { W = [0.5, -1.0], b = 0.25, Activation = new Activation("square", z => z * z, z => 2 * z) };
        // z = 0.75 as above, σ(z) = 0.5625
        Assert.Equal(0.5625, neuron.Forward(new[] { 4.0, 1.5 }));
    }

    [Fact]
    public void A_new_neuron_has_small_weights_zero_bias_zero_gradients_and_depends_only_on_its_seed()
    {
        var a = new Neuron(5, seed: 7);
        Assert.All(a.W, w => Assert.InRange(w, -0.5, 0.5));
        Assert.Equal(0.0, a.b);
        Assert.All(a.dLossDW, g => Assert.Equal(0.0, g));
        Assert.Equal(0.0, a.dLossDb);
        Assert.Equal(5, a.FeatureCount);

        Assert.Equal(a.W, new Neuron(5, seed: 7).W);
        Assert.NotEqual(a.W, new Neuron(5, seed: 8).W);
        Assert.Equal(new Neuron(3, Neuron.DefaultSeed).W, new Neuron(3).W);
    }

    [Fact]
    public void Backward_gives_the_hand_computed_gradients()
    {
        var neuron = HandNeuron();
        double[,] X = { { 1, 2 }, { 3, -1 } };
        neuron.Forward(X);

        neuron.Backward(new[] { 0.5, -2.0 });

        // dL/dW = Σᵢ dL/dŷᵢ · xᵢ = 0.5·[1, 2] − 2·[3, −1] = [0.5 − 6, 1 + 2] = [−5.5, 3];  dL/db = 0.5 − 2 = −1.5
        Assert.Equal(new[] { -5.5, 3.0 }, neuron.dLossDW);
        Assert.Equal(-1.5, neuron.dLossDb);
    }

    [Fact]
    public void Backward_multiplies_by_the_activation_derivative_at_the_remembered_z()
    {
        var neuron = new Neuron(1) { W = [2.0], b = 1.0, Activation = new Activation("square", z => z * z, z => 2 * z) };
        neuron.Forward(new[] { 3.0 }); // z = 7
        neuron.Backward(0.5);
        // dL/dz = 0.5 · 2·7 = 7;  dL/dW = 7·3 = 21;  dL/db = 7
        Assert.Equal(new[] { 21.0 }, neuron.dLossDW);
        Assert.Equal(7.0, neuron.dLossDb);
    }

    [Fact]
    public void One_feature_forward_and_backward_by_hand()
    {
        // With one feature the library treats X's column as one vector; the numbers must be the same.
        var neuron = new Neuron(1) { W = [2.0], b = -1.0 };
        double[] predictions = neuron.Forward(new double[,] { { 0 }, { 1.5 }, { -2 } });
        Assert.Equal(new[] { -1.0, 2.0, -5.0 }, predictions); // 2x − 1

        neuron.Backward(new[] { 1.0, 0.5, -0.25 });
        // dL/dW = 1·0 + 0.5·1.5 − 0.25·(−2) = 1.25;  dL/db = 1 + 0.5 − 0.25 = 1.25
        Assert.Equal(1.25, neuron.dLossDW[0], 15);
        Assert.Equal(1.25, neuron.dLossDb, 15);
    }

    [Fact]
    public void Two_backward_calls_give_twice_the_gradient_and_ResetGrad_zeroes_it()
    {
        var neuron = new Neuron(3, seed: 1);
        var (X, y) = RandomData(rows: 6, features: 3, seed: 2);
        double[] dLossDYHat = Losses.DMseDYHat(neuron.Forward(X), y);

        neuron.Backward(dLossDYHat);
        double[] once = (double[])neuron.dLossDW.Clone();
        double onceBias = neuron.dLossDb;
        Assert.Contains(once, g => g != 0);
        neuron.Backward(dLossDYHat);

        // The second pass adds each example's term to a running sum that is no longer 0, so the
        // rounding differs a little from 2·once: equal to 14 significant digits.
        for (int j = 0; j < once.Length; j++)
            Assert.Equal(2 * once[j], neuron.dLossDW[j], 1e-14 * Math.Abs(once[j]));
        Assert.Equal(2 * onceBias, neuron.dLossDb, 1e-14 * Math.Abs(onceBias));

        neuron.ResetGrad();
        Assert.All(neuron.dLossDW, g => Assert.Equal(0.0, g));
        Assert.Equal(0.0, neuron.dLossDb);
    }

    [Fact]
    public void Step_moves_the_parameters_against_the_gradient()
    {
        var neuron = HandNeuron();
        neuron.Forward(new double[,] { { 1, 2 }, { 3, -1 } });
        neuron.Backward(new[] { 0.5, -2.0 }); // dL/dW = [−5.5, 3], dL/db = −1.5 (see above)

        neuron.Step(0.1);

        // W − 0.1·dW = [0.5 + 0.55, −1 − 0.3];  b − 0.1·db = 0.25 + 0.15
        Assert.Equal(1.05, neuron.W[0], 15);
        Assert.Equal(-1.3, neuron.W[1], 15);
        Assert.Equal(0.4, neuron.b, 15);
    }

    [Fact]
    public void ToString_shows_the_parameters()
    {
        Assert.Equal("Neuron(W = [0.5, -1], b = 0.25)", HandNeuron().ToString());
    }

    internal static (double[,] X, double[] y) RandomData(int rows, int features, int seed)
    {
        var random = new Random(seed);
        var X = new double[rows, features];
        var y = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < features; j++)
                X[i, j] = 4 * random.NextDouble() - 2;
            y[i] = 4 * random.NextDouble() - 2;
        }
        return (X, y);
    }
}
