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
        string loss = F(Losses.Mse(ExampleYHat, ExampleY), "F6");

        Assert.Contains($"/ 4 = {loss}", run.OutputText("mse-by-hand"));
        Assert.Contains($"library: L = {loss}", run.OutputText("mse-library"));
        Assert.Contains($"by hand: L = {loss}", run.OutputText("mse-library"));
    }

    [Fact]
    public async Task TheUntrainedNeuronsLossIsTheLibrarysLossOfTheDefaultNeuron()
    {
        var run = await Course.RunAsync(Notebook);
        var data = Data.GetData();
        double loss = Losses.Mse(new Neuron(1).Forward(data.X), data.y);

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
        Assert.Equal(new Neuron(1).W[0], Assert.Single(start.X), 12);
    }

    [Fact]
    public async Task TheMeasuredGradientAtTheUntrainedWeightIsTheChainRuleGradient()
    {
        var run = await Course.RunAsync(Notebook);
        double w1 = new Neuron(1).W[0];
        double expected = ChainRuleGradient(w1, Data.TrueIntercept);

        var text = run.OutputText("slope");
        var printed = GradientLine().Match(text);
        Assert.True(printed.Success, text);
        Assert.Equal(F(w1, "F4"), printed.Groups["w1"].Value);
        Assert.Equal(expected, double.Parse(printed.Groups["gradient"].Value, CultureInfo.InvariantCulture), 3);
        Assert.True(expected < 0);
        // At the bottom of the bowl the gradient is 0, and the line says which quantity is 0.
        Assert.Contains($"∂L/∂w₁ at w₁ = {F(Data.TrueSlope, "F4")}: {F(Math.Abs(ChainRuleGradient(Data.TrueSlope, Data.TrueIntercept)), "F4")}", text);
        Assert.DoesNotContain("slope at", text);
    }

    [Fact]
    public async Task TheTangentChartDrawsTheBowlAndATangentWhoseSlopeIsTheGradient()
    {
        var run = await Course.RunAsync(Notebook);
        var chart = Assert.Single(run.ChartsOf("chart-tangent"));
        Assert.False(string.IsNullOrWhiteSpace(chart.Title));
        Assert.False(string.IsNullOrWhiteSpace(chart.XAxisTitle));
        Assert.False(string.IsNullOrWhiteSpace(chart.YAxisTitle));
        Assert.All(chart.Traces, t => Assert.False(string.IsNullOrWhiteSpace(t.Name)));
        Assert.Equal(3, chart.Traces.Count);

        double w1 = new Neuron(1).W[0];
        double loss = LossAt(w1, Data.TrueIntercept);
        double gradient = ChainRuleGradient(w1, Data.TrueIntercept);

        var bowl = chart.Traces.Single(t => t.Mode == "lines" && t.X.Length == 121);
        for (int k = 0; k < bowl.X.Length; k++)
            Assert.Equal(LossAt(bowl.X[k], Data.TrueIntercept), bowl.Y[k], 12);

        var tangent = chart.Traces.Single(t => t.Mode == "lines" && t.Name!.StartsWith("tangent"));
        Assert.Contains(F(gradient, "F4"), tangent.Name);
        Assert.Equal(2, tangent.X.Length);
        Assert.True(tangent.X[0] < w1 && w1 < tangent.X[1], $"the tangent spans {tangent.X[0]}..{tangent.X[1]}, not w₁ = {w1}");
        for (int k = 0; k < tangent.X.Length; k++)
        {
            double onTangent = loss + gradient * (tangent.X[k] - w1);
            Assert.True(Math.Abs(onTangent - tangent.Y[k]) <= 1e-6, $"tangent point {k}: expected {onTangent}, got {tangent.Y[k]}");
        }

        var point = chart.Traces.Single(t => t.Mode == "markers");
        Assert.Equal(w1, Assert.Single(point.X), 12);
        Assert.Equal(loss, Assert.Single(point.Y), 12);
    }

    [Fact]
    public async Task TheLibraryDerivativesPrintedAreTwoOverNTimesTheErrors()
    {
        var run = await Course.RunAsync(Notebook);
        var text = run.OutputText("library-dloss");
        for (int i = 0; i < ExampleYHat.Length; i++)
        {
            double expected = 2.0 / ExampleYHat.Length * (ExampleYHat[i] - ExampleY[i]);
            Assert.Contains($"index {i}: ŷ = {F(ExampleYHat[i], "F3")}, y = {F(ExampleY[i], "F0")}, ∂L/∂ŷ = {F(expected, "F4")}", text);
        }
    }

    [Fact]
    public async Task TheHalfConventionCellReproducesTheQuotedNumbersAndTheSameMinimum()
    {
        var run = await Course.RunAsync(Notebook);
        var text = run.OutputText("half-convention");
        int n = ExampleYHat.Length;

        // Recomputed independently: L½ = Σ(y − ŷ)² / (2n) and ∂L½/∂ŷᵢ = (1/n)(ŷᵢ − yᵢ), rounded as the issue quotes them.
        double lossHalf = ExampleYHat.Zip(ExampleY, (p, t) => (t - p) * (t - p)).Sum() / (2 * n);
        double[] derivatives = ExampleYHat.Zip(ExampleY, (p, t) => (p - t) / n).ToArray();
        Assert.Equal("0.089", F(lossHalf, "F3"));
        Assert.Equal(["0.125", "-0.088", "-0.119", "-0.083"], derivatives.Select(d => F(d, "F3")));

        Assert.Contains("with the ½: L = 0.089, ∂L/∂ŷ = [0.125, -0.088, -0.119, -0.083]", text);
        Assert.Contains("✔", text);
        Assert.Contains($"lowest L at w₁ = {F(Data.TrueSlope, "F2")}, lowest L/2 at w₁ = {F(Data.TrueSlope, "F2")}", text);
    }

    [Fact]
    public async Task TheHalfConventionCellStopsWhenTheNumbersDoNotComeOut()
    {
        // Without the ½ the loss is 0.178, not the quoted 0.089: the cell must throw rather than print ✔.
        string cell = Course.CellSource(Notebook, "half-convention").Replace("/ (2 * nFour)", "/ nFour");
        var run = await Course.RunAsync(Notebook, new Dictionary<string, string> { ["half-convention"] = cell },
            stopAfterCellId: "half-convention");
        Assert.Contains(run.Errors, e => e.Contains("(half-convention)") && e.Contains("InvalidOperationException"));
    }

    [Fact]
    public void TheGradientPointsUphillEverywhereTheNotebookSaysWhichWay()
    {
        var cells = Course.Cells(Course.Load(Notebook)).Select(Course.Source).ToList();
        Assert.DoesNotContain(cells, c => c.Contains("points downhill") || c.Contains("pointing downhill")
            || c.Contains("its own way downhill"));
        foreach (var id in new[] { "title", "slope-intro", "dmse-result", "summary", "outcome" })
            Assert.Contains("uphill", Course.CellSource(Notebook, id));
    }

    [Fact]
    public void TheBowlPredictionDoesNotAskForTheMinimumTheTextAlreadyGave()
    {
        string predict = Course.CellSource(Notebook, "bowl-predict");
        Assert.DoesNotContain("how low", predict);
        Assert.DoesNotContain("lowest", predict);
        Assert.Contains("shape", predict);
    }

    [Fact]
    public void NothingBeforeTheBowlChartNamesTheShapeThePredictionAsksFor()
    {
        // The prompt offers "a smooth bowl" as one of three shapes; no heading, prose or code before the chart may
        // settle it (the chart's own title included: its code is read before it runs).
        var cells = Course.Cells(Course.Load(Notebook)).ToList();
        int chart = cells.FindIndex(c => (string?)c["id"] == "chart-bowl");
        foreach (var cell in cells.Take(chart + 1).Where(c => (string?)c["id"] != "bowl-predict"))
            Assert.DoesNotContain("bowl", Course.Source(cell), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("bowl", Course.CellSource(Notebook, "bowl-discussion"));
    }

    [Fact]
    public void TheMsePromptRefersOnlyToWhatTheLearnerHasMet()
    {
        // The prompt comes before section 2, so it may not point the learner to it.
        string prompt = Course.CellSource(Notebook, "mine-mse-prompt");
        Assert.DoesNotContain("section 2", prompt);
        Assert.Contains("notebook 1", prompt);
    }

    [Fact]
    public void TheMseIsLinkedToTheLibraryFileThatHoldsIt()
    {
        Assert.Contains("[lib/Losses.cs](../lib/Losses.cs)", Course.CellSource(Notebook, "mse-discussion"));
    }

    [Fact]
    public async Task TheOutcomeCellFailsWhenTheHandWrittenMseIsWrong()
    {
        // Dividing by n − 1 instead of n: the loop no longer agrees with Losses.Mse.
        const string wrongMean = """
            double sumOfSquares = 0;
            for (int i = 0; i < yHatFour.Length; i++)
                sumOfSquares += (yHatFour[i] - yFour[i]) * (yHatFour[i] - yFour[i]);
            double lossByHand = sumOfSquares / (yHatFour.Length - 1);
            """;
        var run = await Course.RunAsync(Notebook, new Dictionary<string, string> { ["mse-by-hand"] = wrongMean });
        Assert.Contains(run.Errors, e => e.Contains("(outcome)") && e.Contains("InvalidOperationException"));
    }

    private static double LossAt(double w1, double b)
    {
        var data = Data.GetData();
        var neuron = new Neuron(1) { W = [w1], b = b };
        return Losses.Mse(neuron.Forward(data.X), data.y);
    }

    // dL/dw₁ = Σᵢ dL/dŷᵢ · xᵢ: the library's derivative, not the notebook's finite difference.
    private static double ChainRuleGradient(double w1, double b)
    {
        var data = Data.GetData();
        var probe = new Neuron(1) { W = [w1], b = b };
        double[] dLossDYHat = Losses.DMseDYHat(probe.Forward(data.X), data.y);
        return dLossDYHat.Select((d, i) => d * data.X[i, 0]).Sum();
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^∂L/∂w₁ at w₁ = (?<w1>\d+\.\d+): (?<gradient>-?\d+\.\d+)", RegexOptions.Multiline)]
    private static partial Regex GradientLine();
}
