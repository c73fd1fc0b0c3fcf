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
        var neuron = new Neuron(2) { W = (double[])SmallW.Clone(), b = SmallB };
        string expected = Vector(neuron.Forward(SmallX), "F2");

        Assert.Contains($"ŷ = {expected}", run.OutputText("forward"));
        Assert.Contains($"by hand:    {expected}", run.OutputText("forward-by-hand"));
        Assert.Contains($"Forward(X): {expected}", run.OutputText("forward-by-hand"));
    }

    [Fact]
    public async Task TheSmallNeuronGetsACopyOfWNotTheArrayItself()
    {
        var run = await Course.RunAsync(Notebook);
        Assert.Empty(run.Errors);
        Assert.Contains("(double[])W.Clone()", Course.CellSource(Notebook, "small-neuron"));
        Assert.DoesNotContain("Show(", Course.CellSource(Notebook, "small-neuron"));
    }

    [Fact]
    public async Task TheDataCellPrintsTheFirstAndLastExamplesByTheirIndexAndTheTrueLineComesLater()
    {
        var run = await Course.RunAsync(Notebook);
        var data = Data.GetData();
        var text = run.OutputText("get-data");

        Assert.Contains($"n = {data.Count} examples, f = {data.FeatureCount} feature", text);
        foreach (int i in new[] { 0, 1, 2, data.Count - 1 })
            Assert.Contains($"index {i}: x = {F(data.X[i, 0], "F4")}, y = {F(data.y[i], "F4")}", text);
        Assert.DoesNotContain("TrueSlope", text);
        Assert.Contains($"TrueSlope = {F(Data.TrueSlope, "R")}, TrueIntercept = {F(Data.TrueIntercept, "R")}",
            run.OutputText("true-line-code"));
    }

    [Fact]
    public void TheExerciseToFindTheLineIsNotGivenAwayBeforeIt()
    {
        // Everything the learner reads before the exercise's check: no prose or code names the line or its numbers.
        var cells = Course.Cells(Course.Load(Notebook)).ToList();
        int check = cells.FindIndex(c => (string?)c["id"] == "ex2-check");
        foreach (var cell in cells.Take(check))
        {
            string text = Course.Source(cell);
            Assert.DoesNotContain("2x + 1", text);
            Assert.DoesNotContain("TrueSlope", text);
            Assert.DoesNotContain("towards 2", text);
        }
        Assert.True(cells.FindIndex(c => (string?)c["id"] == "chart-discussion") > check);
    }

    [Fact]
    public async Task TheFindTheLineExerciseSaysNotDoneYetForTheUntouchedStarter()
    {
        var run = await Course.RunAsync(Notebook);
        Assert.StartsWith("✘ Not done yet", run.OutputText("ex2-check").Trim());
    }

    [Fact]
    public void TheNotebookLinksTheLibraryFilesAndExplainsTheLearnersFile()
    {
        string all = string.Concat(Course.Cells(Course.Load(Notebook)).Select(Course.Source));
        foreach (var file in new[] { "lib/Neuron.cs", "lib/Activations.cs", "lib/Data.cs" })
            Assert.Contains($"](../{file})", all);
        string intro = Course.CellSource(Notebook, "mine-intro");
        Assert.Contains("[MyNeuron.csx](MyNeuron.csx)", intro);
        Assert.Contains("[solutions/MyNeuron.csx](solutions/MyNeuron.csx)", intro);
        Assert.Contains("borrows", intro);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 7)]
    public void TheSolvedConstructorStartsWithTheLibrarysWeights(int f, int seed)
    {
        // The constructor's prompt promises number-for-number equality with new Neuron(f, seed): it is what the
        // solution (and so the check) is held to. Recomputed here the way the prompt describes it.
        var random = new Random(seed);
        double[] described = Enumerable.Range(0, f).Select(_ => random.NextDouble() - 0.5).ToArray();
        Assert.Equal(new Neuron(f, seed).W, described);
    }

    [Fact]
    public async Task TheUntrainedNeuronPrintedIsTheLibrarysDefaultNeuron()
    {
        var run = await Course.RunAsync(Notebook);
        var untrained = new Neuron(1);
        var data = Data.GetData();

        var text = run.OutputText("untrained");
        Assert.Contains($"w₁ = {F(untrained.W[0], "F4")}, b = {F(untrained.b, "F4")}", text);
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
        AssertClose(data.y, points.Y);

        var line = chart.Traces.Single(t => t.Mode == "lines");
        Assert.False(string.IsNullOrWhiteSpace(line.Name));
        AssertClose(x, line.X);
        AssertClose(new Neuron(1).Forward(data.X), line.Y);
    }

    [Fact]
    public async Task TheOutcomeCellFailsWhenForwardDisagreesWithTheHandComputation()
    {
        // The lesson breaks if the neuron's bias is never set: Forward then misses b in every row.
        const string brokenNeuron = """
            string Format(double[] values, string format = "F2") =>
                "[" + string.Join(", ", values.Select(v => v.ToString(format))) + "]";
            var neuron = new Neuron(featureCount: 2);
            neuron.W = (double[])W.Clone();
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
