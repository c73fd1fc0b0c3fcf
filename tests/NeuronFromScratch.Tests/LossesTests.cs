using Xunit;

namespace NeuronFromScratch.Tests;

public sealed class LossesTests
{
    private static readonly double[] TextbookPredictions = { 0.5, 0.646, 0.525, 0.668 };
    private static readonly double[] TextbookTargets = { 0, 1, 1, 1 };

    [Fact]
    public void MeanSquaredError_of_the_textbook_example()
    {
        // errors ŷ − y: 0.5, −0.354, −0.475, −0.332
        // squares:      0.25 + 0.125316 + 0.225625 + 0.110224 = 0.711165
        // mean:         0.711165 / 4 = 0.17779125
        Assert.Equal(0.17779125, Losses.Mse(TextbookPredictions, TextbookTargets), 14);
    }

    [Fact]
    public void Derivative_of_the_textbook_example()
    {
        // dL/dŷᵢ = (2/n)(ŷᵢ − yᵢ) = 0.5·(ŷᵢ − yᵢ) for n = 4
        double[] expected = { 0.25, -0.177, -0.2375, -0.166 };

        double[] actual = Losses.DMseDYHat(TextbookPredictions, TextbookTargets);

        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], actual[i], 14);
    }

    [Theory]
    // one example: (3 − 1)² = 4; derivative 2·(3 − 1) = 4
    [InlineData(new[] { 3.0 }, new[] { 1.0 }, 4.0, new[] { 4.0 })]
    // perfect predictions: loss 0, derivative 0
    [InlineData(new[] { 1.0, -2.0 }, new[] { 1.0, -2.0 }, 0.0, new[] { 0.0, 0.0 })]
    // errors 1, −1, 2: (1 + 1 + 4)/3 = 2; derivative (2/3)·[1, −1, 2]
    [InlineData(new[] { 1.0, 0.0, 2.0 }, new[] { 0.0, 1.0, 0.0 }, 2.0, new[] { 2.0 / 3, -2.0 / 3, 4.0 / 3 })]
    // errors −0.5, 0.5: (0.25 + 0.25)/2 = 0.25; derivative [−0.5, 0.5]
    [InlineData(new[] { 0.5, 1.5 }, new[] { 1.0, 1.0 }, 0.25, new[] { -0.5, 0.5 })]
    public void Hand_computed_cases(double[] predictions, double[] targets, double loss, double[] derivative)
    {
        Assert.Equal(loss, Losses.Mse(predictions, targets), 15);
        double[] actual = Losses.DMseDYHat(predictions, targets);
        for (int i = 0; i < derivative.Length; i++)
            Assert.Equal(derivative[i], actual[i], 15);
    }

    [Fact]
    public void The_derivative_is_the_slope_of_the_loss()
    {
        // Moving one prediction by ±h changes L by ±h·dL/dŷᵢ (exactly, up to rounding, since L is quadratic).
        double[] derivative = Losses.DMseDYHat(TextbookPredictions, TextbookTargets);
        const double h = 1e-4;
        for (int i = 0; i < TextbookPredictions.Length; i++)
        {
            double[] up = (double[])TextbookPredictions.Clone(), down = (double[])TextbookPredictions.Clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (Losses.Mse(up, TextbookTargets) - Losses.Mse(down, TextbookTargets)) / (2 * h);
            Assert.Equal(derivative[i], numeric, 9);
        }
    }

    [Fact]
    public void The_inputs_are_not_modified()
    {
        double[] predictions = (double[])TextbookPredictions.Clone(), targets = (double[])TextbookTargets.Clone();
        Losses.Mse(predictions, targets);
        Losses.DMseDYHat(predictions, targets);
        Assert.Equal(TextbookPredictions, predictions);
        Assert.Equal(TextbookTargets, targets);
    }
}
