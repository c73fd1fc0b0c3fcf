using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>
/// The outputs of the cell that is running, in the order they happen. The current sink flows with the
/// execution context, so console writes and display() calls from the cell's own threads land in its cell.
/// </summary>
internal sealed class CellOutputs
{
    private static readonly AsyncLocal<CellOutputs?> CurrentSink = new();
    private readonly object gate = new();
    private readonly List<JsonObject> items = [];

    /// <summary>The sink of the cell running on this execution context, or null outside a cell.</summary>
    public static CellOutputs? Current
    {
        get => CurrentSink.Value;
        set => CurrentSink.Value = value;
    }

    /// <summary>Appends text to a stream, merging with the previous output when it is the same stream.</summary>
    public void Write(string stream, string text)
    {
        if (text.Length == 0)
            return;
        lock (gate)
        {
            if (items.Count > 0 && items[^1]["output_type"]?.GetValue<string>() == "stream"
                && items[^1]["name"]?.GetValue<string>() == stream)
            {
                items[^1]["text"] = items[^1]["text"]!.GetValue<string>() + text;
                return;
            }
            items.Add(NbOutputs.Stream(stream, text));
        }
    }

    /// <summary>Adds a display, result or error output.</summary>
    public void Add(JsonObject output)
    {
        lock (gate)
            items.Add(output);
    }

    /// <summary>A snapshot of the outputs so far, as an nbformat outputs array.</summary>
    public JsonArray ToJsonArray()
    {
        lock (gate)
            return new JsonArray(items.Select(item => (JsonNode?)item.DeepClone()).ToArray());
    }
}
