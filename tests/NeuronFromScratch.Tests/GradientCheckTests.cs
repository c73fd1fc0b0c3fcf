using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit;

namespace NeuronFromScratch.Tests;

/// <summary>
/// The analytic gradients (Forward → dMSE/dŷ → Backward) against central finite differences of the loss.
/// </summary>
public sealed class GradientCheckTests
{
    private const double Tolerance = 1e-7;

    // A fixed replay seed, so every run checks the same cases and a failure can be reproduced.
    private static readonly Config Deterministic = Config.QuickThrowOnFailure
        .WithMaxTest(200)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20240601UL, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));

    /// <summary>One random problem: a neuron (W, b) and data (X, y), values in [−2, 2].</summary>
    public sealed record Case(double[,] X, double[] Y, double[] W, double B)
    {
        public override string ToString() =>
            $"{X.GetLength(0)}×{X.GetLength(1)}: X=[{string.Join(", ", X.Cast<double>())}] y=[{string.Join(", ", Y)}] W=[{string.Join(", ", W)}] b={B}";
    }

    private static Gen<Case> Cases(Gen<int> featureCounts)
    {
        // Values on a grid of 1/1000 so that FsCheck can shrink them towards 0.
        Gen<double> value = Gen.Choose(-2000, 2000).Select(k => k / 1000.0);
        return from f in featureCounts
               from n in Gen.Choose(1, 20)
               from x in Gen.ArrayOf(value, n * f)
               from y in Gen.ArrayOf(value, n)
               from w in Gen.ArrayOf(value, f)
               from b in value
               select new Case(ToMatrix(x, n, f), y, w, b);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public void Analytic_gradients_match_finite_differences(int featureCount)
    {
        Prop.ForAll(Cases(Gen.Constant(featureCount)).ToArbitrary(), MatchesFiniteDifferences).Check(Deterministic);
    }

    [Fact]
    public void Analytic_gradients_match_finite_differences_for_any_shape()
    {
        Prop.ForAll(Cases(Gen.Choose(1, 12)).ToArbitrary(), MatchesFiniteDifferences).Check(Deterministic);
    }

    [Fact]
    public void The_chain_rule_also_holds_for_a_nonlinear_activation()
    {
        // tanh is not quadratic, so finite differences have an O(h²) error here: the tolerance is looser.
        var tanh = new Activation("tanh", Math.Tanh, z => 1 - Math.Tanh(z) * Math.Tanh(z));
        var (X, y) = NeuronTests.RandomData(rows: 8, features: 3, seed: 5);
        var neuron = new Neuron(3, seed: 6) { Activation = tanh };
        var (dW, db) = Analytic(neuron, X, y);
        var (nW, nb) = Numeric(neuron, X, y, h: 1e-5);
        for (int j = 0; j < 3; j++)
            Assert.True(RelativeError(dW[j], nW[j]) < 1e-6, $"dW[{j}]: {dW[j]} vs {nW[j]}");
        Assert.True(RelativeError(db, nb) < 1e-6, $"db: {db} vs {nb}");
    }

    [Fact]
    public void The_check_catches_a_gradient_that_is_slightly_wrong()
    {
        // A backward pass whose dσ/dz is off by one part in a million must not pass the check.
        var c = new Case(new double[,] { { 1.5 }, { -0.5 } }, [0.3, 1.0], [0.7], 0.1);
        var slightlyWrong = new Activation("linear", z => z, z => 1 + 1e-6);
        Assert.True(MatchesFiniteDifferences(c));
        Assert.ThrowsAny<Exception>(() => MatchesFiniteDifferences(c, slightlyWrong));
    }

    private static bool MatchesFiniteDifferences(Case c) => MatchesFiniteDifferences(c, Activation.Linear);

    private static bool MatchesFiniteDifferences(Case c, Activation activation)
    {
        var neuron = new Neuron(c.W.Length) { W = (double[])c.W.Clone(), b = c.B, Activation = activation };
        var (dW, db) = Analytic(neuron, c.X, c.Y);
        // L is quadratic in W and b, so central differences are exact but for rounding; a large h keeps that small.
        var (nW, nb) = Numeric(neuron, c.X, c.Y, h: 1e-3);
        for (int j = 0; j < dW.Length; j++)
            if (!(RelativeError(dW[j], nW[j]) <= Tolerance))
                throw new Exception($"dL/dW[{j}]: analytic {dW[j]:R}, numeric {nW[j]:R}, relative error {RelativeError(dW[j], nW[j]):E2}");
        if (!(RelativeError(db, nb) <= Tolerance))
            throw new Exception($"dL/db: analytic {db:R}, numeric {nb:R}, relative error {RelativeError(db, nb):E2}");
        return true;
    }

    private static (double[] dW, double db) Analytic(Neuron neuron, double[,] X, double[] y)
    {
        neuron.ResetGrad();
        double[] predictions = neuron.Forward(X);
        neuron.Backward(Losses.DMseDYHat(predictions, y));
        return ((double[])neuron.dLossDW.Clone(), neuron.dLossDb);
    }

    private static (double[] dW, double db) Numeric(Neuron neuron, double[,] X, double[] y, double h)
    {
        double Loss() => Losses.Mse(neuron.Forward(X), y);
        var dW = new double[neuron.FeatureCount];
        for (int j = 0; j < dW.Length; j++)
        {
            double w = neuron.W[j];
            neuron.W[j] = w + h;
            double up = Loss();
            neuron.W[j] = w - h;
            double down = Loss();
            neuron.W[j] = w;
            dW[j] = (up - down) / (2 * h);
        }
        double b = neuron.b;
        neuron.b = b + h;
        double upB = Loss();
        neuron.b = b - h;
        double downB = Loss();
        neuron.b = b;
        return (dW, (upB - downB) / (2 * h));
    }

    // |a − n| / max(|a|, |n|), with a floor of 1e-6 on the denominator: a gradient that is 0 up to rounding
    // (e.g. a feature column of zeros) is then judged by its absolute error, which is all it has.
    private static double RelativeError(double analytic, double numeric) =>
        Math.Abs(analytic - numeric) / Math.Max(1e-6, Math.Max(Math.Abs(analytic), Math.Abs(numeric)));

    private static double[,] ToMatrix(double[] values, int rows, int columns)
    {
        var matrix = new double[rows, columns];
        Buffer.BlockCopy(values, 0, matrix, 0, values.Length * sizeof(double));
        return matrix;
    }
}
