using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>The outcome of running one notebook.</summary>
/// <param name="DisplayName">The notebook's name as shown in progress and summaries (usually the file name).</param>
/// <param name="Executed">A copy of the notebook with outputs and execution counts filled in.</param>
/// <param name="Cells">One result per cell processed, in notebook order.</param>
public sealed record NotebookResult(string DisplayName, JsonObject Executed, IReadOnlyList<CellResult> Cells)
{
    /// <summary>True when no cell failed.</summary>
    public bool Succeeded => Cells.All(cell => !cell.Failed);
}

/// <summary>The outcome of one cell.</summary>
/// <param name="Number">1-based position among all cells of the notebook (markdown included).</param>
/// <param name="CellId">The cell's nbformat id, if it has one.</param>
/// <param name="Language">The kernel the cell ran in ("csharp"), or "markdown" / "raw" for cells that are not run.</param>
/// <param name="Outputs">The nbformat 4 outputs of the cell (empty for markdown).</param>
/// <param name="ErrorText">What went wrong, naming the notebook, the cell's section and first line, and the place in the code; null when the cell did not fail.</param>
/// <param name="Diagnostics">Compiler warnings and infos the kernel printed for the cell (its own code and the files it loads).</param>
/// <param name="Duration">Wall-clock time spent on the cell.</param>
public sealed record CellResult(
    int Number, string? CellId, string Language, JsonArray Outputs, string? ErrorText, IReadOnlyList<string> Diagnostics, TimeSpan Duration)
{
    /// <summary>True for a compile error, an exception, or a cell the kernel did not finish (time-out, crash).</summary>
    public bool Failed => ErrorText is not null;
}
