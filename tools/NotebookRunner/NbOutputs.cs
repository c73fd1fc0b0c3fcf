using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>Builders for nbformat 4 output objects.</summary>
internal static class NbOutputs
{
    /// <summary>A stream output; <paramref name="name"/> is "stdout" or "stderr".</summary>
    public static JsonObject Stream(string name, string text) =>
        new() { ["output_type"] = "stream", ["name"] = name, ["text"] = text };

    /// <summary>A display() output.</summary>
    public static JsonObject DisplayData(JsonObject data) =>
        new() { ["output_type"] = "display_data", ["data"] = data, ["metadata"] = new JsonObject() };

    /// <summary>The value of the cell's last expression.</summary>
    public static JsonObject ExecuteResult(JsonObject data, int executionCount) => new()
    {
        ["output_type"] = "execute_result",
        ["data"] = data,
        ["metadata"] = new JsonObject(),
        ["execution_count"] = executionCount,
    };

    /// <summary>A compile error, exception or timeout.</summary>
    public static JsonObject Error(string name, string value, IEnumerable<string> traceback) => new()
    {
        ["output_type"] = "error",
        ["ename"] = name,
        ["evalue"] = value,
        ["traceback"] = new JsonArray(traceback.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
    };
}
