using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NeuronFromScratch;
using Xunit;

namespace Notebooks.Tests;

/// <summary>
/// Notebook 4, training: the hand-written loop and the charts recomputed with the library's Trainer, the learning-rate
/// comparison, the capstone (the learner's neuron and loop, and its verdict), an outcome that can fail, and Your turn's check.
/// (Starter → ✘ and solution → ✔ are covered by NotebookExecutionTests and MyNeuronTests; the checks' clues for
/// known mistakes by tests/Course.Tests.)
/// </summary>
public sealed class Notebook04Tests
{
    private const string Notebook = "04-training.ipynb";
    private const int Epochs = 20;
    private const double LearningRate = 0.05;

    private static TrainingHistory Train(double learningRate, int batchSize = 1, int epochs = Epochs, double noise = 0)
    {
        var (X, y) = Data.GetData(noise: noise);
        return Trainer.Train(new Neuron(1), X, y, epochs, learningRate, batchSize);
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
    public async Task TheLossCurveHasOnePointPerEpochOnALogAxis()
    {
        var run = await Course.RunAsync(Notebook);
        var chart = Assert.Single(run.ChartsOf("loss-chart"));
        var history = Train(LearningRate);

        Assert.Equal("log", chart.YAxisType);
        Assert.Equal("loss (MSE)", chart.YAxisTitle);
        Assert.Equal("epoch", chart.XAxisTitle);
        Assert.Contains("η = 0.05", chart.Title);   // one trace: Plotly hides the legend, so η is in the title
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
        Assert.Contains($"learned W = {F(history.W[^1][0], "F6")}   true slope     {F(Data.TrueSlope, "F6")}", text);
        Assert.Contains($"learned b = {F(history.b[^1], "F6")}   true intercept {F(Data.TrueIntercept, "F6")}", text);
    }

    [Fact]
    public async Task TheTooLargeLearningRateShowsTheLibrarysDivergenceMessage()
    {
        var run = await Course.RunAsync(Notebook);
        var (X, y) = Data.GetData();
        var lossLarge = new List<double>();
        var diverged = Assert.Throws<TrainingDivergedException>(() =>
            Trainer.Train(new Neuron(1), X, y, Epochs, 5, onEpoch: r => lossLarge.Add(r.Loss)));

        var text = run.OutputText("lr-large");
        Assert.Contains(diverged.Message, text);
        Assert.Contains(string.Join(", ", lossLarge.Select(l => F(l, "0.0E+0"))), text);
    }

    [Fact]
    public async Task JustPastTheStabilityLimitTheLossEitherRecoversOrGrowsAndTheChartComparesThreeRates()
    {
        var run = await Course.RunAsync(Notebook);
        var recovers = Train(0.6);
        var grows = Train(0.8);
        // What the prose claims: at 0.6 the loss ends far below where it started, at 0.8 it grows yet stays finite.
        Assert.True(recovers.Loss[^1] < 1e-10 * recovers.Loss[0]);
        Assert.True(grows.Loss[^1] > 1e10 * grows.Loss[0] && double.IsFinite(grows.Loss[^1]));

        var text = run.OutputText("lr-too-large");
        Assert.Contains($"η = 0.6: loss per epoch {string.Join(", ", recovers.Loss.Select(l => F(l, "0.0E+0")))}", text);
        Assert.Contains($"η = 0.8: loss per epoch {string.Join(", ", grows.Loss.Select(l => F(l, "0.0E+0")))}", text);

        var chart = Assert.Single(run.ChartsOf("lr-chart"));
        Assert.Equal("log", chart.YAxisType);
        Assert.Equal(3, chart.Traces.Count);
        AssertRelativelyClose(Train(0.001).Loss, chart.Trace("η = 0.001 (too small)").Y);
        AssertRelativelyClose(Train(LearningRate).Loss, chart.Trace("η = 0.05 (good)").Y);
        AssertRelativelyClose(grows.Loss, chart.Trace("η = 0.8 (too large: grows)").Y);
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
                            $"{F(history.W[^1][0], "F4"),10}{F(history.b[^1], "F4"),10}", text);
    }

