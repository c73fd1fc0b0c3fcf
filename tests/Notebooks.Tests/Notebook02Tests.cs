using System.Globalization;
using System.Text.RegularExpressions;
using NeuronFromScratch;
using Xunit;

namespace Notebooks.Tests;

/// <summary>
/// Notebook 2, the loss: its printed losses and slopes recomputed with the library, the bowl chart, and how its
/// exercise checks treat wrong answers. (Starter → ✘ and solution → ✔ are covered by NotebookExecutionTests.)
/// </summary>
public sealed partial class Notebook02Tests
{
    private const string Notebook = "02-loss.ipynb";

    // The notebook's four example predictions and targets: inputs, not outputs.
    private static readonly double[] ExampleYHat = [0.5, 0.646, 0.525, 0.668];
    private static readonly double[] ExampleY = [0, 1, 1, 1];

    [Fact]
    public async Task TheHandWrittenAndTheLibraryMseArePrintedAsTheLibrarysValue()
    {
        var run = await Course.RunAsync(Notebook);
        string loss = F(Losses.MeanSquaredError(ExampleYHat, ExampleY), "F6");

        Assert.Contains($"/ 4 = {loss}", run.OutputText("mse-by-hand"));
        Assert.Contains($"library: L = {loss}", run.OutputText("mse-library"));
        Assert.Contains($"by hand: L = {loss}", run.OutputText("mse-library"));
    }

    [Fact]
    public async Task TheUntrainedNeuronsLossIsTheLibrarysLossOfTheDefaultNeuron()
    {
        var run = await Course.RunAsync(Notebook);
        var data = Data.GetData();
        double loss = Losses.MeanSquaredError(new Neuron(1).Forward(data.X), data.Y);

        Assert.Contains($"its loss: L = {F(loss, "F4")}", run.OutputText("untrained"));
        Assert.Contains("L = 0.0000", run.OutputText("perfect"));
    }

    [Fact]
    public async Task TheBowlChartPlotsTheLossOverTheWeightGridWithItsMinimumAtTheTrueSlope()
    {
        var run = await Course.RunAsync(Notebook);
        var chart = Assert.Single(run.ChartsOf("chart-bowl"));
        Assert.False(string.IsNullOrWhiteSpace(chart.Title));
        Assert.False(string.IsNullOrWhiteSpace(chart.XAxisTitle));
        Assert.False(string.IsNullOrWhiteSpace(chart.YAxisTitle));
        Assert.All(chart.Traces, t => Assert.False(string.IsNullOrWhiteSpace(t.Name)));

        var bowl = chart.Traces.Single(t => t.Mode == "lines");
        Assert.Equal(121, bowl.X.Length);
        Assert.Equal(-1.0, bowl.X[0], 12);
        Assert.Equal(5.0, bowl.X[^1], 12);
        for (int k = 0; k < bowl.X.Length; k++)
            Assert.Equal(LossAt(bowl.X[k], Data.TrueIntercept), bowl.Y[k], 12);

        var minimum = chart.Trace("minimum");
        double wBest = Assert.Single(minimum.X);
        Assert.True(Math.Abs(wBest - Data.TrueSlope) <= 0.05, $"minimum at w₁ = {wBest}");
        Assert.Equal(bowl.Y.Min(), Assert.Single(minimum.Y), 12);

        var start = chart.Traces.Single(t => t.Mode == "markers" && t.Name != "minimum");
        Assert.Equal(new Neuron(1).Weights[0], Assert.Single(start.X), 12);
    }

    [Fact]
    public async Task TheMeasuredSlopeAtTheUntrainedWeightIsTheChainRuleSlope()
    {
        var run = await Course.RunAsync(Notebook);
        double w1 = new Neuron(1).Weights[0];
        // dL/dw₁ = Σᵢ dL/dŷᵢ · xᵢ with b held at 1: the library's derivative, not the notebook's finite difference.
        var data = Data.GetData();
        var probe = new Neuron(1) { Weights = [w1], Bias = Data.TrueIntercept };
        double[] dLossDYHat = Losses.DMeanSquaredErrorDPredictions(probe.Forward(data.X), data.Y);
        double expected = dLossDYHat.Select((d, i) => d * data.X[i, 0]).Sum();

        var printed = SlopeLine().Match(run.OutputText("slope"));
        Assert.True(printed.Success, run.OutputText("slope"));
        Assert.Equal(expected, double.Parse(printed.Groups["slope"].Value, CultureInfo.InvariantCulture), 3);
        Assert.True(expected < 0);
    }

