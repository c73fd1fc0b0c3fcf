using System.Globalization;
using Xunit;

namespace NeuronFromScratch.Tests;

/// <summary>Every public entry point rejects bad input with an ArgumentException that says what was wrong.</summary>
public sealed class BadInputTests
{
    private static readonly double[,] Good = { { 1 }, { 2 }, { 3 } };
    private static readonly double[] GoodY = { 1, 2, 3 };

    /// <summary>Asserts an ArgumentException (or subclass) for <paramref name="parameter"/> whose message holds each fragment
    /// (the expected and the actual value or shape).</summary>
    internal static void Rejects(Action act, string parameter, params string[] fragments)
    {
        // Messages format numbers in the current culture; pin it so "-0.5" and "Infinity" read the same everywhere.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        ArgumentException e;
        try { e = Assert.ThrowsAny<ArgumentException>(act); }
        finally { CultureInfo.CurrentCulture = culture; }
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains(parameter, e.Message);
        foreach (string fragment in fragments)
            Assert.Contains(fragment, e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void FeatureCount_below_one(int featureCount)
    {
        Rejects(() => new Neuron(featureCount), "featureCount", "at least 1", $"{featureCount}");
        Rejects(() => new Neuron(featureCount, seed: 1), "featureCount", "at least 1", $"{featureCount}");
    }

    [Fact]
    public void Forward_on_bad_matrices()
    {
        var neuron = new Neuron(2);
        Rejects(() => neuron.Forward((double[,])null!), "X", "null");
        Rejects(() => neuron.Forward(new double[0, 2]), "X", "empty");
        Rejects(() => neuron.Forward(new double[4, 3]), "X", "n × 2", "4 × 3");
        Rejects(() => neuron.Forward(new double[,] { { 1, 2 }, { 3, double.NaN } }), "X", "[1, 1]", "finite", "NaN");
        Rejects(() => neuron.Forward(new double[,] { { double.PositiveInfinity, 2 } }), "X", "[0, 0]", "finite", "Infinity");
    }

    [Fact]
    public void Forward_on_bad_examples()
    {
        var neuron = new Neuron(2);
        Rejects(() => neuron.Forward((double[])null!), "x", "null");
        Rejects(() => neuron.Forward(new double[3]), "x", "length 3", "length 2");
        Rejects(() => neuron.Forward(new[] { 1, double.NegativeInfinity }), "x", "[1]", "finite", "-Infinity");
    }

    [Fact]
    public void Backward_with_bad_derivatives()
    {
        var neuron = new Neuron(1);
        neuron.Forward(Good);
        Rejects(() => neuron.Backward(null!), "dLossDYHat", "null");
        Rejects(() => neuron.Backward(new double[2]), "dLossDYHat", "length 2", "length 3");
        Rejects(() => neuron.Backward(new[] { 0, double.NaN, 0 }), "dLossDYHat", "[1]", "NaN");
        Rejects(() => neuron.Backward(0.5), "dLossDYHat", "length 1", "length 3");
        Rejects(() => neuron.Backward(double.NaN), "dLossDYHat", "finite", "NaN");
    }

    [Fact]
    public void Backward_before_Forward_is_an_invalid_operation()
    {
        // Not an argument problem but a call-order one, hence InvalidOperationException.
        var e = Assert.Throws<InvalidOperationException>(() => new Neuron(1).Backward(new[] { 1.0 }));
        Assert.Contains("Forward first", e.Message);
        Assert.Throws<InvalidOperationException>(() => new Neuron(1).Backward(1.0));
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.1, "-0.1")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Step_with_a_bad_learning_rate(double learningRate, string shown)
    {
        Rejects(() => new Neuron(1).Step(learningRate), "learningRate", "positive finite", shown);
    }

    [Fact]
    public void Setting_bad_parameters()
    {
        var neuron = new Neuron(2);
        Rejects(() => neuron.W = null!, "W", "null");
        Rejects(() => neuron.W = new double[3], "W", "length 3", "length 2");
        Rejects(() => neuron.W = new[] { 1, double.NaN }, "W", "[1]", "NaN");
        Rejects(() => neuron.b = double.NegativeInfinity, "b", "finite", "-Infinity");
        Assert.Equal(2, neuron.W.Length);
    }

    [Fact]
    public void Losses_with_bad_arrays()
    {
        foreach (Action<double[], double[]> loss in new Action<double[], double[]>[]
                 { (p, t) => Losses.Mse(p, t), (p, t) => Losses.DMseDYHat(p, t) })
        {
            Rejects(() => loss(null!, GoodY), "yHat", "null");
            Rejects(() => loss(GoodY, null!), "y", "null");
            Rejects(() => loss([], []), "yHat", "empty");
            Rejects(() => loss(GoodY, new double[4]), "y", "length 4", "length 3");
            Rejects(() => loss([1, double.NaN, 3], GoodY), "yHat", "[1]", "NaN");
            Rejects(() => loss(GoodY, [1, 2, double.PositiveInfinity]), "y", "[2]", "Infinity");
        }
    }

    [Fact]
    public void Activations_with_null()
    {
        Rejects(() => Activations.Linear(null!), "x", "null");
        Rejects(() => Activations.DLinearDz(null!), "x", "null");
    }

    [Fact]
    public void GetData_with_bad_arguments()
    {
        Rejects(() => Data.GetData(count: 1), "count", "at least 2", "1");
        Rejects(() => Data.GetData(noise: -0.5), "noise", "≥ 0", "-0.5");
        Rejects(() => Data.GetData(noise: double.NaN), "noise", "NaN");
        Rejects(() => Data.GetData(slope: double.NaN), "slope", "finite", "NaN");
        Rejects(() => Data.GetData(intercept: double.PositiveInfinity), "intercept", "finite", "Infinity");
        Rejects(() => Data.GetData().Feature(1), "j", "0 to 0", "1");
    }
}
