using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner;

/// <summary>
/// A cell's outputs in nbformat 4, made from the kernel's events the way the kernel's own Jupyter front end makes them:
/// console text as streams (consecutive writes to one stream joined), displays as display_data (an update replaces the
/// display it updates, as the notebook shows it), the last value as execute_result, compiler warnings and infos as
/// stderr text, and a failure as an error output.
/// </summary>
/// <param name="Outputs">The nbformat outputs, in order.</param>
/// <param name="Error">The failure as the kernel reported it (its first line first); null when the cell succeeded.</param>
/// <param name="Diagnostics">Compiler warnings and infos, one line each (file, line, code, message).</param>
public sealed record CellOutputs(JsonArray Outputs, string? Error, IReadOnlyList<string> Diagnostics)
{
    /// <summary>Turns the events of one submission into outputs; <paramref name="executionCount"/> numbers its result.</summary>
    public static CellOutputs From(IEnumerable<KernelEvent> events, int executionCount)
    {
        var outputs = new List<JsonObject>();
        var displays = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var diagnostics = new List<string>();
        string? error = null;
        foreach (var e in events)
        {
            switch (e)
            {
                case StandardOutputValueProduced or StandardErrorValueProduced:
                    Write(outputs, e is StandardOutputValueProduced ? "stdout" : "stderr", Text((DisplayEvent)e));
                    break;
                case ReturnValueProduced result when Bundle(result) is { Count: > 0 } data:
                    outputs.Add(NbOutputs.ExecuteResult(data, executionCount));
                    break;
                case DisplayedValueUpdated update when update.ValueId is { } id && displays.TryGetValue(id, out var shown):
                    shown["data"] = Bundle(update);
                    break;
                case DisplayedValueProduced or DisplayedValueUpdated:
                    var display = NbOutputs.DisplayData(Bundle((DisplayEvent)e));
                    if (((DisplayEvent)e).ValueId is { } valueId)
                        displays[valueId] = display;
                    outputs.Add(display);
                    break;
                case DiagnosticsProduced produced:
                    // Errors come again in CommandFailed; warnings and infos would only show here.
                    var notes = produced.FormattedDiagnostics.Select(f => f.Value)
                        .Where(line => !line.Contains(": error ", StringComparison.Ordinal)).ToList();
                    diagnostics.AddRange(notes);
                    if (notes.Count > 0)
                        Write(outputs, "stderr", string.Join(Environment.NewLine, notes) + Environment.NewLine);
                    break;
                case CommandFailed failed:
                    error = failed.Message.Trim();
                    break;
            }
        }
        if (error is not null)
        {
            var lines = error.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
            outputs.Add(NbOutputs.Error(ErrorName(lines[0]), lines[0], lines));
        }
        return new CellOutputs(new JsonArray(outputs.Select(o => (JsonNode?)o).ToArray()), error, diagnostics);
    }

    // "System.InvalidOperationException: …" names the exception; "(3,1): error CS0103: …" is a compile error.
    private static string ErrorName(string firstLine)
    {
        int colon = firstLine.IndexOf(": ", StringComparison.Ordinal);
        string head = colon > 0 ? firstLine[..colon] : "";
        return head.Contains("error CS", StringComparison.Ordinal) || firstLine.Contains(": error CS", StringComparison.Ordinal)
            ? "CompilationError"
            : head.Length > 0 && !head.Contains(' ') ? head : "Error";
    }

    private static void Write(List<JsonObject> outputs, string stream, string text)
    {
        if (text.Length == 0)
            return;
        if (outputs.Count > 0 && (string?)outputs[^1]["output_type"] == "stream" && (string?)outputs[^1]["name"] == stream)
            outputs[^1]["text"] = (string?)outputs[^1]["text"] + text;
        else
            outputs.Add(NbOutputs.Stream(stream, text));
    }

    private static string Text(DisplayEvent e) =>
        e.FormattedValues.FirstOrDefault(f => f.MimeType == "text/plain")?.Value ?? e.FormattedValues.FirstOrDefault()?.Value ?? "";

    // The formatted values as an nbformat mime bundle; empty ones (a display() call's own return value) are left out.
    private static JsonObject Bundle(DisplayEvent e)
    {
        var data = new JsonObject();
        foreach (var value in e.FormattedValues.Where(f => !string.IsNullOrEmpty(f.Value)))
            data[value.MimeType] = value.Value;
        return data;
    }
}
