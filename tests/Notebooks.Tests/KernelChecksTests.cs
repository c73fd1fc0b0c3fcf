namespace Notebooks.Tests;

/// <summary>
/// The checks end to end in the real kernel, as a learner meets them: a wrong piece saved in MyNeuron.csx or a wrong
/// answer typed into a cell, the check cell run again, and its verdict (✘ with the clue) in the cell's output; the help
/// cell's folded hints. The whole catalogue of wrong answers runs against the compiled checks in tests/Course.Tests;
/// this is a sample of it through the kernel, one or two per notebook.
/// </summary>
public sealed class KernelChecksTests
{
    public static TheoryData<string, string, string, string, string> WrongPieces() => new()
    {
        { "01-forward-pass.ipynb", "mine-forward-check", "            z[i] = b;", "            z[i] = 0;", "did you forget to add the bias?" },
        { "01-forward-pass.ipynb", "mine-constructor-check", "var random = new Random(seed);", "var random = new Random();", "without the seed" },
        { "02-loss.ipynb", "mine-dmse-check", "2.0 / n * (yHat[i] - y[i])", "2.0 / n * (y[i] - yHat[i])", "The sign is flipped" },
        { "03-backward-pass.ipynb", "mine-backward-check", "dLossDW[j] += dLossDz * lastX[i, j];", "dLossDW[j] += dLossDz;", "did you forget the x factor in dL/dw?" },
        { "04-training.ipynb", "mine-train-check", "            neuron.ResetGrad();\n", "", "Call neuron.ResetGrad() before each Backward" },
    };

    [Theory, MemberData(nameof(WrongPieces))]
    public async Task AWrongPieceSavedInMyNeuronGetsItsClue(string notebook, string checkCellId, string find, string replace, string clue)
    {
        string wrong = Course.SolvedNeuron.Replace(find, replace);
        Assert.NotEqual(Course.SolvedNeuron, wrong);
        var run = await Course.RerunWithNeuronAsync(notebook, wrong, checkCellId);
        AssertNamesTheMistake(run, checkCellId, clue);
    }

    public static TheoryData<string, int, string, string, string> WrongAnswers() => new()
    {
        { "01-forward-pass.ipynb", 2, "myNeuron.b = 1.0;", "myNeuron.b = 0.0;", "the line is shifted" },
        { "02-loss.ipynb", 1, "sum += Math.Abs(yHat[i] - y[i]);", "sum += yHat[i] - y[i];", "did you forget Math.Abs?" },
        // x here is the notebook's own: section 3's example 20, a variable a learner can reach by mistake.
        { "03-backward-pass.ipynb", 1, "dYHatDz * X[i, 0];", "dYHatDz * x;", "stale global x" },
        { "03-backward-pass.ipynb", 2, "1 - Math.Tanh(z) * Math.Tanh(z)", "1 - z * z", "squares the input z" },
        { "04-training.ipynb", 2, "    neuron.ResetGrad();\n", "", "the gradients accumulate" },
        { "05-two-features.ipynb", 1, "    double sigma = Sigmoid(z);", "    double sigma = Sigmoid(Sigmoid(z));", "You evaluated the derivative at σ(z)" },
        { "06-network.ipynb", 1, "neurons[k].Forward(X);", "neurons[0].Forward(X);", "neurons[0]" },
        { "06-network.ipynb", 2, "neuron.Activation.DSigmaDz(z);", "neuron.Activation.DSigmaDz(neuron.Activation.Sigma(z));", "post-activation" },
        { "06-network.ipynb", 3, "for (int l = network.Layers.Count - 1; l >= 0; l--)", "for (int l = 0; l < network.Layers.Count; l++)", "from the first to the last" },
        { "06-network.ipynb", 4, "start < n;", "start + batchSize <= n;", "The last batch was left out" },
        { "06-network.ipynb", 5, "new Neuron(inputCount, seed + k)", "new Neuron(inputCount, seed)", "Every neuron starts with the same weights" },
    };

    [Theory, MemberData(nameof(WrongAnswers))]
    public async Task AWrongAnswerTypedIntoTheCellGetsItsClue(string notebook, int exercise, string find, string replace, string clue)
    {
        string solution = Course.SolutionCode(notebook, $"ex{exercise}-check");
        Assert.Contains(find, solution);
        string verdict = await Course.ExerciseVerdictAsync(notebook, exercise, solution.Replace(find, replace));
        Assert.StartsWith("✘ ", verdict);
        Assert.DoesNotContain("✔", verdict);
        Assert.Contains(clue, verdict);
    }

    [Fact]
    public async Task TheHelpCellFoldsTheHintsAndTheSolution()
    {
        var run = await Course.RunAsync("01-forward-pass.ipynb");
        Assert.Equal("Stuck on “Your neuron: Forward”? 2 hints and the solution, one at a time: Ex01.Forward.Hint(1), "
            + "Ex01.Forward.Hint(2), then Ex01.Forward.Solution().", run.OutputText("mine-forward-help").Trim());
        string html = run.OutputHtml("mine-forward-help");
        Assert.Equal(3, html.Split("<details").Length - 1);
        Assert.Contains("Hint 1 of 2 for “Your neuron: Forward”", html);
        Assert.Contains("public double[] Forward(double[,] X)", html);   // the solution, folded
        Assert.Contains("class=\"verdict notdoneyet\"", run.OutputHtml("mine-forward-check"));
    }

    [Fact]
    public async Task TheNetworksGradientCheckSaysWhyItFailsWithEveryHiddenWeightAtZero()
    {
        // Every hidden weight 0 puts every z on ReLU's kink: the check fails, and says why.
        string zeros = Course.CellSource("06-network.ipynb", "network").Replace("double w = k % 2 == 0 ? 1 : -1;", "double w = 0;");
        var run = await Course.RunAsync("06-network.ipynb", new Dictionary<string, string> { ["network"] = zeros }, stopAfterCellId: "gradient-check");
        var error = Assert.Single(run.Errors, e => e.Contains("Gradient check failed"));
        Assert.Contains("With every hidden weight 0", error);
        Assert.Contains("smallest |z| = 0", error);
    }

    private static void AssertNamesTheMistake(ExecutedNotebook run, string checkCellId, string clue)
    {
        Assert.True(run.Errors.Count == 0, $"The check cell must report, not fail:\n{string.Join("\n", run.Errors)}");
        string verdict = run.OutputText(checkCellId).Trim();
        Assert.StartsWith("✘ ", verdict);
        Assert.DoesNotContain("✔", verdict);
        Assert.True(verdict.Contains(clue, StringComparison.Ordinal), $"The verdict should name the mistake ('{clue}'), but it says:\n{verdict}");
    }
}
