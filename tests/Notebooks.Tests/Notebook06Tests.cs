using System.Globalization;
using NeuronFromScratch;
using NeuronFromScratch.Course;
using Xunit;

namespace Notebooks.Tests;

/// <summary>
/// Notebook 6, a network: the best line, the |x| network, the hand backward pass, the gradient check, the mini-batch
/// loop (the learner's Epoch, or the course's until it is written) recomputed with the library's NetworkTrainer, the
/// hinge charts, the symmetry experiment and the outcome (which can fail). Starter → ✘ and solution → ✔ are covered by
/// NotebookExecutionTests; the checks' clues for known mistakes by tests/Course.Tests.
/// </summary>
public sealed class Notebook06Tests
{
    private const string Notebook = "06-network.ipynb";
    private const int Epochs = 1000, BatchSize = 32, HiddenCount = 8;
    private const double LearningRate = 0.05;

    private static readonly double[] Xs = Enumerable.Range(0, 61).Select(i => Math.Round(-3 + 0.1 * i, 1)).ToArray();
    private static readonly double[] Ys = Xs.Select(Math.Sin).ToArray();
    private static double[,] X => Matrix(Xs);

    private static double[,] Matrix(double[] v)
    {
        var M = new double[v.Length, 1];
        for (int i = 0; i < v.Length; i++) M[i, 0] = v[i];
        return M;
    }

    private static NeuralNetwork NewNetwork() => new(
        new Layer(Enumerable.Range(0, HiddenCount).Select(k =>
        {
            double w = k % 2 == 0 ? 1 : -1;
            return new Neuron(1) { Activation = Activation.ReLU, W = [w], b = -w * (-2.625 + 0.75 * k) };
        })),
        new Layer(HiddenCount, 1, Activation.Linear, seed: 0));

    private static (NeuralNetwork network, double[] loss) Trained()
    {
        var network = NewNetwork();
        var loss = NetworkTrainer.Train(network, X, Ys, Epochs, LearningRate, batchSize: BatchSize, shuffle: true, seed: 0);
        return (network, loss);
    }

    private static double LineLoss()
    {
        double xm = Xs.Average(), ym = Ys.Average();
        double slope = Xs.Zip(Ys, (a, b) => (a - xm) * (b - ym)).Sum() / Xs.Sum(a => (a - xm) * (a - xm));
        double intercept = ym - slope * xm;
        return Losses.Mse(Xs.Select(a => slope * a + intercept).ToArray(), Ys);
    }

    [Fact]
    public async Task TheBestLineAndTheTrainedNetworkArePrintedAndTheNetworkIsFarBetter()
    {
        var run = await Course.RunAsync(Notebook);
        var (network, loss) = Trained();
        double networkLoss = Losses.Mse(network.Predict(X), Ys), lineLoss = LineLoss();

        Assert.Contains($"loss {F(lineLoss, "F4")}", run.OutputText("best-line"));
        Assert.Contains($"the network {F(networkLoss, "F5")}, the best line {F(lineLoss, "F5")}", run.OutputText("result"));
        Assert.True(networkLoss < 0.01 && networkLoss < lineLoss / 10);
        Assert.Contains("is not written yet, so the network trains with the course's", run.OutputText("training-loop"));
        foreach (int e in new[] { 1, 10, 100, Epochs })
            Assert.Contains($"epoch {e,4}: loss {F(loss[e - 1], "F5")}", run.OutputText("training-loop"));
        Assert.Contains("✔ NetworkTrainer.Train gives the same loss in all 1000 epochs", run.OutputText("trainer"));
        Assert.Contains("✔", run.OutputText("outcome"));
    }

    [Fact]
    public async Task TheAbsNetworkIsExactAndTheHandBackwardPassMatchesTheLibrary()
    {
        var run = await Course.RunAsync(Notebook);
        Assert.Contains("largest |ŷ − |x|| over the data: 0", run.OutputText("abs-network"));
        var chart = Assert.Single(run.ChartsOf("abs-network"));
        Assert.Equal(Xs.Select(Math.Abs), chart.Trace("their sum: the network's ŷ").Y);
        Assert.Contains("∂L/∂x: 0", run.OutputText("backward-by-hand"));
        Assert.Contains("✔ Gradient check of the whole network passed", run.OutputText("gradient-check"));
    }

    [Fact]
    public async Task TheHingeChartsShowEachContributionAndTheirSumIsTheNetwork()
    {
        var run = await Course.RunAsync(Notebook);
        var (network, _) = Trained();
        var final = Assert.Single(run.ChartsOf("hinges-final"));
        Assert.Equal(HiddenCount + 2, final.Traces.Count);
        Assert.Equal(Ys, final.Trace("data: sin x").Y);
        var sum = final.Trace("sum + c = ŷ").Y;
        var predicted = network.Predict(X);
        Assert.All(Enumerable.Range(0, Xs.Length), i => Assert.Equal(predicted[i], sum[i], 1e-9));
        // Each hinge's trace is v_k · ReLU(w_k x + b_k) of the trained network.
        var hidden = network.Layers[0].Neurons;
        var v = network.Layers[1].Neurons[0].W;
        var hingeTraces = final.Traces.Where(t => t.Name!.StartsWith("hinge ")).ToList();
        Assert.Equal(HiddenCount, hingeTraces.Count);
        for (int k = 0; k < HiddenCount; k++)
            Assert.All(Enumerable.Range(0, Xs.Length), i =>
                Assert.Equal(v[k] * Math.Max(0, hidden[k].W[0] * Xs[i] + hidden[k].b), hingeTraces[k].Y[i], 1e-9));
        Assert.Single(run.ChartsOf("hinge-chart"));
        Assert.Single(run.ChartsOf("hinges-early"));
    }