    [Fact]
    public async Task TheCurvatureAndTheShuffledMiniBatchRunAreRecomputed()
    {
        var run = await Course.RunAsync(Notebook);
        var (X, y) = Data.GetData();
        double meanXSquared = Enumerable.Range(0, y.Length).Average(i => X[i, 0] * X[i, 0]);
        Assert.Contains($"mean of x² = {F(meanXSquared, "F3")}, mean of x = 0.000", run.OutputText("curvature"));
        Assert.Contains($"curvature of L: {F(2 * meanXSquared, "F3")} along w, 2 along b", run.OutputText("curvature"));
        Assert.Contains($"multiplies b − 1 by 0.000 and w − 2 by {F(1 - meanXSquared, "F3")}", run.OutputText("curvature"));

        var miniBatch = Trainer.Train(new Neuron(1), X, y, Epochs, 0.2, batchSize: 5, shuffle: true, seed: 1);
        Assert.Contains($"loss in epoch {Epochs} {F(miniBatch.Loss[^1], "0.00E+0")}, W = {F(miniBatch.W[^1][0], "F4")}, " +
                        $"b = {F(miniBatch.b[^1], "F4")}", run.OutputText("mini-batch"));
    }

    [Fact]
    public async Task TheBowlIsAContourOfTheLossWithTheFullBatchPathEndingAtTheLine()
    {
        var run = await Course.RunAsync(Notebook);
        var chart = Assert.Single(run.ChartsOf("bowl"));
        Assert.False(string.IsNullOrWhiteSpace(chart.Title));
        Assert.False(string.IsNullOrWhiteSpace(chart.XAxisTitle));
        Assert.False(string.IsNullOrWhiteSpace(chart.YAxisTitle));
        Assert.Equal(2, chart.Traces.Count);

        // The contour: one row of z per b value, one column per w value, each the loss at that (w, b).
        var contour = chart.Trace("loss L(w, b)");
        Assert.Equal("contour", contour.Type);
        Assert.Equal("loss L(w, b)", (string?)contour.Json["colorbar"]?["title"]?["text"]);   // the colour scale says what it is
        double[][] z = ContourZ(run, "bowl");
        Assert.Equal(41, contour.X.Length);
        Assert.Equal(31, contour.Y.Length);
        Assert.Equal(contour.Y.Length, z.Length);
        Assert.All(z, row => Assert.Equal(contour.X.Length, row.Length));
        var (X, y) = Data.GetData();
        foreach (var (r, c) in new[] { (0, 0), (15, 25), (30, 40) })
            Assert.Equal(Loss(X, y, contour.X[c], contour.Y[r]), z[r][c], 10);

        // The path: the untrained neuron, then W and b after each of the full-batch epochs, ending near (2, 1).
        var path = chart.Trace("full batch, η = 0.5: start, then each epoch");
        Assert.Equal("lines+markers", path.Mode);
        Assert.Equal(Epochs + 1, path.X.Length);
        Assert.Equal(Epochs + 1, path.Y.Length);
        var history = Train(0.5, Trainer.FullBatch);
        var untrained = new Neuron(1);
        AssertRelativelyClose(history.W.Select(w => w[0]).Prepend(untrained.W[0]).ToList(), path.X);
        AssertRelativelyClose(history.b.Prepend(untrained.b).ToList(), path.Y);
        Assert.InRange(path.X[^1], Data.TrueSlope - 1e-3, Data.TrueSlope + 1e-3);
        Assert.InRange(path.Y[^1], Data.TrueIntercept - 1e-3, Data.TrueIntercept + 1e-3);
    }

