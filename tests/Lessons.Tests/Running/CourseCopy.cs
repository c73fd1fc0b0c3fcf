using System.Diagnostics;

namespace Lessons.Tests.Running;

/// <summary>What one <c>dotnet run --file lessons/NAME.cs</c> did.</summary>
internal sealed record LessonRun(string Lesson, int ExitCode, string Output, string Errors, TimeSpan Elapsed, string ChartFolder);

/// <summary>
/// A fresh copy of the course as a learner clones it (the library, the checks' library with the solutions it is built
/// from, lessons/, global.json, the build props), in a
/// temporary folder, in which lessons run with <c>dotnet run --file lessons/NAME.cs</c> from the copy's root, as the
/// README says, with the real chart packages, so the repository's own builds (lib/bin, obj/) are never touched.
/// Lessons run one at a time; the copy is deleted at the end.
/// </summary>
internal sealed class CourseCopy : IAsyncDisposable
{
    private readonly TempFolder folder = new();
    private readonly SemaphoreSlim oneAtATime = new(1);
    private int runs;

    private CourseCopy() { }

    public string Root => folder.Path;

    public string Lessons => Path.Combine(Root, "lessons");

    /// <summary>Copies the course as a clone has it, without anything built (no lib/bin, no obj/, no output/).</summary>
    public static CourseCopy Create()
    {
        var copy = new CourseCopy();
        foreach (string file in new[] { "NeuronFromScratch.csproj", "Directory.Build.props", "global.json" })
            File.Copy(Path.Combine(Repository.Root, file), Path.Combine(copy.Root, file));
        Repository.CopyTree(Path.Combine(Repository.Root, "lib"), Path.Combine(copy.Root, "lib"));
        Repository.CopyTree(Path.Combine(Repository.Root, "course"), Path.Combine(copy.Root, "course"));
        Repository.CopyTree(Path.Combine(Repository.Notebooks, "solutions"), Path.Combine(copy.Root, "notebooks", "solutions"));
        Repository.CopyTree(Repository.Lessons, copy.Lessons);
        return copy;
    }

    /// <summary>
    /// Runs <c>dotnet run --file lessons/{lesson}.cs</c> in a German culture; with
    /// <paramref name="lessonText"/> or <paramref name="myNeuron"/>, a learner's edit of the lesson or of
    /// lessons/MyNeuron.cs is in place for this run only.
    /// </summary>
    public async Task<LessonRun> RunAsync(string lesson, string? lessonText = null, string? myNeuron = null)
    {
        await oneAtATime.WaitAsync();
        string path = Path.Combine(Lessons, $"{lesson}.cs"), neuron = Path.Combine(Lessons, "MyNeuron.cs");
        string originalLesson = File.ReadAllText(path), originalNeuron = File.ReadAllText(neuron);
        try
        {
            File.WriteAllText(path, lessonText ?? originalLesson);
            File.WriteAllText(neuron, myNeuron ?? originalNeuron);
            string charts = Path.Combine(Lessons, "output", lesson);
            if (Directory.Exists(charts))
                Directory.Delete(charts, recursive: true);
            var start = new ProcessStartInfo("dotnet",
                ["run", "--file", $"lessons/{lesson}.cs", "--artifacts-path", Path.Combine(Root, "artifacts", $"{lesson}-{++runs}")])
            {
                WorkingDirectory = Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            // A learner's machine may print 0,5 for 0.5: the lessons must print the notebook's numbers anyway.
            start.Environment["LANG"] = start.Environment["LC_ALL"] = "de_DE.UTF-8";
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            try { await process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet run --file lessons/{lesson}.cs did not finish within 5 minutes.");
            }
            return new LessonRun(lesson, process.ExitCode, await output, await errors, clock.Elapsed, charts);
        }
        finally
        {
            File.WriteAllText(path, originalLesson);
            File.WriteAllText(neuron, originalNeuron);
            oneAtATime.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        folder.Dispose();
        oneAtATime.Dispose();
        return ValueTask.CompletedTask;
    }
}
