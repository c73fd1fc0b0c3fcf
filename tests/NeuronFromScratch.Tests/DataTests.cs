using Xunit;

namespace NeuronFromScratch.Tests;

public sealed class DataTests
{
    [Fact]
    public void GetData_gives_30_evenly_spaced_points_from_minus_one_to_one_on_the_documented_line()
    {
        var (X, y) = Data.GetData();

        Assert.Equal(30, X.GetLength(0));
        Assert.Equal(1, X.GetLength(1));
        Assert.Equal(30, y.Length);
        Assert.Equal(-1.0, X[0, 0]);
        Assert.Equal(1.0, X[29, 0]);
        for (int i = 0; i < 30; i++)
        {
            Assert.Equal(-1.0 + 2.0 * i / 29, X[i, 0], 15);
            Assert.Equal(Data.TrueSlope * X[i, 0] + Data.TrueIntercept, y[i], 15);
        }
        Assert.Equal(2.0, Data.TrueSlope);
        Assert.Equal(1.0, Data.TrueIntercept);
    }

    [Fact]
    public void GetData_takes_count_slope_and_intercept()
    {
        var data = Data.GetData(count: 5, slope: -3, intercept: 0.5);

        Assert.Equal(5, data.Count);
        Assert.Equal(1, data.FeatureCount);
        Assert.Equal(new[] { -1.0, -0.5, 0.0, 0.5, 1.0 }, data.Feature(0));
        // y = −3x + 0.5
        Assert.Equal(new[] { 3.5, 2.0, 0.5, -1.0, -2.5 }, data.y);
    }

    [Fact]
    public void Noise_is_repeatable_with_a_seed_and_roughly_of_the_asked_size()
    {
        var a = Data.GetData(count: 2000, noise: 0.1, seed: 3);
        var b = Data.GetData(count: 2000, noise: 0.1, seed: 3);
        var c = Data.GetData(count: 2000, noise: 0.1, seed: 4);
        Assert.Equal(a.y, b.y);
        Assert.NotEqual(a.y, c.y);

        var residuals = a.y.Select((y, i) => y - (Data.TrueSlope * a.X[i, 0] + Data.TrueIntercept)).ToArray();
        double mean = residuals.Average();
        double std = Math.Sqrt(residuals.Select(r => (r - mean) * (r - mean)).Average());
        Assert.InRange(mean, -0.01, 0.01);
        Assert.InRange(std, 0.09, 0.11);
    }

    [Fact]
    public void Feature_copies_a_column()
    {
        var data = new Dataset(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }, new double[] { 0, 0, 0 });
        Assert.Equal(new[] { 2.0, 4.0, 6.0 }, data.Feature(1));
        Assert.Equal(3, data.Count);
        Assert.Equal(2, data.FeatureCount);
    }
}
