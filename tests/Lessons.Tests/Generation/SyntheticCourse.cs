using System.Text.Json.Nodes;
using LessonGenerator.Lessons;

namespace Lessons.Tests.Generation;

/// <summary>A made-up course in a temporary folder: one notebook of the given cells, and any .csx files it loads.</summary>
internal sealed class SyntheticCourse : IDisposable
{
    private readonly TempFolder folder = new();

    public SyntheticCourse(IEnumerable<(string Id, string Source)> cells, IReadOnlyDictionary<string, string>? loadedFiles = null)
    {
        string notebooks = Path.Combine(folder.Path, "notebooks");
        Directory.CreateDirectory(notebooks);
        var json = new JsonArray(cells.Select(c => (JsonNode)new JsonObject
        {
            ["cell_type"] = c.Id.StartsWith("md", StringComparison.Ordinal) ? "markdown" : "code",
            ["id"] = c.Id,
            ["metadata"] = new JsonObject(),
            ["source"] = c.Source,
        }).ToArray());
        File.WriteAllText(Path.Combine(notebooks, "01-test.ipynb"), new JsonObject { ["cells"] = json }.ToJsonString());
        foreach (var (path, text) in loadedFiles ?? new Dictionary<string, string>())
            File.WriteAllText(Path.Combine(notebooks, path), text);
    }

    /// <summary>Cells whose id starts with "md" are markdown, the others code.</summary>
    public static SyntheticCourse Of(params (string Id, string Source)[] cells) => new(cells);

    public IReadOnlyList<GeneratedFile> Generate() => CourseLessons.Generate(folder.Path);

    public string Lesson() => Generate().Single(f => f.Path == "01-test.cs").Text;

    /// <summary>The lesson's text after its using directives: the cells and the types.</summary>
    public string Body()
    {
        string lesson = Lesson();
        return lesson[lesson.IndexOf("\n// [cell", StringComparison.Ordinal)..];
    }

    public void Dispose() => folder.Dispose();
}
