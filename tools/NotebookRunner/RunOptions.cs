namespace NotebookRunner;

/// <summary>How a notebook is executed: time limit, error handling, progress and the kernel's culture.</summary>
public sealed record RunOptions
{
    /// <summary>The longest a single cell may run; past it the kernel is stopped and the notebook's later cells are skipped.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Keep running the next cells after a failing one (compile error or exception).</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>When set, run up to and including the cell with this id, then stop.</summary>
    public string? StopAfterCellId { get; init; }

    /// <summary>Where one progress line per cell is written (the CLI passes stderr); null for none.</summary>
    public TextWriter? Progress { get; init; }

    /// <summary>The kernel process's culture, e.g. "de-DE" (Linux and macOS); null for this process's own.</summary>
    public string? Culture { get; init; }
}