    [Fact]
    public async Task TheLibraryDerivativesPrintedAreTwoOverNTimesTheErrors()
    {
        var run = await Course.RunAsync(Notebook);
        var text = run.OutputText("library-dloss");
        for (int i = 0; i < ExampleYHat.Length; i++)
        {
            double expected = 2.0 / ExampleYHat.Length * (ExampleYHat[i] - ExampleY[i]);
            Assert.Contains($"example {i + 1}: ŷ = {F(ExampleYHat[i], "F3")}, y = {F(ExampleY[i], "F0")}, ∂L/∂ŷ = {F(expected, "F4")}", text);
        }
    }

    [Fact]
    public async Task Exercise1RejectsAMeanThatForgetsTheAbsoluteValue()
    {
        const string signed = """
            double MeanAbsoluteError(double[] yHat, double[] y)
            {
                double sum = 0;
                for (int i = 0; i < yHat.Length; i++)
                    sum += yHat[i] - y[i];
                return sum / yHat.Length;
            }
            """;
        var verdict = await VerdictAsync(1, signed);
        Assert.StartsWith("✘", verdict);
        Assert.Contains("Math.Abs", verdict);
    }

    [Fact]
    public async Task Exercise1RejectsTheMeanSquaredError()
    {
        const string squared = "double MeanAbsoluteError(double[] yHat, double[] y) => MeanSquaredError(yHat, y);";
        Assert.StartsWith("✘", await VerdictAsync(1, squared));
    }

    [Theory]
    [InlineData("2 * (yHat[i] - y[i])", "divide by n")]           // forgot the 1/n of the mean
    [InlineData("2 / yHat.Length * (yHat[i] - y[i])", "")]        // integer division: 2 / 4 is 0
    [InlineData("2.0 / yHat.Length * (y[i] - yHat[i])", "sign")]  // y − ŷ instead of ŷ − y
    public async Task Exercise2RejectsAWrongDerivative(string term, string clue)
    {
        string answer = $$"""
            double[] DLossDYHat(double[] yHat, double[] y)
            {
                var dLossDYHat = new double[yHat.Length];
                for (int i = 0; i < yHat.Length; i++)
                    dLossDYHat[i] = {{term}};
                return dLossDYHat;
            }
            """;
        var verdict = await VerdictAsync(2, answer);
        Assert.StartsWith("✘", verdict);
        Assert.Contains(clue, verdict);
    }

    [Fact]
    public async Task TheOutcomeCellFailsWhenTheHandWrittenMseIsWrong()
    {
        // Dividing by n − 1 instead of n: the loop no longer agrees with MeanSquaredError.
        const string wrongMean = """
            double sumOfSquares = 0;
            for (int i = 0; i < yHat.Length; i++)
                sumOfSquares += (yHat[i] - y[i]) * (yHat[i] - y[i]);
            double lossByHand = sumOfSquares / (yHat.Length - 1);
            """;
        var run = await Course.RunAsync(Notebook, new Dictionary<string, string> { ["mse-by-hand"] = wrongMean });
        Assert.Contains(run.Errors, e => e.Contains("(outcome)") && e.Contains("InvalidOperationException"));
    }

    private static double LossAt(double w1, double b)
    {
        var data = Data.GetData();
        var neuron = new Neuron(1) { Weights = [w1], Bias = b };
        return Losses.MeanSquaredError(neuron.Forward(data.X), data.Y);
    }

    private static async Task<string> VerdictAsync(int exercise, string answer)
    {
        var run = await Course.RunAsync(
            Notebook, new Dictionary<string, string> { [$"ex{exercise}-answer"] = answer },
            stopAfterCellId: $"ex{exercise}-check");
        Assert.Empty(run.Errors);
        return run.OutputText($"ex{exercise}-check").Trim();
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^slope at w₁ = \d+\.\d+: (?<slope>-?\d+\.\d+)", RegexOptions.Multiline)]
    private static partial Regex SlopeLine();
}
