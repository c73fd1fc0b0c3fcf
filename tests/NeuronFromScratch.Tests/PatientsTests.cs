using Xunit;

namespace NeuronFromScratch.Tests;

public sealed class PatientsTests
{
    [Fact]
    public void Get_is_deterministic_for_a_seed_and_differs_between_seeds()
    {
        var a = Patients.Get();
        var b = Patients.Get(200, Patients.DefaultSeed);
        var c = Patients.Get(200, seed: 8);
        Assert.Equal(a.X, b.X);
        Assert.Equal(a.y, b.y);
        Assert.NotEqual(a.X, c.X);
        Assert.Equal(Patients.Get().y, Patients.Get().y);
    }

    [Fact]
    public void Get_gives_count_patients_with_two_counts_in_realistic_ranges_rounded_like_a_lab()
    {
        var data = Patients.Get(count: 500, seed: 3);
        Assert.Equal(500, data.Count);
        Assert.Equal(2, data.FeatureCount);
        foreach (double white in data.Feature(0))
        {
            Assert.InRange(white, Patients.WhiteMin, Patients.WhiteMax);
            Assert.Equal(Math.Round(white, 1), white);
        }
        foreach (double red in data.Feature(1))
        {
            Assert.InRange(red, Patients.RedMin, Patients.RedMax);
            Assert.Equal(Math.Round(red, 2), red);
        }
        Assert.InRange(Patients.WhiteMin, 2, 4);
        Assert.InRange(Patients.WhiteMax, 14, 16);
        Assert.InRange(Patients.RedMin, 3, 4);
        Assert.InRange(Patients.RedMax, 6, 7);
    }

    [Fact]
    public void Get_labels_follow_the_linear_rule_and_both_classes_occur()
    {
        var data = Patients.Get();
        for (int i = 0; i < data.Count; i++)
        {
            double white = data.X[i, 0], red = data.X[i, 1];
            Assert.Equal(white - 2 * red > 0 ? 1.0 : 0.0, data.y[i]);
            Assert.Equal(Patients.IsIll(white, red) ? 1.0 : 0.0, data.y[i]);
        }
        Assert.InRange(data.y.Count(v => v == 1), 50, 150);
        Assert.All(data.y, v => Assert.True(v is 0 or 1));
    }

    [Fact]
    public void IsIll_is_the_documented_rule_white_minus_two_red_above_zero()
    {
        Assert.Equal(2.0, Patients.RedFactor);
        Assert.Equal(0.0, Patients.IllThreshold);
        Assert.False(Patients.IsIll(7.5, 4.8));   // notebook 1's patient: 7.5 − 9.6 < 0
        Assert.True(Patients.IsIll(12, 5));
        Assert.False(Patients.IsIll(10, 5));      // on the line: not ill (strictly greater)
    }

    [Fact]
    public void GetAbnormal_labels_ill_outside_the_normal_ranges_on_every_side_of_the_healthy_ones()
    {
        var data = Patients.GetAbnormal();
        Assert.Equal(200, data.Count);
        bool lowWhite = false, highWhite = false, lowRed = false, highRed = false;
        for (int i = 0; i < data.Count; i++)
        {
            double white = data.X[i, 0], red = data.X[i, 1];
            bool outside = white < 4 || white > 11 || red < 4 || red > 6;
            Assert.Equal(outside ? 1.0 : 0.0, data.y[i]);
            Assert.Equal(Patients.IsAbnormal(white, red) ? 1.0 : 0.0, data.y[i]);
            lowWhite |= white < 4; highWhite |= white > 11; lowRed |= red < 4; highRed |= red > 6;
        }
        Assert.True(lowWhite && highWhite && lowRed && highRed, "ill patients on every side of the healthy ones");
        Assert.InRange(data.y.Count(v => v == 1), 70, 130);
        Assert.Equal(Patients.GetAbnormal().X, data.X);
        Assert.NotEqual(Patients.GetAbnormal(seed: 12).X, data.X);
    }

    [Fact]
    public void GetAbnormal_is_not_separated_by_a_trained_sigmoid_neuron_but_Get_is()
    {
        static double Accuracy(Dataset data)
        {
            int n = data.Count;
            var X = new double[n, 2];
            for (int j = 0; j < 2; j++)
            {
                double[] column = data.Feature(j);
                double mean = column.Average(), sd = Math.Sqrt(column.Average(v => (v - mean) * (v - mean)));
                for (int i = 0; i < n; i++) X[i, j] = (column[i] - mean) / sd;
            }
            var neuron = new Neuron(2) { Activation = Activation.Sigmoid };
            Trainer.Train(neuron, X, data.y, 300, 2.0, Trainer.FullBatch);
            double[] p = neuron.Forward(X);
            return Enumerable.Range(0, n).Count(i => (p[i] >= 0.5 ? 1.0 : 0.0) == data.y[i]) / (double)n;
        }
        Assert.True(Accuracy(Patients.Get()) >= 0.95);
        Assert.True(Accuracy(Patients.GetAbnormal()) <= 0.75);
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Patients.Get(0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Patients.GetAbnormal(-1)).ParamName);
        Assert.Equal("white", Assert.Throws<ArgumentOutOfRangeException>(() => Patients.IsIll(double.NaN, 5)).ParamName);
        Assert.Equal("red", Assert.Throws<ArgumentOutOfRangeException>(() => Patients.IsIll(7, double.PositiveInfinity)).ParamName);
        Assert.Equal("white", Assert.Throws<ArgumentOutOfRangeException>(() => Patients.IsAbnormal(double.NaN, 5)).ParamName);
        Assert.Equal(1, Patients.Get(1).Count);
    }
}
