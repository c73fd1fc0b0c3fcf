using System.Globalization;
using NeuronFromScratch;
using Xunit;

namespace Notebooks.Tests;

/// <summary>
/// Notebook 4, training: the hand-written loop and the charts recomputed with the library's Trainer, the learning-rate
/// comparison, an outcome that can fail, and how its exercise checks treat wrong answers.
/// (Starter → ✘ and solution → ✔ are covered for every exercise by NotebookExecutionTests.)
/// </summary>
public sealed class Notebook04Tests
{
    private const string Notebook = "04-training.ipynb";
    private const int Epochs = 20;
    private const double LearningRate = 0.05;

    private static TrainingHistory Train(double learningRate, int batchSize = 1)
    {
        var (X, y) = Data.GetData();
        return Trainer.Train(new Neuron(1), X, y, Epochs, learningRate, batchSize);
    }

    [Fact]
    public async Task TheHandWrittenLoopPrintsTheTrainersLossForEveryEpoch()
    {
        var run = await Course.RunAsync(Notebook);
        var history = Train(LearningRate);

        var text = run.OutputText("hand-loop");
        for (int e = 1; e <= Epochs; e++)
            Assert.Contains($"epoch {e,2}: loss {F(history.Loss[e - 1], "0.000E+0")}", text);
        Assert.Contains($"✔ Trainer.Train gives exactly the same losses for all {Epochs} epochs", run.OutputText("trainer"));
    }

    [Fact]
    public async Task TheFitChartShowsThe30PointsAndTheLineAfterSeveralEpochs()
    {
        var run = await Course.RunAsync(Notebook);
        var chart = Assert.Single(run.ChartsOf("fit-chart"));
        var data = Data.GetData();
        double[] x = data.Feature(0);
        var history = Train(LearningRate);
        var untrained = new Neuron(1);

        Assert.False(string.IsNullOrWhiteSpace(chart.Title));
        Assert.Equal("x", chart.XAxisTitle);
        Assert.False(string.IsNullOrWhiteSpace(chart.YAxisTitle));
        var points = chart.Trace("data (30 points)");
        Assert.Equal("markers", points.Mode);
        Assert.Equal(x, points.X);
        Assert.Equal(data.Y, points.Y);

        AssertLine(chart.Trace("epoch 0 (untrained)"), x, untrained.Weights[0], untrained.Bias);
        foreach (int k in new[] { 1, 2, 5, 20 })
            AssertLine(chart.Trace($"epoch {k}"), x, history.Weights[k - 1][0], history.Bias[k - 1]);
        Assert.Equal(6, chart.Traces.Count);
    }

    [Fact]
    public async Task TheLossCurveHasOnePointPerEpochOnALogAxis()
    {
        var run = await Course.RunAsync(Notebook);
        var chart = Assert.Single(run.ChartsOf("loss-chart"));
        var history = Train(LearningRate);

        Assert.Equal("log", chart.YAxisType);
        Assert.Equal("loss (MSE)", chart.YAxisTitle);
        Assert.Equal("epoch", chart.XAxisTitle);
        var curve = Assert.Single(chart.Traces);
        Assert.False(string.IsNullOrWhiteSpace(curve.Name));
        Assert.Equal(history.EpochNumbers().Select(e => (double)e), curve.X);
        AssertRelativelyClose(history.Loss, curve.Y);
    }

    [Fact]
    public async Task TheLearnedParametersArePrintedAgainstTheTrueLine()
    {
        var run = await Course.RunAsync(Notebook);
        var history = Train(LearningRate);

        var text = run.OutputText("learned");
        Assert.Contains($"learned W = {F(history.Weights[^1][0], "F6")}   true slope     {F(Data.TrueSlope, "F6")}", text);
        Assert.Contains($"learned b = {F(history.Bias[^1], "F6")}   true intercept {F(Data.TrueIntercept, "F6")}", text);
    }

    [Fact]
    public async Task TheTooLargeLearningRateShowsTheLibrarysDivergenceMessageAndTheChartComparesAllThree()
    {
        var run = await Course.RunAsync(Notebook);
        var (X, y) = Data.GetData();
        var lossLarge = new List<double>();
        var diverged = Assert.Throws<TrainingDivergedException>(() =>
            Trainer.Train(new Neuron(1), X, y, Epochs, 5, onEpoch: r => lossLarge.Add(r.Loss)));

        Assert.Contains(diverged.Message, run.OutputText("lr-large"));

        var chart = Assert.Single(run.ChartsOf("lr-chart"));
        Assert.Equal("log", chart.YAxisType);
        Assert.Equal(3, chart.Traces.Count);
        AssertRelativelyClose(Train(0.001).Loss, chart.Trace("η = 0.001 (too small)").Y);
        AssertRelativelyClose(Train(LearningRate).Loss, chart.Trace("η = 0.05 (good)").Y);
        var large = chart.Trace("η = 5 (too large: diverged)");
        Assert.Equal(diverged.Epoch - 1, large.Y.Length);
        AssertRelativelyClose(lossLarge, large.Y);
    }

