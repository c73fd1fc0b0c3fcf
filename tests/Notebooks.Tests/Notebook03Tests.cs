using System.Globalization;
using NeuronFromScratch;
using Xunit;

namespace Notebooks.Tests;

/// <summary>
/// Notebook 3, the backward pass: its step-through table, batch gradients and accumulation demo recomputed with the
/// library, its chart, a gradient check that can fail, how its exercise checks treat wrong answers, and the order of
/// its prose. (Starter → ✘ and solution → ✔ are covered for every exercise by NotebookExecutionTests and for the
/// MyNeuron pieces by MyNeuronTests; catalogued wrong answers by tests/Course.Tests.)
/// </summary>
public sealed class Notebook03Tests
{
    private const string Notebook = "03-backward-pass.ipynb";
    private const int Example = 20;   // the example the notebook steps through

    [Fact]
    public async Task TheStepThroughTableHoldsTheChainRuleFactorsOfExample20()
    {
        var run = await Course.RunAsync(Notebook);
        var data = Data.GetData();
        double x = data.X[Example, 0], w = new Neuron(1).W[0];
        double dLossDYHat = 2 * (w * x - data.y[Example]);

        var table = run.OutputText("one-table");
        Assert.Contains($"{"w",-10}{F(dLossDYHat, "F4"),10} × {"1.0000",10} × {F(x, "F4"),10} = {F(dLossDYHat * x, "F4"),10}", table);
        Assert.Contains($"{"b",-10}{F(dLossDYHat, "F4"),10} × {"1.0000",10} × {"1.0000",10} = {F(dLossDYHat, "F4"),10}", table);
    }

    [Fact]
    public async Task TheHandComputedGradientIsPrintedNextToTheLibrarysBackward()
    {
        var run = await Course.RunAsync(Notebook);
        var data = Data.GetData();
        var neuron = new Neuron(1);
        double yHat = neuron.Forward([data.X[Example, 0]]);
        neuron.Backward(2 * (yHat - data.y[Example]));

        var text = run.OutputText("one-library");
        string dw = F(neuron.dLossDW[0], "F6"), db = F(neuron.dLossDb, "F6");
        Assert.Contains($"∂L/∂w: by hand {dw}, Backward {dw}", text);
        Assert.Contains($"∂L/∂b: by hand {db}, Backward {db}", text);
    }

    [Fact]
    public async Task BatchGradientsDoubleWithoutResetGradAndEqualTheSumOfOneExamplePasses()
    {
        var run = await Course.RunAsync(Notebook);
        var (X, y) = Data.GetData();
        var neuron = new Neuron(1);
        neuron.Backward(Losses.DMseDYHat(neuron.Forward(X), y));
        double dw = neuron.dLossDW[0], db = neuron.dLossDb;

        Assert.Contains($"∂L/∂w = {F(dw, "F4")}, ∂L/∂b = {F(db, "F4")}", run.OutputText("batch-library"));
        Assert.Contains($"after pass 1: ∂L/∂w = {F(dw, "F4")}, ∂L/∂b = {F(db, "F4")}", run.OutputText("accumulate-twice"));
        Assert.Contains($"after pass 2: ∂L/∂w = {F(2 * dw, "F4")}, ∂L/∂b = {F(2 * db, "F4")}", run.OutputText("accumulate-twice"));
        Assert.Contains($"∂L/∂w = {F(dw, "F4")}, ∂L/∂b = {F(db, "F4")}", run.OutputText("accumulate-examples"));
    }

    [Fact]
    public async Task TheResetGradChartShowsTheCorrectDescentAndTheBuggyOneThatDoesNotSettle()
    {
        var run = await Course.RunAsync(Notebook);
        var chart = Assert.Single(run.ChartsOf("forgot-chart"));
        Assert.False(string.IsNullOrWhiteSpace(chart.Title));
        Assert.Equal("loss (MSE)", chart.YAxisTitle);
        Assert.False(string.IsNullOrWhiteSpace(chart.XAxisTitle));

        // Full-batch training records the loss before each step, so epoch k + 1's loss is the loss after step k.
        var (X, y) = Data.GetData();
        var history = Trainer.Train(new Neuron(1), X, y, epochs: 11, learningRate: 0.3, batchSize: Trainer.FullBatch);
        var withReset = chart.Trace("with ResetGrad");
        Assert.Equal(Enumerable.Range(1, 10).Select(s => (double)s), withReset.X);
        for (int step = 1; step <= 10; step++)
            Assert.Equal(history.Loss[step], withReset.Y[step - 1], 12);

        var without = chart.Trace("without ResetGrad (the bug)");
        Assert.Equal(10, without.Y.Length);
        Assert.Equal(withReset.Y[0], without.Y[0], 12);   // the first step is the same for both
        Assert.True(without.Y[1] < withReset.Y[1], "The prose says the bug even looks better after step 2.");
        Assert.Contains(without.Y.Zip(without.Y.Skip(1)), pair => pair.Second > pair.First);   // it goes back up
        Assert.True(without.Y[^1] > 10 * withReset.Y[^1], "The buggy run should end far above the correct one.");

        // The prose quotes the step count and η: the cell prints them from its own variables.
        var table = run.OutputText("forgot-reset");
        Assert.Contains("10 steps of gradient descent with η = 0.3", table);
        Assert.Contains($"{F(withReset.Y[1], "F6"),16}   {F(without.Y[1], "F6"),10}", table);
    }

