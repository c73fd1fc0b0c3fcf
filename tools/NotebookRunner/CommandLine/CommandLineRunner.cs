using System.Globalization;

namespace NotebookRunner.CommandLine;

/// <summary>
/// The run-notebooks command: runs each notebook in a fresh real kernel, writes executed copies, and prints one line per
/// notebook and a summary. What it adds to the kernel for instructors: folders, an exit code, a per-cell time limit,
/// and errors that name the cell as the notebook shows it.
/// </summary>
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
        var run = options.Run with { Progress = stderr };
        int passed = 0, failed = 0;
        foreach (string input in options.Inputs)
        {
            foreach (string path in Expand(input, stdout, ref failed))
            {
                if (await RunOneAsync(path, options, run, stdout, ct).ConfigureAwait(false))
                    passed++;
                else
                    failed++;
            }
        }
        int total = passed + failed;
        stdout.WriteLine($"{total} notebook{(total == 1 ? "" : "s")}: {passed} passed, {failed} failed");
        return failed == 0 && total > 0 ? 0 : 1;
    }

    /// <summary>A folder's notebooks sorted by name, or the path itself when it names a notebook file.</summary>
    private static IEnumerable<string> Expand(string input, TextWriter stdout, ref int failed)
    {
        if (Directory.Exists(input))
        {
            var notebooks = Directory.GetFiles(input, "*.ipynb").OrderBy(Path.GetFileName, StringComparer.Ordinal).ToList();
            if (notebooks.Count == 0)
            {
                stdout.WriteLine($"{input}: ERROR: the folder has no .ipynb files");
                failed++;
            }
            return notebooks;
        }
        if (!File.Exists(input) && !input.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
        {
            // Not a notebook's name: what was meant is a folder.
            stdout.WriteLine($"{input}: ERROR: no such folder ({Path.GetFullPath(input)}); give a folder of notebooks or an .ipynb file");
            failed++;
            return [];
        }
        return [input];
    }

    private static async Task<bool> RunOneAsync(string path, CommandLineOptions options, RunOptions run, TextWriter stdout, CancellationToken ct)
    {
        string name = Path.GetFileName(path);
        NotebookResult result;
        try
        {
            result = await NotebookExecutor.RunFileAsync(path, run, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or NotebookFormatException or IOException or UnauthorizedAccessException
                                      or InvalidOperationException)
        {
            stdout.WriteLine($"{name}: ERROR: {e.Message}");
            return false;
        }
        string target = options.InPlace ? path : Path.Combine(options.OutputDirectory, name);
        NotebookDocument.Save(result.Executed, target);
        string time = result.Cells.Sum(cell => cell.Duration.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture);
        var firstFailure = result.Cells.FirstOrDefault(cell => cell.Failed);
        // The failing cell's whole error was already printed with the progress; here its first lines name it.
        stdout.WriteLine(firstFailure is null
            ? $"{name}: passed ({result.Cells.Count} cells, {time} s) -> {target}"
            : $"{name}: FAILED ({result.Cells.Count(c => c.Failed)} failing cell(s), {time} s) -> {target}\n  "
              + string.Join("\n  ", firstFailure.ErrorText!.Split('\n').Take(3)));
        return firstFailure is null;
    }
}
