using System.Globalization;
using NeuronFromScratch;
using Xunit;

namespace Notebooks.Tests;

/// <summary>
/// Notebook 1, the forward pass: what it prints and plots, recomputed with the library, and how its exercise checks
/// treat wrong answers. (Starter → ✘ and solution → ✔ are covered for every exercise by NotebookExecutionTests.)
/// </summary>
public sealed class Notebook01Tests
{
    private const string Notebook = "01-forward-pass.ipynb";

    // The notebook's hand-made example: inputs chosen for mental arithmetic, not outputs.
    private static readonly double[,] SmallX = { { 1, 2 }, { 0, -1 }, { 4, 3 } };
    private static readonly double[] SmallW = [0.5, -1.0];
    private const double SmallB = 2.0;

    [Fact]
    public async Task TheForwardPassOfTheSmallMatrixIsPrintedAndMatchesTheHandComputation()
    {
        var run = await Course.RunAsync(Notebook);
        var neuron = new Neuron(2) { Weights = (double[])SmallW.Clone(), Bias = SmallB };
        string expected = Vector(neuron.Forward(SmallX), "F2");

        Assert.Contains($"ŷ = {expected}", run.OutputText("forward"));
        Assert.Contains($"by hand:    {expected}", run.OutputText("forward-by-hand"));
        Assert.Contains($"Forward(X): {expected}", run.OutputText("forward-by-hand"));
    }

    [Fact]
    public async Task TheSmallNeuronGetsACopyOfWNotTheArrayItself()
    {
        var run = await Course.RunAsync(Notebook, stopAfterCellId: "small-neuron");
        Assert.Empty(run.Errors);
        Assert.Contains("(double[])W.Clone()", Course.CellSource(Notebook, "small-neuron"));
        Assert.DoesNotContain("Show(", Course.CellSource(Notebook, "small-neuron"));
    }

    [Fact]
    public async Task TheDataCellPrintsTheTrueLineAndTheFirstExamplesByTheirIndex()
    {
        var run = await Course.RunAsync(Notebook, stopAfterCellId: "get-data");
        var data = Data.GetData();
        var text = run.OutputText("get-data");

        Assert.Contains($"n = {data.Count} examples, f = {data.FeatureCount} feature", text);
        Assert.Contains($"TrueSlope = {F(Data.TrueSlope, "R")}, TrueIntercept = {F(Data.TrueIntercept, "R")}", text);
        for (int i = 0; i < 3; i++)
            Assert.Contains($"index {i}: x = {F(data.X[i, 0], "F4")}, y = {F(data.Y[i], "F4")}", text);
    }

    [Fact]
    public async Task TheUntrainedNeuronPrintedIsTheLibrarysDefaultNeuron()
    {
        var run = await Course.RunAsync(Notebook);
        var untrained = new Neuron(1);
        var data = Data.GetData();

        var text = run.OutputText("untrained");
        Assert.Contains($"w₁ = {F(untrained.Weights[0], "F4")}, b = {F(untrained.Bias, "F4")}", text);
        Assert.Contains(Vector(untrained.Forward(data.X)[..3], "F4"), text);
    }

    [Fact]
    public async Task TheChartShowsThe30DataPointsAndTheUntrainedNeuronsLine()
    {
        var run = await Course.RunAsync(Notebook);
        var chart = Assert.Single(run.ChartsOf("chart-untrained"));
        var data = Data.GetData();
        double[] x = data.Feature(0);

        Assert.False(string.IsNullOrWhiteSpace(chart.Title));
        Assert.False(string.IsNullOrWhiteSpace(chart.XAxisTitle));
        Assert.False(string.IsNullOrWhiteSpace(chart.YAxisTitle));
        Assert.Equal(2, chart.Traces.Count);

        var points = chart.Traces.Single(t => t.Mode == "markers");
        Assert.False(string.IsNullOrWhiteSpace(points.Name));
        Assert.Equal(30, points.X.Length);
        AssertClose(x, points.X);
        AssertClose(data.Y, points.Y);

        var line = chart.Traces.Single(t => t.Mode == "lines");
        Assert.False(string.IsNullOrWhiteSpace(line.Name));
        AssertClose(x, line.X);
        AssertClose(new Neuron(1).Forward(data.X), line.Y);
    }

    [Fact]
    public async Task Exercise1RejectsAForwardPassThatForgetsTheBias()
    {
        const string noBias = """
            double[] ForwardByHand(double[,] X, double[] W, double b)
            {
                var yHat = new double[X.GetLength(0)];
                for (int i = 0; i < yHat.Length; i++)
                    for (int j = 0; j < W.Length; j++)
                        yHat[i] += X[i, j] * W[j];
                return yHat;
            }
            """;
        var verdict = await Course.ExerciseVerdictAsync(Notebook, 1, noBias);
        Assert.StartsWith("✘", verdict);
        Assert.Contains("bias", verdict);
    }

    [Fact]
    public async Task Exercise1ReportsAnAnswerThatThrowsInsteadOfFailing()
    {
        // Indexes W by the row i instead of the feature j: out of range on the 3 × 2 matrix.
        const string wrongIndex = """
            double[] ForwardByHand(double[,] X, double[] W, double b)
            {
                var yHat = new double[X.GetLength(0)];
                for (int i = 0; i < yHat.Length; i++)
                    for (int j = 0; j < X.GetLength(1); j++)
                        yHat[i] += X[i, j] * W[i];
                return yHat;
            }
            """;
        var verdict = await Course.ExerciseVerdictAsync(Notebook, 1, wrongIndex);
        Assert.StartsWith("✘", verdict);
        Assert.Contains("IndexOutOfRangeException", verdict);
    }

    [Theory]
    [InlineData(1.0, 2.0)]   // slope and intercept swapped
    [InlineData(2.0, 0.0)]   // the right slope, but through the origin
    public async Task Exercise2RejectsALineThatMissesThePoints(double w1, double b)
    {
        string answer = $"""
            var myNeuron = new Neuron(featureCount: 1);
            myNeuron.Weights[0] = {F(w1, "R")};
            myNeuron.Bias = {F(b, "R")};
            """;
        var verdict = await Course.ExerciseVerdictAsync(Notebook, 2, answer);
        Assert.StartsWith("✘", verdict);
    }

    [Fact]
    public async Task TheOutcomeCellFailsWhenForwardDisagreesWithTheHandComputation()
    {
        // The lesson breaks if the neuron's bias is never set: Forward then misses b in every row.
        const string brokenNeuron = """
            string Format(double[] values, string format = "F2") =>
                "[" + string.Join(", ", values.Select(v => v.ToString(format))) + "]";
            var neuron = new Neuron(featureCount: 2);
            neuron.Weights = (double[])W.Clone();
            """;
        var run = await Course.RunAsync(Notebook, new Dictionary<string, string> { ["small-neuron"] = brokenNeuron });
        Assert.Contains(run.Errors, e => e.Contains("(outcome)") && e.Contains("InvalidOperationException"));
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Vector(double[] values, string format) =>
        "[" + string.Join(", ", values.Select(v => F(v, format))) + "]";

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-12, $"element {i}: expected {expected[i]}, got {actual[i]}");
    }
}
