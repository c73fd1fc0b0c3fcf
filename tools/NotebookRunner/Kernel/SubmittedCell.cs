using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner;

/// <summary>What one submission produced: the kernel's events, or why it has none (the kernel was lost).</summary>
/// <param name="Events">The events of the submission, in order.</param>
/// <param name="Lost">Null when the kernel answered; else what went wrong (time-out, the process died).</param>
public sealed record SubmittedCell(IReadOnlyList<KernelEvent> Events, string? Lost);
