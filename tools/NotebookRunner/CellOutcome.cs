using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>What running one code cell produced.</summary>
/// <param name="Outputs">The nbformat outputs, in order.</param>
/// <param name="ErrorText">The failure, naming the cell; null on success.</param>
/// <param name="SessionLost">True when the session cannot go on (timeout, cancellation): later cells are not run.</param>
internal sealed record CellOutcome(JsonArray Outputs, string? ErrorText, bool SessionLost);