    [Fact]
    public async Task OnNoisyDataFullBatchReachesTheLeastSquaresLineAndPerExampleEndsCloseToIt()
    {
        var run = await Course.RunAsync(Notebook);
        var (X, y) = Data.GetData(noise: 0.2);
        double[] x = Enumerable.Range(0, y.Length).Select(i => X[i, 0]).ToArray();
        double xMean = x.Average(), yMean = y.Average();
        double slope = x.Zip(y).Sum(p => (p.First - xMean) * (p.Second - yMean)) / x.Sum(v => (v - xMean) * (v - xMean));
        double intercept = yMean - slope * xMean;
        var perExample = Train(LearningRate, epochs: 100, noise: 0.2);
        var fullBatch = Train(0.5, Trainer.FullBatch, epochs: 100, noise: 0.2);

        // The claims of the prose: full batch on the line, per example near it but measurably off.
        Assert.Equal(slope, fullBatch.W[^1][0], 9);
        Assert.Equal(intercept, fullBatch.b[^1], 9);
        double offBy = Math.Abs(perExample.W[^1][0] - slope) + Math.Abs(perExample.b[^1] - intercept);
        Assert.InRange(offBy, 1e-3, 0.1);

        var text = run.OutputText("noisy");
        Assert.Contains(Row("least squares (closed form)", slope, intercept), text);
        Assert.Contains(Row("per example, η = 0.05", perExample.W[^1][0], perExample.b[^1]), text);
        Assert.Contains(Row("full batch,  η = 0.5", fullBatch.W[^1][0], fullBatch.b[^1]), text);

        string Row(string name, double w, double b) =>
            $"{name,-32}{F(w, "F4"),10}{F(b, "F4"),10}{F(Loss(X, y, w, b), "F6"),10}";
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

    [Fact]
    public async Task TheCapstoneTrainsTheSolvedNeuronWithItsOwnLoopToTheLibrarysNumbers()
    {
        var run = await Course.RunSolvedAsync(Notebook);
        var (X, y) = Data.GetData();
        var reference = new Neuron(1);
        Trainer.Train(reference, X, y, Epochs, LearningRate);

        var text = run.OutputText("capstone");
        Assert.DoesNotContain("✘", text);
        Assert.Contains($"your neuron:    W = {F(reference.W[0], "F6")}, b = {F(reference.b, "F6")}   (20 epoch losses)", text);
        Assert.Contains("largest difference between the epoch losses: 0.0E+0", text);
        var verdict = run.OutputText("capstone-check");
        Assert.DoesNotContain("✘", verdict);
        Assert.Contains($"✔ Your neuron, trained by your loop, gives the library's numbers: the same 20 epoch losses as Trainer.Train", verdict);
        Assert.Contains($"found the line: W = {F(reference.W[0], "F6")} (true slope 2), " +
                        $"b = {F(reference.b, "F6")} (true intercept 1), both within 1e-3.", verdict);
    }

    [Fact]
    public async Task InTheStarterStateTheCapstoneListsAllTenBorrowedPiecesAfterTheCharts()
    {
        var run = await Course.RunAsync(Notebook);
        Assert.DoesNotContain("✘", run.OutputText("capstone"));
        var verdict = run.OutputText("capstone-check");
        Assert.DoesNotContain("✔", verdict);
        Assert.Contains("✘ Not done yet: your neuron still borrows the library's Sigma, DSigmaDz, the constructor, Forward, Mse, " +
                        "DMseDYHat, Backward, ResetGrad, Step and Train.", verdict);

        // The verdict comes after the charts; the borrowed pieces are the library's, so the charts show its result.
        var ids = run.Result.Cells.Select(c => c.CellId).ToList();
        Assert.True(ids.IndexOf("capstone-check") > ids.IndexOf("capstone-loss-chart"));
        var history = Train(LearningRate);
        // The starter neuron borrows the library, so its charts are the library's (the slider: Notebook04SliderTests).
        var loss = Assert.Single(run.ChartsOf("capstone-loss-chart"));
        Assert.Equal("log", loss.YAxisType);
        Assert.Equal("epoch", loss.XAxisTitle);
        AssertRelativelyClose(history.Loss, Assert.Single(loss.Traces).Y);
    }

    [Fact]
    public async Task TheCapstoneListsEveryPieceThatStillBorrowsNotOnlyThoseItCalled()
    {
        // Step and Train written, the rest borrowed: the verdict still lists all eight others (the probe calls each one).
        string solvedStep = Course.SolvedNeuron[Course.SolvedNeuron.IndexOf("    public void Step(")..];
        solvedStep = solvedStep[..(solvedStep.IndexOf("\n    }\n") + 7)];
        string solvedTrain = Course.SolvedNeuron[Course.SolvedNeuron.IndexOf("static List<double> Train(")..];
        solvedTrain = solvedTrain[..(solvedTrain.IndexOf("\n}\n") + 3)];
        string neuron = Course.StarterNeuron
            .Replace("    public void Step(double learningRate)\n    {\n        FromLibrary.Step(this, learningRate);\n    }\n", solvedStep)
            .Replace("static List<double> Train(INeuron neuron, double[,] X, double[] y, int epochs, double learningRate)\n{\n" +
                     "    return FromLibrary.Train(neuron, X, y, epochs, learningRate);\n}\n", solvedTrain);
        Assert.DoesNotContain("FromLibrary.Step", neuron);
        Assert.DoesNotContain("FromLibrary.Train", neuron);
        var run = await Course.RerunWithNeuronAsync(Notebook, neuron, CapstoneCells);

        Assert.Empty(run.Errors);
        Assert.Contains("✘ Not done yet: your neuron still borrows the library's Sigma, DSigmaDz, the constructor, Forward, Mse, " +
                        "DMseDYHat, Backward and ResetGrad.", run.OutputText("capstone-check"));
    }

    // The capstone's cells, run again after saving MyNeuron.csx (they load it afresh); the charts are skipped.
    private static readonly string[] CapstoneCells = ["capstone", "capstone-check"];

    [Theory]
    // Step forgets the bias: the capstone names Step and what its check says.
    [InlineData("        b -= learningRate * dLossDb;\n", "", "Your Step is not right yet", "b did not move")]
    // The loss is a sum, not a mean: per-example training (n = 1) would hide it; the capstone runs Mse's own check.
    [InlineData("    return sum / n;", "    return sum;", "Your Mse is not right yet", "did you forget to divide by n")]
    // Train adds one loss per example: 600 losses; the pieces are right, so the loop is to blame.
    [InlineData("            neuron.Step(learningRate);\n        }\n        lossPerEpoch.Add(sumOfLosses / n);",
                "            neuron.Step(learningRate);\n            lossPerEpoch.Add(sumOfLosses / n);\n        }",
                "Your Train is not right yet", "one loss per example")]
    public async Task TheCapstoneSaysWhichPieceIsWrongAndWhy(string find, string replace, string piece, string clue)
    {
        string wrong = Course.SolvedNeuron.Replace(find, replace);
        Assert.NotEqual(Course.SolvedNeuron, wrong);
        var run = await Course.RerunWithNeuronAsync(Notebook, wrong, [.. CapstoneCells, "capstone-progress"]);

        Assert.Empty(run.Errors);
        string verdict = run.OutputText("capstone-check").Trim();
        Assert.StartsWith("✘ " + piece, verdict);
        Assert.Contains(clue, verdict);
        Assert.DoesNotContain("✔", verdict);
        Assert.Contains("✘", run.OutputText("capstone-progress"));
    }

    private static double Loss(double[,] X, double[] y, double w, double b) =>
        Losses.Mse(new Neuron(1) { W = [w], b = b }.Forward(X), y);

    // The z rows of the first trace of a cell's chart.
    private static double[][] ContourZ(ExecutedNotebook run, string cellId)
    {
        var chart = run.ChartsOf(cellId).FirstOrDefault() ?? throw new Xunit.Sdk.XunitException($"No chart in cell {cellId}.");
        return chart.Traces[0].Z ?? throw new Xunit.Sdk.XunitException($"The first trace of cell {cellId}'s chart has no z.");
    }

    internal static void AssertLine(RecordedTrace line, double[] x, double w, double b)
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
