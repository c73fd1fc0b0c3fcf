using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NeuronFromScratch.Course;
using NotebookRunner;

// Test classes run side by side, two at a time: a kernel run waits on its process half of the time, so the second core is
// otherwise idle. What they share (whole runs, a notebook's workbench) is made once and used by one test at a time.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]

namespace Notebooks.Tests;

/// <summary>
/// Runs the course notebooks in the real .NET Interactive kernel (the dotnet-interactive tool the repository pins), with
/// the real chart packages. Whole runs are shared by the tests that read them; what a learner does afterwards (another
/// MyNeuron.csx, another answer, a check run again) happens in the notebook's <see cref="Workbench"/>.
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

    /// <summary>
    /// The notebook as committed, run top to bottom in a new kernel (shared); with <paramref name="replace"/> (cell id →
    /// code) or <paramref name="stopAfterCellId"/>, a run of its own.
    /// </summary>
    public static Task<ExecutedNotebook> RunAsync(
        string fileName, IReadOnlyDictionary<string, string>? replace = null, string? stopAfterCellId = null)
    {
        if (replace is null && stopAfterCellId is null)
            return PlainRuns.GetOrAdd(fileName, f => new(() => ExecuteAsync(f, null, null, NotebooksFolder))).Value;
        return ExecuteAsync(fileName, replace, stopAfterCellId, NotebooksFolder);
    }

    /// <summary>A whole run with <c>solutions/MyNeuron.csx</c> in place of the learner's file (the workbench's).</summary>
    public static async Task<ExecutedNotebook> RunSolvedAsync(string fileName) => (await Workbench.ForAsync(fileName)).SolvedRun;

    /// <summary>
    /// What a learner who saved <paramref name="myNeuron"/> as MyNeuron.csx sees when running the cells
    /// <paramref name="cellIds"/> again (in the notebook's workbench, after a whole run).
    /// </summary>
    public static async Task<ExecutedNotebook> RerunWithNeuronAsync(string fileName, string myNeuron, params string[] cellIds) =>
        await (await Workbench.ForAsync(fileName)).RerunAsync(myNeuron, cellIds);

    /// <summary>
    /// Runs the cells of <paramref name="replace"/> with its code instead of theirs, and then <paramref name="moreCellIds"/>,
    /// in the notebook's order, in its workbench (after a whole run with the solved MyNeuron.csx).
    /// </summary>
    public static async Task<ExecutedNotebook> RerunCellsAsync(
        string fileName, IReadOnlyDictionary<string, string> replace, params string[] moreCellIds) =>
        await (await Workbench.ForAsync(fileName)).RerunAsync(SolvedNeuron, [.. replace.Keys, .. moreCellIds], replace);

    /// <summary>
    /// Runs exercise <paramref name="exercise"/>'s answer cell with <paramref name="answer"/> in place of the starter code,
    /// then its check cell, and returns what the check printed (it must not fail: checks report, they don't throw).
    /// </summary>
    public static async Task<string> ExerciseVerdictAsync(string fileName, int exercise, string answer)
    {
        var workbench = await Workbench.ForAsync(fileName);
        var run = await workbench.RerunAsync(SolvedNeuron, [$"ex{exercise}-answer", $"ex{exercise}-check"],
            new Dictionary<string, string> { [$"ex{exercise}-answer"] = answer });
        Assert.True(run.Errors.Count == 0, $"The answer and its check must run without error:\n{string.Join("\n", run.Errors)}");
        return run.OutputText($"ex{exercise}-check").Trim();
    }

    /// <summary>
    /// A whole run in a new kernel in a copy of the course whose MyNeuron.csx is <paramref name="myNeuron"/>, in the kernel
    /// culture <paramref name="culture"/> ("de-DE"), or this process's when null.
    /// </summary>
    public static async Task<ExecutedNotebook> RunWithNeuronAsync(string fileName, string myNeuron, string? culture = null)
    {
        using var copy = CourseCopy.Create(myNeuron);
        return await ExecuteAsync(fileName, null, null, copy.Notebooks, culture);
    }

    public static JsonObject Load(string fileName) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(NotebooksFolder, fileName)))!.AsObject();

    public static IEnumerable<JsonObject> Cells(JsonObject notebook) =>
        notebook["cells"]!.AsArray().Select(c => c!.AsObject());

    public static string Source(JsonObject cell) => NotebookDocument.SourceOf(cell);

    public static string CellSource(string fileName, string cellId) => Source(Cell(Load(fileName), cellId, fileName));

    /// <summary>The exercise whose check the cell <paramref name="checkCellId"/> runs (<c>Ex02.Mse.Check(…)</c>).</summary>
    public static Exercise ExerciseOf(string fileName, string checkCellId)
    {
        var call = Regex.Match(CellSource(fileName, checkCellId), @"\b(?<notebook>Ex\d\d)\.(?<exercise>\w+)\.Check\(");
        if (!call.Success)
            throw new InvalidOperationException($"{fileName}: cell {checkCellId} runs no ExNN.Name.Check(…).");
        var notebook = typeof(Ex01).Assembly.GetType($"NeuronFromScratch.Course.{call.Groups["notebook"].Value}")!;
        return (Exercise)notebook.GetProperty(call.Groups["exercise"].Value)!.GetValue(null)!;
    }

    /// <summary>
    /// The solution of the exercise that <paramref name="checkCellId"/> checks: a whole answer cell's code (notebook 6's
    /// Epoch with the TrainStep it takes its steps with: the check grades that one first).
    /// </summary>
    public static string SolutionCode(string fileName, string checkCellId) => ExerciseOf(fileName, checkCellId) is var exercise
        && exercise == Ex06.Epoch ? exercise.SolutionCode + "\n" + Ex06.TrainStep.SolutionCode : exercise.SolutionCode;

    private static JsonObject Cell(JsonObject notebook, string cellId, string fileName) =>
        Cells(notebook).FirstOrDefault(c => (string?)c["id"] == cellId)
        ?? throw new InvalidOperationException($"{fileName} has no cell with id '{cellId}'.");

    /// <summary>The learner's file as committed (every piece borrowing the library) and fully written out.</summary>
    public static string StarterNeuron => File.ReadAllText(Path.Combine(NotebooksFolder, "MyNeuron.csx"));

    /// <inheritdoc cref="StarterNeuron"/>
    public static string SolvedNeuron => File.ReadAllText(Path.Combine(NotebooksFolder, "solutions", "MyNeuron.csx"));

    private static async Task<ExecutedNotebook> ExecuteAsync(
        string fileName, IReadOnlyDictionary<string, string>? replace, string? stopAfterCellId, string folder, string? culture = null)
    {
        var notebook = Load(fileName);
        foreach (var (cellId, source) in replace ?? new Dictionary<string, string>())
            Cell(notebook, cellId, fileName)["source"] = source;
        var options = new RunOptions { StopAfterCellId = stopAfterCellId, CellTimeout = TimeSpan.FromMinutes(2), Culture = culture };
        return new ExecutedNotebook(await NotebookExecutor.RunAsync(notebook, folder, fileName, options));
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NeuronFromScratch.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No NeuronFromScratch.sln above {AppContext.BaseDirectory}.");
    }
}
