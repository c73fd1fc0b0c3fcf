using System.Globalization;

namespace NotebookRunner.CommandLine;

/// <summary>The run-notebooks command: runs each notebook, writes executed copies, prints summaries.</summary>
public static class CommandLineRunner
{
    /// <summary>Runs the command; returns the exit code (0 all passed, 1 some failed, 2 invalid options).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where summaries go.</param>
    /// <param name="stderr">Where per-cell progress and usage errors go.</param>
    /// <param name="ct">Cancels the run.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        CommandLineOptions options;
        try
        {
            options = CommandLineOptions.Parse(args);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"run-notebooks: {e.Message}");
            stderr.WriteLine(CommandLineOptions.Usage);
            return 2;
        }
        if (options.ShowHelp)
        {
            stdout.WriteLine(CommandLineOptions.Usage);
            return 0;
        }
        string? plotlyJs = null;
        if (options.EmbedPlotly is { } plotlyPath)
        {
            try
            {
                plotlyJs = PlotlyEmbedding.ReadLibrary(plotlyPath);
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
            {
                stderr.WriteLine($"run-notebooks: Option '--embed-plotly': {e.Message}");
                return 2;
            }
        }
        var run = options.Run with { Progress = stderr };
        int passed = 0, failed = 0;
        bool packageMissing = false;
        foreach (string input in options.Inputs)
        {
            foreach (string path in Expand(input, stdout, ref failed))
            {
                var (ok, missing) = await RunOneAsync(path, options, run, plotlyJs, stdout, ct).ConfigureAwait(false);
                if (ok) passed++; else failed++;
                packageMissing |= missing;
            }
        }
        int total = passed + failed;
        stdout.WriteLine($"{total} notebook{(total == 1 ? "" : "s")}: {passed} passed, {failed} failed");
        if (packageMissing)
            stdout.WriteLine(OfflineHint);
        return failed == 0 && total > 0 ? 0 : 1;
    }

    /// <summary>A folder's notebooks sorted by name, or the path itself.</summary>
    private static IEnumerable<string> Expand(string input, TextWriter stdout, ref int failed)
    {
        if (!Directory.Exists(input))
            return [input];
        var notebooks = Directory.GetFiles(input, "*.ipynb").OrderBy(Path.GetFileName, StringComparer.Ordinal).ToList();
        if (notebooks.Count == 0)
        {
            stdout.WriteLine($"{input}: ERROR: the folder has no .ipynb files");
            failed++;
        }
        return notebooks;
    }

    // Said once, after the summary, when a package source lacks a package (NU1101): the usual cause is a machine
    // without nuget.org, where the course's charts can still run on the offline stand-in.
    private const string OfflineHint =
        "A NuGet package was not found (NU1101). Without nuget.org, run the course with the offline chart stand-in: " +
        "`dotnet run --project tools/CourseBook` falls back to it by itself, or pass --stand-in as README.md's " +
        "offline command shows.";

    private static async Task<(bool Passed, bool PackageMissing)> RunOneAsync(string path, CommandLineOptions options, RunOptions run, string? plotlyJs,
        TextWriter stdout, CancellationToken ct)
    {
        string name = Path.GetFileName(path);
        NotebookResult result;
        try
        {
            result = await NotebookExecutor.RunFileAsync(path, run, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or NotebookFormatException or IOException or UnauthorizedAccessException)
        {
            stdout.WriteLine($"{name}: ERROR: {e.Message}");
            return (false, false);
        }
        string target = options.InPlace ? path : Path.Combine(options.OutputDirectory, name);
        if (plotlyJs is not null)
            PlotlyEmbedding.Embed(result.Executed, plotlyJs);
        NotebookDocument.Save(result.Executed, target);
        double seconds = result.Cells.Sum(cell => cell.Duration.TotalSeconds);
        string time = seconds.ToString("0.0", CultureInfo.InvariantCulture);
        var firstFailure = result.Cells.FirstOrDefault(cell => cell.Failed);
        // The failing cell's whole error was already printed with the progress; here its first line names it.
        stdout.WriteLine(firstFailure is null
            ? $"{name}: passed ({result.Cells.Count} cells, {time} s) -> {target}"
            : $"{name}: FAILED ({result.Cells.Count(c => c.Failed)} failing cell(s), {time} s) -> {target}\n  {firstFailure.ErrorText?.Split('\n')[0]}");
        return (firstFailure is null, firstFailure?.ErrorText?.Contains("error NU1101", StringComparison.Ordinal) == true);
    }
}
