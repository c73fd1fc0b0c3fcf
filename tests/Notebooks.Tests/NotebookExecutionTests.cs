using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>Every course notebook runs top to bottom, its prose quotes what it printed, and its exercises check.</summary>
public sealed partial class NotebookExecutionTests
{
    public static TheoryData<string> Notebooks() => new(Course.NotebookFiles());

    public static TheoryData<string, int> Exercises()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Course.NotebookFiles())
            foreach (int n in NotebookFormatTests.ExerciseNumbers(file))
                data.Add(file, n);
        return data;
    }

    [Theory, MemberData(nameof(Notebooks))]
    public async Task RunsTopToBottomWithoutErrorAndReachesItsOutcome(string file)
    {
        var run = await Course.RunAsync(file);
        Assert.True(run.Errors.Count == 0, $"{file} failed:\n{string.Join("\n", run.Errors)}");
        Assert.True(run.Result.Succeeded);
        Assert.Contains("✔", run.OutputText("outcome"));
    }

    [Theory, MemberData(nameof(Notebooks))]
    public async Task NoCellShowsACompilerWarningOrInfo(string file)
    {
        // The kernel prints a cell's warnings and infos (its own code's and those of the files it #loads) into the
        // learner's output: the course must compile clean, with the learner's file as committed and as solved.
        foreach (var run in new[] { await Course.RunAsync(file), await Course.RunSolvedAsync(file) })
        {
            var noisy = run.Result.Cells.Where(c => c.Diagnostics.Count > 0)
                .Select(c => $"cell {c.Number} ({c.CellId}): {string.Join("; ", c.Diagnostics)}").ToList();
            Assert.True(noisy.Count == 0, $"{file} shows compiler diagnostics:\n{string.Join("\n", noisy)}");
            Assert.DoesNotContain("warning CS", run.AllOutputText);
        }
    }

    [Theory, MemberData(nameof(Notebooks))]
    public async Task EveryPreciseNumberInTheProseIsPrintedByACell(string file)
    {
        var run = await Course.RunAsync(file);
        var printed = run.AllOutputText;
        var missing = Course.Cells(Course.Load(file))
            .Where(c => (string?)c["cell_type"] == "markdown")
            .SelectMany(c => PreciseNumber().Matches(Course.Source(c)).Select(m => m.Value))
            .Distinct()
            .Where(number => !printed.Contains(number))
            .ToList();
        Assert.True(missing.Count == 0,
            $"{file} quotes numbers no cell printed (print them, or correct the prose): {string.Join(", ", missing)}");
    }

    [Theory, MemberData(nameof(Exercises))]
    public async Task TheStarterCodeIsNotAcceptedByTheCheck(string file, int n)
    {
        var run = await Course.RunAsync(file);
        var verdict = run.OutputText($"ex{n}-check");
        Assert.Empty(run.Errors);
        Assert.Contains("✘", verdict);
        Assert.DoesNotContain("✔", verdict);
        Assert.Contains("not done yet", verdict, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Exercises))]
    public async Task TheRevealedSolutionIsAcceptedByTheCheck(string file, int n)
    {
        var verdict = await Course.ExerciseVerdictAsync(file, n, Course.SolutionCode(file, $"ex{n}-check"));
        Assert.Contains("✔", verdict);
        Assert.DoesNotContain("✘", verdict);
    }

    // A number quoted with three or more decimals claims a precise result: some cell must have printed it.
    [GeneratedRegex(@"(?<![\w.])-?\d+\.\d{3,}(?![\d])")]
    private static partial Regex PreciseNumber();
}