    [Fact]
    public async Task TheFullBatchComparisonIsRecomputedByTheTrainer()
    {
        var run = await Course.RunAsync(Notebook);
        var text = run.OutputText("full-batch");
        foreach (var (name, steps, history) in new[]
                 {
                     ("per example, η = 0.05", Epochs * 30, Train(LearningRate)),
                     ("full batch,  η = 0.05", Epochs, Train(LearningRate, Trainer.FullBatch)),
                     ("full batch,  η = 0.5", Epochs, Train(0.5, Trainer.FullBatch)),
                 })
            Assert.Contains($"{name,-26}{steps,6}{F(history.Loss[^1], "0.00E+0"),18}" +
                            $"{F(history.Weights[^1][0], "F4"),10}{F(history.Bias[^1], "F4"),10}", text);
    }

    [Fact]
    public async Task TheOutcomeFailsWhenTrainingDoesNotReachTheLine()
    {
        // With a learning rate 50 times smaller, 20 epochs are not enough: the last cell must say so.
        string slow = Course.CellSource(Notebook, "one-step")
            .Replace("const double learningRate = 0.05;", "const double learningRate = 0.001;");
        Assert.Contains("0.001", slow);
        var run = await Course.RunAsync(Notebook, new Dictionary<string, string> { ["one-step"] = slow });

        Assert.Contains(run.Errors, e => e.Contains("Training did not recover the line"));
    }

    [Theory]
    [InlineData("neuron.Weights[0] += learningRate * neuron.WeightGradients[0]; neuron.Bias += learningRate * neuron.BiasGradient;", "uphill")]
    [InlineData("neuron.Weights[0] -= neuron.WeightGradients[0]; neuron.Bias -= neuron.BiasGradient;", "expected W")]
    [InlineData("neuron.Bias -= learningRate * neuron.BiasGradient;", "expected W")]
    public async Task Exercise1RejectsWrongUpdates(string body, string expectedText)
    {
        var verdict = await Verdict(1, "void StepByHand(Neuron neuron, double learningRate)\n{\n" + body + "\n}");
        Assert.StartsWith("✘", verdict);
        Assert.Contains(expectedText, verdict);
    }

    [Theory]
    // Forgets ResetGrad: epoch 1 is right, later epochs step with accumulated gradients.
    [InlineData("double[] yHat = neuron.Forward(X); double loss = MeanSquaredError(yHat, y); neuron.Backward(DMeanSquaredErrorDPredictions(yHat, y)); neuron.Step(learningRate); return loss;", "ResetGrad")]
    // Returns the loss after the step instead of before it.
    [InlineData("neuron.ResetGrad(); double[] yHat = neuron.Forward(X); neuron.Backward(DMeanSquaredErrorDPredictions(yHat, y)); neuron.Step(learningRate); return MeanSquaredError(neuron.Forward(X), y);", "Epoch 1")]
    [InlineData("throw new NotImplementedException();", "threw NotImplementedException")]
    public async Task Exercise2RejectsWrongEpochs(string body, string expectedText)
    {
        var verdict = await Verdict(2,
            "double FullBatchEpoch(Neuron neuron, double[,] X, double[] y, double learningRate)\n{\n" + body + "\n}");
        Assert.StartsWith("✘", verdict);
        Assert.Contains(expectedText, verdict);
    }

    private static async Task<string> Verdict(int exercise, string answer)
    {
        var run = await Course.RunAsync(Notebook, new Dictionary<string, string> { [$"ex{exercise}-answer"] = answer },
            stopAfterCellId: $"ex{exercise}-check");
        Assert.Empty(run.Errors);
        return run.OutputText($"ex{exercise}-check").Trim();
    }

    private static void AssertLine(RecordedTrace line, double[] x, double w, double b)
    {
        Assert.Equal("lines", line.Mode);
        Assert.Equal(x, line.X);
        AssertRelativelyClose(x.Select(xi => w * xi + b).ToList(), line.Y);
    }

    // The recording goes through JSON, which round-trips doubles, but compare with a tolerance all the same.
    private static void AssertRelativelyClose(IReadOnlyList<double> expected, double[] actual)
    {
        Assert.Equal(expected.Count, actual.Length);
        for (int i = 0; i < actual.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-12 * Math.Max(1, Math.Abs(expected[i])),
                $"Point {i}: expected {expected[i]:R}, got {actual[i]:R}.");
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
