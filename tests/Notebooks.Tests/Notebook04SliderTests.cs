using System.Globalization;
using NeuronFromScratch;

namespace Notebooks.Tests;

/// <summary>
/// Notebook 4's slider through training (issue 9): the fit chart and the capstone chart show the data and the line after
/// epoch k, one epoch at a time, each step labelled with the loss of its line as the notebook printed it.
/// </summary>
public sealed class Notebook04SliderTests
{
    private const string Notebook = "04-training.ipynb";
    private const int Epochs = 20;

    [Fact]
    public async Task TheFitChartHasASliderThroughTheLineAfterEveryEpochLabelledWithItsPrintedLoss()
    {
        var (w, b) = LibraryLineAfterEachEpoch();
        AssertEpochSlider(await Course.RunAsync(Notebook), "fit-chart", "fit-lines", w, b);
    }

    [Fact]
    public async Task TheStarterCapstoneChartSlidesThroughTheLibrarysLinesItBorrows()
    {
        var (w, b) = LibraryLineAfterEachEpoch();
        AssertEpochSlider(await Course.RunAsync(Notebook), "capstone-chart", "capstone-lines", w, b);
    }

    [Fact]
    public async Task TheSolvedCapstoneChartSlidesThroughTheLearnersOwnTrainingEpochByEpoch()
    {
        // The solved Train, one epoch per call, gives the library's numbers: the same lines.
        var (w, b) = LibraryLineAfterEachEpoch();
        AssertEpochSlider(await Course.RunSolvedAsync(Notebook), "capstone-chart", "capstone-lines", w, b);
    }

    [Fact]
    public async Task TheSliderHelperSaysSoWhenTheLabelsDoNotMatchTheLines()
    {
        string cell = "Chart.Combine(new[] { Chart.Point<double, double, string>(x: new[] { 0.0 }, y: new[] { 1.0 }),\n" +
                      "    Chart.Line<double, double, string>(x: new[] { 0.0, 1.0 }, y: new[] { 1.0, 3.0 }) })\n" +
                      "    .WithSliderThroughLines(new[] { \"0\", \"1\", \"2\" }, prefix: \"after epoch \")";
        var run = await Course.RerunCellsAsync(Notebook, new Dictionary<string, string> { ["data"] = cell });
        Assert.Contains(run.Errors, e => e.Contains("ArgumentException") && e.Contains("(Parameter 'labels')") &&
            e.Contains("WithSliderThroughLines needs one label per line after the data: 1, but labels has 3."));
    }

    // W and b of the library's per-example training (η = 0.05) at the start (index 0) and after each of the 20 epochs.
    private static (double[] W, double[] B) LibraryLineAfterEachEpoch()
    {
        var (X, y) = Data.GetData();
        var untrained = new Neuron(1);
        var history = Trainer.Train(new Neuron(1), X, y, Epochs, learningRate: 0.05);
        return (history.W.Select(w => w[0]).Prepend(untrained.W[0]).ToArray(), history.b.Prepend(untrained.b).ToArray());
    }

    // The data (trace 0, always shown) and the line after each epoch k = 0..20 (trace k + 1, ŷ = w[k]·x + b[k]); slider step
    // k shows exactly the data and line k, and its label is "k: L = …" with that line's loss, as the lines cell printed it.
    private static void AssertEpochSlider(ExecutedNotebook run, string chartCell, string linesCell, double[] w, double[] b)
    {
        var chart = Assert.Single(run.ChartsOf(chartCell));
        var data = Data.GetData();
        double[] x = data.Feature(0), y = data.y;
        Assert.Equal(Epochs + 1, w.Length);
        Assert.Equal(Epochs + 2, chart.Traces.Count);
        var points = chart.Traces[0];
        Assert.Equal("data (30 points)", points.Name);
        Assert.Equal("markers", points.Mode);
        Assert.Equal(x, points.X);
        Assert.Equal(y, points.Y);
        for (int k = 0; k <= Epochs; k++)
        {
            Assert.Equal($"ŷ after epoch {k}", chart.Traces[k + 1].Name);
            Notebook04Tests.AssertLine(chart.Traces[k + 1], x, w[k], b[k]);
        }
        // Before the slider moves: the data and epoch 0's line only.
        Assert.Equal(chart.Traces.Select((_, i) => i <= 1), chart.Traces.Select(t => t.Visible));

        var slider = Assert.Single(chart.Layout["sliders"]!.AsArray())!.AsObject();
        Assert.Equal(0, (int?)slider["active"]);
        Assert.Equal("after epoch ", (string?)slider["currentvalue"]?["prefix"]);
        var steps = slider["steps"]!.AsArray().Select(step => step!.AsObject()).ToList();
        Assert.Equal(Epochs + 1, steps.Count);
        string printed = run.OutputText(linesCell);
        for (int k = 0; k <= Epochs; k++)
        {
            // Plotly.restyle(gd, {visible: [...]}) spreads the array over the traces: the data and line k.
            Assert.Equal("restyle", (string?)steps[k]["method"]);
            var visible = Assert.Single(steps[k]["args"]!.AsArray())!["visible"]!.AsArray().Select(v => v!.GetValue<bool>());
            Assert.Equal(chart.Traces.Select((_, i) => i == 0 || i == k + 1), visible);
            double lineLoss = Losses.Mse(x.Select(xi => w[k] * xi + b[k]).ToArray(), y);
            string label = $"{k}: L = {lineLoss.ToString("0.0E+0", CultureInfo.InvariantCulture)}";
            Assert.Equal(label, (string?)steps[k]["label"]);
            Assert.Contains(label, printed);
        }
    }
}
