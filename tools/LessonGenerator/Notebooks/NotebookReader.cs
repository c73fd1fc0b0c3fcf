using System.Text.Json.Nodes;

namespace LessonGenerator.Notebooks;

/// <summary>Reads the cells of an nbformat 4 notebook (the course's notebooks have only markdown and C# cells).</summary>
public static class NotebookReader
{
    /// <summary>The cells of the notebook at <paramref name="path"/>, in order.</summary>
    /// <exception cref="InvalidDataException">The file is not a notebook with cells, ids and sources.</exception>
    public static IReadOnlyList<NotebookCell> ReadCells(string path)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(File.ReadAllText(path)); }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"{path}: expected an nbformat 4 notebook (JSON), but it does not parse: {e.Message}", e);
        }
        if (root?["cells"] is not JsonArray cells)
            throw new InvalidDataException($"{path}: expected a notebook with a \"cells\" array, but it has none.");
        return cells.Select((cell, index) => Read(path, index, cell)).ToList();
    }

    private static NotebookCell Read(string path, int index, JsonNode? cell)
    {
        string kind = (string?)cell?["cell_type"] ?? "";
        if (kind is not ("markdown" or "code" or "raw"))
            throw new InvalidDataException($"{path}: cell {index} has cell_type \"{kind}\"; expected markdown, code or raw.");
        string id = (string?)cell?["id"]
            ?? throw new InvalidDataException($"{path}: cell {index} has no id; the generator names charts and renames after cell ids.");
        string source = cell?["source"] switch
        {
            JsonArray lines => string.Concat(lines.Select(line => (string?)line)),
            JsonValue text => (string?)text ?? "",
            _ => "",
        };
        // A raw cell is shown as it is, like prose.
        return new NotebookCell(id, kind == "code", source.Replace("\r\n", "\n"));
    }
}