    [Fact]
    public async Task TheGradientCheckPrintsBackwardAndCentralDifferencesAtTheUntrainedNeuron()
    {
        var run = await Course.RunAsync(Notebook);
        var (X, y) = Data.GetData();
        var neuron = new Neuron(1);
        neuron.Backward(Losses.DMseDYHat(neuron.Forward(X), y));
        double w = neuron.W[0], h = 1e-5;
        double central = (Loss(X, y, w + h, 0) - Loss(X, y, w - h, 0)) / (2 * h);

        var text = run.OutputText("gradient-check");
        Assert.Contains($"Backward ({F(neuron.dLossDW[0], "F4"),8}, {F(neuron.dLossDb, "F4"),8})", text);
        Assert.Contains($"central ({F(central, "F4"),8},", text);
        Assert.Contains("✔ Gradient check passed", text);
    }

    [Fact]
    public async Task TheGradientCheckThrowsWhenTheBackwardPassIsWrong()
    {
        // A backward pass that forgets the factor x in ∂z/∂w: the check must refuse it.
        string broken = Course.CellSource(Notebook, "loss-at")
            .Replace("return (probe.dLossDW[0], probe.dLossDb);",
                     "return (probe.dLossDb, probe.dLossDb);");
        var run = await Course.RunAsync(Notebook, new Dictionary<string, string> { ["loss-at"] = broken },
            stopAfterCellId: "gradient-check");

        Assert.Contains(run.Errors, e => e.Contains("Gradient check failed"));
    }

    [Fact]
    public async Task AWrittenBackwardIsAcceptedWhileForwardStillBorrows()
    {
        // Only Backward written (from the solutions file), everything else still borrowing: the Forward borrowed
        // from the library keeps lastX and lastZ, so the check can pass.
        string backward = Between(Course.SolvedNeuron, "    public void Backward(double[] dLossDYHat)", "    // ── Notebook 3: forget");
        string starter = Course.StarterNeuron;
        string borrowing = Between(starter, "    public void Backward(double[] dLossDYHat)", "    // ── Notebook 3: forget");
        var run = await Course.RerunWithNeuronAsync(Notebook, starter.Replace(borrowing, backward),
            "mine-backward-check", "mine-resetgrad-check");

        Assert.Empty(run.Errors);
        Assert.StartsWith("✔", run.OutputText("mine-backward-check").Trim());
        Assert.Contains("Not done yet", run.OutputText("mine-resetgrad-check"));
    }

    [Fact]
    public void ThePredictionInSection5IsAskedBeforeItIsAnswered()
    {
        string question = Course.CellSource(Notebook, "accumulate-intro");
        Assert.Contains("Predict, then run", question);
        Assert.DoesNotContain("adds", question);
        Assert.DoesNotContain("ccumulat", question);   // nor the section title: "accumulation" is the answer
        Assert.Contains("**adds**", Course.CellSource(Notebook, "accumulate-answer"));
        Assert.Contains("Gradient accumulation", Course.CellSource(Notebook, "accumulate-answer"));

        // The learner's Backward, which says it adds, comes only after the answer.
        var ids = CellIds();
        Assert.True(ids.IndexOf("mine-backward-prompt") > ids.IndexOf("accumulate-answer"));
        // Nor does the goal list: no accumulation, no bug of forgetting ResetGrad.
        string goals = Course.CellSource(Notebook, "title");
        Assert.DoesNotContain("*adds*", goals);
        Assert.DoesNotContain("ccumulat", goals);
        Assert.DoesNotContain("forget", goals);
    }

    [Fact]
    public void TheActivationTypeAndTheOneExampleForwardAreIntroducedBeforeUse()
    {
        var cells = Course.Cells(Course.Load(Notebook)).ToList();
        int FirstMarkdown(string text) => cells.FindIndex(c => (string?)c["cell_type"] == "markdown" && Course.Source(c).Contains(text));
        int FirstCode(string text) => cells.FindIndex(c => (string?)c["cell_type"] == "code" && Course.Source(c).Contains(text));

        Assert.InRange(FirstMarkdown("`Activation`"), 0, FirstCode("Activation activation") - 1);
        Assert.Contains("[lib/Activations.cs](../lib/Activations.cs)", Course.Source(cells[FirstMarkdown("`Activation`")]));
        Assert.InRange(FirstMarkdown("one-example form"), 0, FirstCode("Forward(new[]") - 1);
    }

    [Fact]
    public void TheLearnersPiecesSayWhereToWriteAndWhatTheyAreCheckedAgainst()
    {
        string intro = Course.CellSource(Notebook, "mine-intro");
        Assert.Contains("MyNeuron.csx", intro);
        Assert.Contains("borrows", intro);
        Assert.Contains("[lib/Neuron.cs](../lib/Neuron.cs)", intro);
        Assert.Contains("Ex03.Backward.Check(Yours)", Course.CellSource(Notebook, "mine-backward-check"));
        Assert.Contains("Ex03.ResetGrad.Check(Yours)", Course.CellSource(Notebook, "mine-resetgrad-check"));
    }

    private static List<string> CellIds() =>
        Course.Cells(Course.Load(Notebook)).Select(c => (string?)c["id"] ?? "").ToList();

    private static string Between(string text, string from, string to)
    {
        int start = text.IndexOf(from, StringComparison.Ordinal);
        return text[start..text.IndexOf(to, start, StringComparison.Ordinal)];
    }

    private static double Loss(double[,] X, double[] y, double w, double b) =>
        Losses.Mse(new Neuron(1) { W = [w], b = b }.Forward(X), y);

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
