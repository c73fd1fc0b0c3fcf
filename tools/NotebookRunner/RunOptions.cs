namespace NotebookRunner;

/// <summary>How a notebook is executed: package sources, stand-ins, time limits and error handling.</summary>
public sealed record RunOptions
{
    /// <summary>Extra local NuGet feeds (folders or URLs) used when restoring <c>#r "nuget: ..."</c> packages.</summary>
    public IReadOnlyList<string> PackageSources { get; init; } = [];

    /// <summary>
    /// Package id (case-insensitive) → path of an assembly referenced instead of restoring the package,
    /// or <c>"none"</c> to drop the package. Never applied implicitly.
    /// </summary>
    public IReadOnlyDictionary<string, string> StandIns { get; init; } = new Dictionary<string, string>();

    /// <summary>The longest a single cell may run; a cell past it fails and the notebook's later cells are skipped.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Keep running the next cells after a failing one (compile error or exception).</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>When set, run up to and including the cell with this id, then stop.</summary>
    public string? StopAfterCellId { get; init; }

    /// <summary>Where one progress line per cell is written (the CLI passes stderr); null for none.</summary>
    public TextWriter? Progress { get; init; }
}
