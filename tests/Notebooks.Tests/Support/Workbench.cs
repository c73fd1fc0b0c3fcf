using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NotebookRunner;

namespace Notebooks.Tests;

/// <summary>
/// One notebook open in the real kernel, the way a learner works in it: a copy of the course whose MyNeuron.csx is the
/// written-out solution, the whole notebook run once (<see cref="SolvedRun"/>), and the kernel kept, so that a test can
/// do what the learner does next: save another MyNeuron.csx, change an answer cell, and run some cells again. One per
/// notebook for the whole test run, used by one test at a time; the kernels stop when the test process ends.
/// </summary>
internal sealed class Workbench
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<Workbench>>> Open = new();
    private static readonly RunOptions Options = new() { CellTimeout = TimeSpan.FromMinutes(2) };

    private readonly string notebook;
    private readonly CourseCopy copy;
    private readonly SemaphoreSlim oneAtATime = new(1);
    private KernelProcess kernel;

    private Workbench(string notebook, CourseCopy copy, KernelProcess kernel, ExecutedNotebook solvedRun)
    {
        this.notebook = notebook;
        this.copy = copy;
        this.kernel = kernel;
        SolvedRun = solvedRun;
    }

    /// <summary>The notebook run top to bottom with the solved MyNeuron.csx.</summary>
    public ExecutedNotebook SolvedRun { get; }

    /// <summary>The workbench of <paramref name="notebook"/>, opened (and run) on first use.</summary>
    public static Task<Workbench> ForAsync(string notebook) =>
        Open.GetOrAdd(notebook, file => new(() => OpenAsync(file))).Value;

    private static async Task<Workbench> OpenAsync(string notebook)
    {
        var copy = CourseCopy.Create(Course.SolvedNeuron);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => copy.Dispose();
        var (kernel, run) = await RunWholeNotebookAsync(notebook, copy);
        return new Workbench(notebook, copy, kernel, run);
    }

    private static async Task<(KernelProcess, ExecutedNotebook)> RunWholeNotebookAsync(string notebook, CourseCopy copy)
    {
        var kernel = await KernelProcess.StartAsync(copy.Notebooks);
        var result = await NotebookExecutor.RunInAsync(kernel, Course.Load(notebook), copy.Notebooks, notebook, Options);
        return (kernel, new ExecutedNotebook(result));
    }

    /// <summary>
    /// Saves <paramref name="myNeuron"/> as MyNeuron.csx and runs the cells <paramref name="cellIds"/> again, in the
    /// notebook's order, with <paramref name="replace"/>'s code in place of a cell's (an answer the learner typed), as the
    /// notebooks tell a learner to: "save the file and run the check cell again" (a check cell loads the file afresh).
    /// Stops at a failing cell.
    /// </summary>
    public async Task<ExecutedNotebook> RerunAsync(string myNeuron, IReadOnlyCollection<string> cellIds,
        IReadOnlyDictionary<string, string>? replace = null)
    {
        await oneAtATime.WaitAsync();
        try
        {
            if (kernel.HasExited)
            {
                // An earlier test's cell ran past its time limit: open the notebook again.
                copy.WriteNeuron(Course.SolvedNeuron);
                await kernel.DisposeAsync();
                (kernel, _) = await RunWholeNotebookAsync(notebook, copy);
            }
            copy.WriteNeuron(myNeuron);
            var ids = cellIds.ToHashSet();
            var cells = Course.Cells(Course.Load(notebook))
                .Where(cell => ids.Contains((string?)cell["id"] ?? ""))
                .Select(cell => (JsonNode)cell.DeepClone())
                .ToList();
            var missing = cellIds.Except(cells.Select(cell => (string)cell["id"]!)).ToList();
            if (missing.Count > 0)
                throw new ArgumentException($"{notebook} has no cell {string.Join(", ", missing)}.", nameof(cellIds));
            foreach (var cell in cells)
                if (replace?.TryGetValue((string)cell["id"]!, out var source) == true)
                    cell["source"] = source;
            var some = Course.Load(notebook);
            some["cells"] = new JsonArray(cells.ToArray());
            return new ExecutedNotebook(await NotebookExecutor.RunInAsync(kernel, some, copy.Notebooks, notebook, Options));
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
