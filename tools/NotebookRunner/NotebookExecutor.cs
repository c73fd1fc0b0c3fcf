using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>
/// Runs notebooks like "Run All" in the real .NET Interactive kernel (<see cref="KernelProcess"/>): code cells in order,
/// each in the kernel its metadata names, stopping at the first failing cell; outputs as the kernel's Jupyter front end
/// writes them.
/// </summary>
public static class NotebookExecutor
{
    /// <summary>Runs a notebook file in a new kernel; the returned notebook is an executed copy (the file is not modified).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotebookFormatException">The file is malformed JSON or not nbformat 4.</exception>
    /// <exception cref="InvalidOperationException">The kernel could not be started.</exception>
    public static Task<NotebookResult> RunFileAsync(string path, RunOptions options, CancellationToken ct = default)
    {
        string fullPath = Path.GetFullPath(path);
        var notebook = NotebookDocument.Load(fullPath);
        return RunAsync(notebook, Path.GetDirectoryName(fullPath)!, Path.GetFileName(fullPath), options, ct);
    }

    /// <summary>Runs an in-memory notebook in a new kernel, as if it were a file in <paramref name="directory"/>.</summary>
    /// <exception cref="NotebookFormatException">The notebook is not nbformat 4.</exception>
    /// <exception cref="ArgumentException">No cell has the id <see cref="RunOptions.StopAfterCellId"/>.</exception>
    /// <exception cref="InvalidOperationException">The kernel could not be started.</exception>
    public static async Task<NotebookResult> RunAsync(JsonObject notebook, string directory, string displayName,
        RunOptions options, CancellationToken ct = default)
    {
        NotebookDocument.Validate(notebook, displayName);
        StopCellOf(notebook, displayName, options);   // before a kernel starts for nothing
        await using var kernel = await KernelProcess.StartAsync(directory, options.Culture, ct).ConfigureAwait(false);
        return await RunInAsync(kernel, notebook, directory, displayName, options, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the notebook's cells in a kernel that is already running; the kernel keeps their state, so more code can be
    /// submitted to it afterwards. <paramref name="directory"/> is the kernel's working folder (error paths are shown
    /// relative to it).
    /// </summary>
    /// <exception cref="NotebookFormatException">The notebook is not nbformat 4.</exception>
    /// <exception cref="ArgumentException">No cell has the id <see cref="RunOptions.StopAfterCellId"/>.</exception>
    public static async Task<NotebookResult> RunInAsync(KernelProcess kernel, JsonObject notebook, string directory,
        string displayName, RunOptions options, CancellationToken ct = default)
    {
        NotebookDocument.Validate(notebook, displayName);
        StopCellOf(notebook, displayName, options);
        var executed = (JsonObject)notebook.DeepClone();
        var cells = executed["cells"]!.AsArray().Select(cell => cell!.AsObject()).ToList();
        string defaultLanguage = CellLanguage.DefaultOf(executed);
        var results = new List<CellResult>();
        int executionCount = 0;
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var clock = Stopwatch.StartNew();
            string? id = NotebookDocument.StringAt(cell, "id");
            string kind = NotebookDocument.StringAt(cell, "cell_type") ?? "";
            string language = kind == "code" ? CellLanguage.OfCodeCell(cell, defaultLanguage) : kind;
            CellResult result;
            if (kind != "code" || language == CellLanguage.Markdown)
            {
                result = new CellResult(i + 1, id, language, [], null, [], clock.Elapsed);
            }
            else
            {
                executionCount++;
                var submitted = await kernel.SubmitAsync(NotebookDocument.SourceOf(cell), language, options.CellTimeout, ct).ConfigureAwait(false);
                var outputs = CellOutputs.From(submitted.Events, executionCount);
                string? error = submitted.Lost ?? outputs.Error;
                if (submitted.Lost is { } lost)
                    outputs.Outputs.Add(NbOutputs.Error("KernelLost", lost.Split('\n')[0], lost.Split('\n')));
                cell["outputs"] = outputs.Outputs.DeepClone();
                cell["execution_count"] = executionCount;
                string? errorText = error is null ? null : DescribeError(error, cells, i, directory, displayName);
                result = new CellResult(i + 1, id, language, outputs.Outputs, errorText, outputs.Diagnostics, clock.Elapsed);
            }
            results.Add(result);
            ReportProgress(options.Progress, displayName, result, cells.Count, kind);
            if (kernel.HasExited || (result.Failed && !options.ContinueOnError) || (options.StopAfterCellId is { } stop && id == stop))
                break;
        }
        return new NotebookResult(displayName, executed, results);
    }

    // The notebook must have the cell the run is to stop after, if one is given.
    private static void StopCellOf(JsonObject notebook, string displayName, RunOptions options)
    {
        if (options.StopAfterCellId is { } stopId && !notebook["cells"]!.AsArray().Any(cell => NotebookDocument.StringAt(cell, "id") == stopId))
            throw new ArgumentException($"Notebook '{displayName}' has no cell with id '{stopId}' (RunOptions.StopAfterCellId).", nameof(options));
    }

    // "01-x.ipynb, section “…”, the cell “…” (cell 7):" then the error, its places made readable, and where the script
    // method that threw is declared when the kernel's stack trace only names it.
    private static string DescribeError(string error, List<JsonObject> cells, int index, string directory, string displayName)
    {
        var located = CellNames.Locate(error, directory).Split('\n').ToList();
        var sources = cells.Take(index + 1).Where(c => (string?)c["cell_type"] == "code").Select(NotebookDocument.SourceOf);
        if (CellNames.Declaration(error, sources, directory) is { } declaration)
            located.Insert(1, $"   in {declaration}");
        return $"{displayName}, {CellNames.Describe(cells, index)} (cell {index + 1}):\n{string.Join('\n', located)}";
    }

    private static void ReportProgress(TextWriter? progress, string displayName, CellResult result, int cellCount, string kind)
    {
        if (progress is null)
            return;
        string seconds = result.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        string line = $"{displayName} cell {result.Number}/{cellCount} ({kind}) {seconds} s";
        progress.WriteLine(result.Failed ? $"{line} FAILED: {result.ErrorText}" : line);
    }
}
