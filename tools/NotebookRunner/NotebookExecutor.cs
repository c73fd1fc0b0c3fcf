using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>
/// Executes notebooks headless on Roslyn C# scripting, like "Run All" in the .NET Interactive C# kernel.
/// Runs are serialized process-wide: the console and the working directory are process-global.
/// </summary>
public static class NotebookExecutor
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Runs a notebook file; the returned notebook is an executed copy (the file is not modified).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotebookFormatException">The file is malformed JSON or not nbformat 4.</exception>
    public static Task<NotebookResult> RunFileAsync(string path, RunOptions options, CancellationToken ct = default)
    {
        string fullPath = Path.GetFullPath(path);
        var notebook = NotebookDocument.Load(fullPath);
        return RunAsync(notebook, Path.GetDirectoryName(fullPath)!, Path.GetFileName(fullPath), options, ct);
    }

    /// <summary>Runs an in-memory notebook as if it were a file in <paramref name="directory"/>.</summary>
    /// <exception cref="NotebookFormatException">The notebook is not nbformat 4.</exception>
    /// <exception cref="ArgumentException">No cell has the id <see cref="RunOptions.StopAfterCellId"/>.</exception>
    public static async Task<NotebookResult> RunAsync(JsonObject notebook, string directory, string displayName,
        RunOptions options, CancellationToken ct = default)
    {
        NotebookDocument.Validate(notebook, displayName);
        var executed = (JsonObject)notebook.DeepClone();
        var cells = executed["cells"]!.AsArray().Select(cell => cell!.AsObject()).ToList();
        if (options.StopAfterCellId is { } stopId && !cells.Any(cell => NotebookDocument.StringAt(cell, "id") == stopId))
            throw new ArgumentException($"Notebook '{displayName}' has no cell with id '{stopId}' (RunOptions.StopAfterCellId).", nameof(options));
        string fullDirectory = Path.GetFullPath(directory);
        await Gate.WaitAsync(ct).ConfigureAwait(false);
        string previousDirectory = Directory.GetCurrentDirectory();
        try
        {
            ConsoleRouter.EnsureInstalled();
            Directory.SetCurrentDirectory(fullDirectory);
            var results = await RunCellsAsync(executed, cells, fullDirectory, displayName, options, ct).ConfigureAwait(false);
            return new NotebookResult(displayName, executed, results);
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
            Gate.Release();
        }
    }

    private static async Task<IReadOnlyList<CellResult>> RunCellsAsync(JsonObject notebook, List<JsonObject> cells,
        string directory, string displayName, RunOptions options, CancellationToken ct)
    {
        string defaultLanguage = CellLanguage.DefaultOf(notebook);
        var packages = new PackageResolver(options);
        ScriptSession? session = null;
        var results = new List<CellResult>();
        int executionCount = 0;
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            int number = i + 1;
            var clock = Stopwatch.StartNew();
            string? id = NotebookDocument.StringAt(cell, "id");
            string kind = NotebookDocument.StringAt(cell, "cell_type") ?? "";
            CellResult result;
            bool stop = false;
            var prepared = kind == "code"
                ? PreparedCell.From(NotebookDocument.SourceOf(cell), CellLanguage.OfCodeCell(cell, defaultLanguage))
                : null;
            if (prepared is null || prepared.Language == CellLanguage.Markdown)
            {
                result = new CellResult(number, id, prepared?.Language ?? kind, [], false, null, clock.Elapsed);
            }
            else if (prepared.Language != CellLanguage.CSharp)
            {
                string text = $"Cell {number}: language '{prepared.Language}' is not supported; the runner executes C# cells only.";
                var outputs = new JsonArray(NbOutputs.Error("UnsupportedLanguage", text, [text]));
                cell["outputs"] = outputs.DeepClone();
                result = new CellResult(number, id, prepared.Language, outputs, true, text, clock.Elapsed);
            }
            else
            {
                session ??= new ScriptSession(directory);
                executionCount++;
                var outcome = await CellRunner.RunAsync(session, packages, prepared, number, executionCount, options.CellTimeout, ct)
                    .ConfigureAwait(false);
                cell["outputs"] = outcome.Outputs.DeepClone();
                cell["execution_count"] = executionCount;
                result = new CellResult(number, id, prepared.Language, outcome.Outputs, outcome.ErrorText is not null,
                    outcome.ErrorText, clock.Elapsed);
                stop = outcome.SessionLost;
            }
            results.Add(result);
            ReportProgress(options.Progress, displayName, result, cells.Count, kind);
            if (stop || (result.Failed && !options.ContinueOnError) || (options.StopAfterCellId is { } stopId && id == stopId))
                break;
        }
        return results;
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
