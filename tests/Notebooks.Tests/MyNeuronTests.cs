using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// The learner's own neuron, MyNeuron.csx, built across the notebooks: every piece's check says "not done yet" while the
/// piece still borrows the library, and ✔ for the written-out solution (whose pieces the checks' Solution() shows).
/// </summary>
public sealed partial class MyNeuronTests
{
    public static TheoryData<string, string> PieceChecks()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Course.NotebookFiles())
            foreach (var id in CellIds(file).Where(id => PieceCheck().IsMatch(id)))
                data.Add(file, id);
        return data;
    }

    public static TheoryData<string> Notebooks() => new(Course.NotebookFiles());

    [Fact]
    public void EveryNotebookFrom01To04BuildsAPieceOfTheNeuron()
    {
        foreach (var file in Course.NotebookFiles().Where(f => string.CompareOrdinal(f, "05") < 0))
            Assert.True(CellIds(file).Any(id => PieceCheck().IsMatch(id)), $"{file} has no mine-…-check cell.");
    }

    [Theory, MemberData(nameof(PieceChecks))]
    public async Task TheStarterFileIsNotDoneYet(string file, string checkCellId)
    {
        var run = await Course.RunAsync(file);
        string verdict = run.OutputText(checkCellId);
        Assert.Contains("✘", verdict);
        Assert.DoesNotContain("✔", verdict);
        Assert.Contains("not done yet", verdict, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(PieceChecks))]
    public async Task TheSolvedFileIsAccepted(string file, string checkCellId)
    {
        var run = await Course.RunSolvedAsync(file);
        string verdict = run.OutputText(checkCellId);
        Assert.Contains("✔", verdict);
        Assert.DoesNotContain("✘", verdict);
    }

    [Theory, MemberData(nameof(Notebooks))]
    public async Task WithTheSolvedFileTheNotebookRunsToItsOutcome(string file)
    {
        var run = await Course.RunSolvedAsync(file);
        // The copy of the course it ran in had an up-to-date library: the setup did not rebuild it.
        Assert.StartsWith("Course library ready", run.OutputText("setup-build"));
        Assert.True(run.Errors.Count == 0, $"{file} failed with the solved MyNeuron.csx:\n{string.Join("\n", run.Errors)}");
        Assert.Contains("✔", run.OutputText("outcome"));
    }

    private static IEnumerable<string> CellIds(string file) =>
        Course.Cells(Course.Load(file)).Select(c => (string?)c["id"] ?? "");

    [GeneratedRegex(@"^mine-[a-z0-9-]+-check$")]
    private static partial Regex PieceCheck();
}
