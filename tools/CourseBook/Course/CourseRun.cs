using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using CourseBook.Site;
using NotebookRunner;

namespace CourseBook.Course;

/// <summary>Executes the course's notebooks in the real kernel (the runner), one after the other, printing one line each.</summary>
public static partial class CourseRun
{
    /// <summary>The notebooks of a folder, sorted by name (as the runner's CLI takes them).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<string> NotebooksIn(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The notebooks folder '{folder}' does not exist.");
        return Directory.GetFiles(folder, "*.ipynb").OrderBy(Path.GetFileName, StringComparer.Ordinal).ToList();
    }

    /// <summary>Runs every notebook; returns the executed copies and whether all of them passed.</summary>
    /// <param name="notebooks">Notebook files, in book order.</param>
    /// <param name="options">How to run them (time limit, culture).</param>
    /// <param name="progress">Gets "[1/6] 01-forward-pass.ipynb: passed (45 cells, 11.2 s)" per notebook.</param>
    /// <param name="ct">Cancels the run.</param>
    public static async Task<(IReadOnlyList<BookNotebook> Executed, bool AllPassed)> RunAsync(
        IReadOnlyList<string> notebooks, RunOptions options, TextWriter progress, CancellationToken ct)
    {
        var executed = new List<BookNotebook>();
        bool allPassed = true;
        for (int i = 0; i < notebooks.Count; i++)
        {
            string name = Path.GetFileName(notebooks[i]);
            progress.Write($"[{i + 1}/{notebooks.Count}] {name}: ");
            progress.Flush();
            var result = await NotebookExecutor.RunFileAsync(notebooks[i], options, ct).ConfigureAwait(false);
            string seconds = result.Cells.Sum(cell => cell.Duration.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture);
            var failure = result.Cells.FirstOrDefault(cell => cell.Failed);
            progress.WriteLine(failure is null
                ? $"passed ({result.Cells.Count} cells, {seconds} s)"
                : $"FAILED ({seconds} s) at {string.Join("\n    ", failure.ErrorText!.Split('\n').Take(3))}");
            allPassed &= failure is null;
            executed.Add(new BookNotebook(name, result.Executed));
        }
        return (executed, allPassed);
    }

    /// <summary>Reads already-executed notebooks (e.g. from VS Code, Jupyter or an earlier run) in book order.</summary>
    /// <exception cref="NotebookFormatException">A file is not an nbformat 4 notebook.</exception>
    public static IReadOnlyList<BookNotebook> Load(IReadOnlyList<string> notebooks) =>
        notebooks.Select(path => new BookNotebook(Path.GetFileName(path), NotebookDocument.Load(path))).ToList();

    /// <summary>The plotly.js versions the notebooks' setup outputs carry (the attribute data-plotly-js), each once.</summary>
    public static IReadOnlyList<string> CarriedPlotlyVersions(IReadOnlyList<BookNotebook> notebooks) =>
        notebooks.SelectMany(notebook => notebook.Notebook["cells"] as JsonArray ?? [])
            .SelectMany(cell => cell?["outputs"] as JsonArray ?? [])
            .Select(output => OutputHtml.Text(output?["data"]?["text/html"]))
            .Select(html => CarriedVersion().Match(html))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex("data-plotly-js=\"([^\"]+)\"")]
    private static partial Regex CarriedVersion();
}