    [Fact]
    public async Task TheLossChartIsOnALogAxisWithTheLinesLoss()
    {
        var run = await Course.RunAsync(Notebook);
        var (_, loss) = Trained();
        var chart = Assert.Single(run.ChartsOf("loss-chart"));
        Assert.Equal("log", chart.YAxisType);
        var curve = chart.Traces[0];
        Assert.Equal(Epochs, curve.Y.Length);
        Assert.All(Enumerable.Range(0, Epochs), e => Assert.Equal(loss[e], curve.Y[e], 1e-12));
        Assert.All(chart.Trace("the best line's loss").Y, l => Assert.Equal(LineLoss(), l, 1e-12));
    }

    [Fact]
    public async Task TheOutcomeFailsWhenTheNetworkIsNotTrainedEnough()
    {
        string short_ = Course.CellSource(Notebook, "training-loop").Replace("const int epochs = 1000,", "const int epochs = 2,");
        Assert.Contains("epochs = 2,", short_);
        short_ = short_.Replace("foreach (int e in new[] { 1, 10, 100, epochs })", "foreach (int e in new[] { 1, epochs })")
                       .Replace("int[] snapshotEpochs = { 0, 100, epochs };", "int[] snapshotEpochs = { 0, 1, epochs };");
        Assert.Contains("{ 1, epochs }", short_);
        Assert.Contains("{ 0, 1, epochs }", short_);
        var replace = new Dictionary<string, string>
        {
            ["training-loop"] = short_,
            ["hinges-early"] = "HingeChart(snapshots.Single(s => s.Epoch == 1))",
        };
        var run = await Course.RunAsync(Notebook, replace);
        Assert.Contains(run.Errors, e => e.Contains("The network did not fit the curve"));
    }

    [Fact]
    public async Task TheLearnersOwnEpochAndTrainStepTrainTheNetworkAsTheLibraryDoes()
    {
        var run = await Course.RerunCellsAsync(Notebook, new Dictionary<string, string>
        {
            ["ex3-answer"] = Ex06.TrainStep.SolutionCode,
            ["ex4-answer"] = Ex06.Epoch.SolutionCode,
        }, "training-loop", "trainer");
        Assert.Empty(run.Errors);
        var (_, loss) = Trained();
        Assert.Contains("The network trains with your Epoch and your TrainStep.", run.OutputText("training-loop"));
        Assert.Contains($"epoch {Epochs,4}: loss {F(loss[^1], "F5")}", run.OutputText("training-loop"));
        Assert.Contains("✔ NetworkTrainer.Train gives the same loss in all 1000 epochs", run.OutputText("trainer"));
    }

    [Fact]
    public async Task AnEpochThatBreaksThePairsIsCaughtByTheTrainerCell()
    {
        string broken = Ex06.Epoch.SolutionCode.Replace("batch.Select(i => y[i])", "Enumerable.Range(start, batch.Length).Select(i => y[i])");
        Assert.NotEqual(Ex06.Epoch.SolutionCode, broken);
        var run = await Course.RerunCellsAsync(Notebook, new Dictionary<string, string>
        {
            ["ex3-answer"] = Ex06.TrainStep.SolutionCode,
            ["ex4-answer"] = broken,
        }, "training-loop", "trainer");
        Assert.Contains(run.Errors, e => e.Contains("NetworkTrainer.Train and your Epoch disagree") && e.Contains("Ex06.Epoch.Check(Epoch, TrainStep)"));
    }

    [Fact]
    public async Task TheSymmetryExperimentPrintsBothOutcomes()
    {
        var run = await Course.RunAsync(Notebook);
        string printed = run.OutputText("symmetry");
        NeuralNetwork AllAlike(double w, double b, double v) => new(
            new Layer(Enumerable.Range(0, HiddenCount).Select(_ => new Neuron(1) { Activation = Activation.ReLU, W = [w], b = b })),
            new Layer([new Neuron(HiddenCount) { W = Enumerable.Repeat(v, HiddenCount).ToArray(), b = 0 }]));
        var starts = new (string Name, NeuralNetwork Network, int Different)[]
        {
            ("every weight and bias 0", AllAlike(0, 0, 0), 1),
            ("every hidden neuron alike", AllAlike(0.5, 0.5, 0.1), 1),
            ("each neuron its own seed", NeuralNetwork.Create([1, HiddenCount, 1], Activation.ReLU, Activation.Linear, seed: 0), HiddenCount),
        };
        foreach (var (name, network, different) in starts)
        {
            double last = NetworkTrainer.Train(network, X, Ys, Epochs, LearningRate, batchSize: BatchSize, shuffle: true, seed: 0)[^1];
            Assert.Equal(different, network.Layers[0].Neurons.Select(n => (n.W[0], n.b)).Distinct().Count());
            Assert.Contains($"{name,-26} loss in epoch {Epochs} {F(last, "F5")}; different hidden neurons: {different} of {HiddenCount};", printed);
        }
        // The chart of the network that started alike: eight hinges with the same line.
        var chart = Assert.Single(run.ChartsOf("symmetry-chart"));
        var hinges = chart.Traces.Where(t => t.Name!.StartsWith("hinge ")).ToList();
        Assert.Equal(HiddenCount, hinges.Count);
        Assert.All(hinges, h => Assert.Equal(hinges[0].Y, h.Y));
        Assert.Contains(hinges[0].Y, v => v != 0);
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
