namespace Notebooks.Tests.RealFrontEnds;

/// <summary>
/// Every notebook, run headless by dotnet-repl (the version the tool manifest pins: it hosts the same kernel, with its own
/// copy of FSharp.Core 10.0), top to bottom: no error, its outcome ✔, and the charts the course's runner sees.
/// </summary>
public sealed class DotnetReplTests
{
    public static TheoryData<string> Notebooks() => new(Course.NotebookFiles());

    [Theory, MemberData(nameof(Notebooks))]
    public async Task RunsTopToBottomWithItsChartsAndItsOutcome(string file)
    {
        using var output = new TempFolderForRuns();
        string saved = Path.Combine(output.Path, file);

        var run = await FrontEndRun.RunAsync("dotnet",
            ["tool", "run", "dotnet-repl", "--", "--run", file, "--exit-after-run", "--output-path", saved], Course.NotebooksFolder, saved);

        Assert.True(run.ExitCode == 0 && run.Errors.Count == 0,
            $"dotnet-repl ran {file} with exit code {run.ExitCode} and errors:\n{string.Join("\n", run.Errors)}\n{run.Log}");
        Assert.StartsWith("✔", run.Outcome.Trim());
        var (charts, libraries) = run.Charts;
        Assert.Equal((await Course.RunAsync(file)).Charts.Count, charts);
        Assert.Equal(1, libraries);
    }
}

/// <summary>A temporary folder for a front end's executed notebook, deleted when disposed.</summary>
internal sealed class TempFolderForRuns : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("front-end-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
