using Xunit.Abstractions;

namespace Lessons.Tests.Running;

/// <summary>
/// Every lesson, run as a learner runs it (<c>dotnet run --file lessons/NAME.cs</c> in a fresh copy of the course, with
/// the real chart package, in a German culture), prints exactly what its notebook prints in the real kernel, down to the
/// outcome line, and saves every chart the notebook shows, as a page that draws offline.
/// </summary>
[Collection(LessonRunsCollection.Name)]
public sealed class LessonRunTests(CourseCopyFixture fixture, ITestOutputHelper log)
{
    public static TheoryData<string> Lessons() => new(Repository.LessonNames());

    [Theory, MemberData(nameof(Lessons))]
    public async Task PrintsWhatItsNotebookPrintsAndSavesItsCharts(string lesson)
    {
        // The notebook runs in this process while the lesson builds and runs in its own.
        var notebook = Task.Run(() => NotebookOutput.ExpectedAsync(lesson));
        var run = await fixture.Copy.RunAsync(lesson);
        var (expected, charts) = await notebook;
        log.WriteLine($"dotnet run --file lessons/{lesson}.cs: {run.Elapsed.TotalSeconds:F1} s, exit code {run.ExitCode}");

        Assert.True(run.ExitCode == 0, $"dotnet run --file lessons/{lesson}.cs exited with {run.ExitCode}:\n{run.Output}\n{run.Errors}");
        Assert.Equal("", run.Errors);
        SameText.Assert(expected, run.Output, $"lessons/{lesson}.cs");
        Assert.StartsWith("✔", run.Output.TrimEnd('\n').Split('\n')[^1]);   // the outcome line, as the notebook ends

        Assert.NotEmpty(charts);
        var saved = Directory.GetFiles(run.ChartFolder, "*.html").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.Equal(charts.Order(), saved);
        foreach (string chart in charts)
        {
            string page = File.ReadAllText(Path.Combine(run.ChartFolder, $"{chart}.html"));
            Assert.Contains("<html", page, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<script src=\"../plotly-2.28.0.min.js\"></script>", page);   // beside the pages: no network
            Assert.Contains("var figure = {\"data\":[", page);
        }
        Assert.StartsWith("/**\n* plotly.js v2.28.0", File.ReadAllText(Path.Combine(run.ChartFolder, "..", "plotly-2.28.0.min.js")));
    }
}
