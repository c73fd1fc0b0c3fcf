using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Markdig;
using Markdig.Syntax;
using NotebookRunner;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Notebooks.Tests;

/// <summary>
/// Runs the course notebooks through the headless runner, offline: the Plotly packages are mapped to the
/// test-only stand-in, which writes each chart as Plotly.NET does (the tests read the figure from its HTML).
/// </summary>
internal static class Course
{
    public static readonly string RepositoryRoot = FindRepositoryRoot();
    public static readonly string NotebooksFolder = Path.Combine(RepositoryRoot, "notebooks");

    // A plain run of a notebook is shared by every test that asks for it: notebooks take seconds each.
    private static readonly ConcurrentDictionary<string, Lazy<Task<ExecutedNotebook>>> PlainRuns = new();

    /// <summary>The course notebooks' file names, in order.</summary>
    public static IEnumerable<string> NotebookFiles() =>
        Directory.EnumerateFiles(NotebooksFolder, "*.ipynb").Select(Path.GetFileName).Order()!;

    public static Task<ExecutedNotebook> RunAsync(
        string fileName, IReadOnlyDictionary<string, string>? replace = null, string? stopAfterCellId = null)
    {
        if (replace is null && stopAfterCellId is null)
            return PlainRuns.GetOrAdd(fileName, f => new(() => ExecuteAsync(f, null, null))).Value;
        return ExecuteAsync(fileName, replace, stopAfterCellId);
    }

    /// <summary>
    /// Runs a notebook up to exercise <paramref name="exercise"/>'s check cell with <paramref name="answer"/> in place
    /// of the starter code, and returns what the check printed (it must not fail: checks report, they don't throw).
    /// </summary>
    public static async Task<string> ExerciseVerdictAsync(string fileName, int exercise, string answer)
    {
        var run = await RunAsync(fileName, new Dictionary<string, string> { [$"ex{exercise}-answer"] = answer },
            stopAfterCellId: $"ex{exercise}-check");
        Assert.Empty(run.Errors);
        return run.OutputText($"ex{exercise}-check").Trim();
    }

    public static JsonObject Load(string fileName) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(NotebooksFolder, fileName)))!.AsObject();

    public static IEnumerable<JsonObject> Cells(JsonObject notebook) =>
        notebook["cells"]!.AsArray().Select(c => c!.AsObject());

    public static string Source(JsonObject cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        JsonValue text => text.GetValue<string>(),
        _ => "",
    };

    public static string CellSource(string fileName, string cellId) => Source(Cell(Load(fileName), cellId, fileName));

    /// <summary>The first ```csharp block of a solution cell: a whole replacement for the exercise's answer cell.</summary>
    public static string SolutionCode(string fileName, string solutionCellId)
    {
        var markdown = CellSource(fileName, solutionCellId);
        var block = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build())
            .Descendants<FencedCodeBlock>()
            .FirstOrDefault(b => b.Info is "csharp" or "cs" or "c#")
            ?? throw new InvalidOperationException($"{fileName}: cell {solutionCellId} has no ```csharp block.");
        return block.Lines.ToString();
    }

    private static JsonObject Cell(JsonObject notebook, string cellId, string fileName) =>
        Cells(notebook).FirstOrDefault(c => (string?)c["id"] == cellId)
        ?? throw new InvalidOperationException($"{fileName} has no cell with id '{cellId}'.");

    /// <summary>The learner's file as committed (every piece borrowing the library) and fully written out.</summary>
    public static string StarterNeuron => File.ReadAllText(Path.Combine(NotebooksFolder, "MyNeuron.csx"));

    /// <inheritdoc cref="StarterNeuron"/>
    public static string SolvedNeuron => File.ReadAllText(Path.Combine(NotebooksFolder, "solutions", "MyNeuron.csx"));

    // Runs with the solved MyNeuron.csx, shared like the plain runs.
    private static readonly ConcurrentDictionary<string, Lazy<Task<ExecutedNotebook>>> SolvedRuns = new();

    /// <summary>A whole run with <c>solutions/MyNeuron.csx</c> in place of the learner's file.</summary>
    public static Task<ExecutedNotebook> RunSolvedAsync(string fileName) =>
        SolvedRuns.GetOrAdd(fileName, f => new(() => RunWithNeuronAsync(f, SolvedNeuron))).Value;

    /// <summary>
    /// Runs a notebook in a temporary copy of the course whose <c>notebooks/MyNeuron.csx</c> holds
    /// <paramref name="myNeuron"/>: what a learner who wrote that file would see. lib/ is linked, not copied.
    /// </summary>
    public static async Task<ExecutedNotebook> RunWithNeuronAsync(
        string fileName, string myNeuron, IReadOnlyDictionary<string, string>? replace = null, string? stopAfterCellId = null,
        string culture = "", IReadOnlyCollection<string>? onlyCellIds = null)
    {
        string root = Directory.CreateTempSubdirectory("course-").FullName;
        try
        {
            string notebooks = Path.Combine(root, "notebooks");
            CopyFolder(NotebooksFolder, notebooks);
            File.WriteAllText(Path.Combine(notebooks, "MyNeuron.csx"), myNeuron);
            Directory.CreateSymbolicLink(Path.Combine(root, "lib"), Path.Combine(RepositoryRoot, "lib"));
            // A copy with the original's time: a fresh link would look newer than lib/bin and trigger a rebuild.
            string project = Path.Combine(RepositoryRoot, "NeuronFromScratch.csproj");
            File.Copy(project, Path.Combine(root, "NeuronFromScratch.csproj"));
            File.SetLastWriteTimeUtc(Path.Combine(root, "NeuronFromScratch.csproj"), File.GetLastWriteTimeUtc(project));
            return await ExecuteAsync(fileName, replace, stopAfterCellId, notebooks, culture, onlyCellIds);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task<ExecutedNotebook> ExecuteAsync(
        string fileName, IReadOnlyDictionary<string, string>? replace, string? stopAfterCellId, string? folder = null,
        string culture = "", IReadOnlyCollection<string>? onlyCellIds = null)
    {
        // "" is the invariant culture; a learner's machine may be in any other (the culture tests use de-DE).
        CultureInfo.CurrentCulture = CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo(culture);
        var notebook = Load(fileName);
        if (onlyCellIds is not null)
        {
            // Keep just these cells, in the notebook's order: e.g. the setup and one check cell, which need nothing else.
            var kept = Cells(notebook).Where(c => onlyCellIds.Contains((string?)c["id"] ?? "")).Select(c => c.DeepClone()).ToArray();
            notebook["cells"] = new JsonArray(kept);
        }
        foreach (var (cellId, source) in replace ?? new Dictionary<string, string>())
            Cell(notebook, cellId, fileName)["source"] = source;
        var options = new RunOptions
        {
            StandIns = new Dictionary<string, string>
            {
                ["Plotly.NET.CSharp"] = Path.Combine(AppContext.BaseDirectory, "PlotlyStandIn.dll"),
                ["Plotly.NET.Interactive"] = "none",
            },
            StopAfterCellId = stopAfterCellId,
            CellTimeout = TimeSpan.FromMinutes(2),
        };
        var result = await NotebookExecutor.RunAsync(notebook, folder ?? NotebooksFolder, fileName, options);
        return new ExecutedNotebook(result);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NeuronFromScratch.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No NeuronFromScratch.sln above {AppContext.BaseDirectory}.");
    }
}
