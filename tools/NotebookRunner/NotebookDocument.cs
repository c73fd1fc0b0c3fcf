using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>Reads, validates and writes nbformat 4 notebooks as JSON nodes, so unknown metadata survives untouched.</summary>
public static class NotebookDocument
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1, // Jupyter writes one-space indentation
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Loads a notebook file and checks it is nbformat 4 with a cell list.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotebookFormatException">The file is not valid JSON or not an nbformat 4 notebook.</exception>
    public static JsonObject Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Notebook '{path}' does not exist.", path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses notebook JSON; <paramref name="name"/> is used in error messages.</summary>
    public static JsonObject Parse(string json, string name)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            // JsonException's message ends with its own (0-based) position; the reader gets one, 1-based, line number.
            string message = e.Message.Split(" Path: ")[0].Split(" LineNumber: ")[0].TrimEnd(' ', '|');
            throw new NotebookFormatException(
                $"Notebook '{name}' is not valid JSON at line {e.LineNumber + 1}: {message}", e);
        }
        if (root is not JsonObject notebook)
            throw new NotebookFormatException($"Notebook '{name}' must be a JSON object, got {root?.GetValueKind().ToString() ?? "null"}.");
        Validate(notebook, name);
        return notebook;
    }

    /// <summary>Checks the parts of nbformat 4 the runner relies on.</summary>
    public static void Validate(JsonObject notebook, string name)
    {
        var format = notebook["nbformat"];
        if (format is not JsonValue value || !value.TryGetValue(out int major))
            throw new NotebookFormatException($"Notebook '{name}' has no numeric 'nbformat' field; expected nbformat 4.");
        if (major != 4)
            throw new NotebookFormatException($"Notebook '{name}' is nbformat {major}; the runner supports nbformat 4 only.");
        if (notebook["cells"] is not JsonArray cells)
            throw new NotebookFormatException($"Notebook '{name}' has no 'cells' array.");
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell || cell["cell_type"]?.GetValueKind() != JsonValueKind.String)
                throw new NotebookFormatException($"Notebook '{name}': cell {i + 1} is not an object with a 'cell_type' string.");
        }
    }

    /// <summary>Serializes a notebook as Jupyter does (one-space indent, readable Unicode, trailing newline).</summary>
    public static string Serialize(JsonObject notebook) => notebook.ToJsonString(WriteOptions) + "\n";

    /// <summary>Writes a notebook to a file, creating its folder if needed.</summary>
    public static void Save(JsonObject notebook, string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        File.WriteAllText(path, Serialize(notebook));
    }

    /// <summary>A cell's source as one string (nbformat allows a string or a list of lines).</summary>
    public static string SourceOf(JsonObject cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(line => line?.GetValue<string>() ?? "")),
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
        _ => "",
    };

    /// <summary>Reads a string at a path of property names, or null if any step is missing or not a string.</summary>
    internal static string? StringAt(JsonNode? node, params string[] path)
    {
        foreach (string step in path)
            node = (node as JsonObject)?[step];
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }
}
