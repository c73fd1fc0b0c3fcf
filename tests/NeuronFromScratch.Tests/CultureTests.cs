using System.Globalization;
using NeuronFromScratch;
using Xunit;

namespace NeuronFromScratch.Tests;

/// <summary>Messages quote numbers as the notebooks print them ('.' decimal point), whatever the culture.</summary>
public sealed class CultureTests
{
    [Fact]
    public void A_bad_learning_rate_is_quoted_with_a_decimal_point_in_a_german_culture() => InGerman(() =>
    {
        var neuron = new Neuron(1);
        var e = Assert.ThrowsAny<ArgumentException>(() => neuron.Step(-0.5));
        Assert.Contains("-0.5", e.Message);
    });

    [Fact]
    public void A_divergence_names_the_loss_and_learning_rate_as_the_notebooks_print_them_in_a_german_culture() => InGerman(() =>
    {
        var (X, y) = Data.GetData();
        var e = Assert.Throws<TrainingDivergedException>(() => Trainer.Train(new Neuron(1), X, y, epochs: 20, learningRate: 5.5));
        Assert.Contains("learning rate 5.5 ", e.Message);
        Assert.Contains(double.IsFinite(e.Loss) ? "the weights or the bias" : "(Infinity)", e.Message);
    });

    private static void InGerman(Action test)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try { test(); }
        finally { CultureInfo.CurrentCulture = before; }
    }
}
