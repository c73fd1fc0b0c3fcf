using System.Text.RegularExpressions;

namespace LessonGenerator.Lessons;

/// <summary>
/// A markdown cell as line comments, in reading order and as written: headings, lists, tables and LaTeX stay what
/// they are. Only what means nothing in a text file changes: the collapsible <c>&lt;details&gt;</c> of hints and
/// solutions becomes a plain label, and an image becomes a line naming its file and its alt text.
/// </summary>
public static partial class ProseComments
{
    /// <summary>The comment lines of <paramref name="markdown"/>, each ending in a newline.</summary>
    public static string Of(string markdown)
    {
        var lines = new List<string>();
        foreach (string line in markdown.Replace("\r\n", "\n").Trim('\n').Split('\n'))
        {
            string text = Summary().Replace(line, "▸ $1:");
            text = Image().Replace(text, "[figure $2: $1]");
            text = text.Replace("</details>", "");
            if (text.Trim().Length == 0 && line.Trim().Length > 0)
                continue;   // a line that held only a tag
            lines.Add(text.TrimEnd().Length == 0 ? "//" : "// " + text.TrimEnd());
        }
        // A tag's line removed can leave two empty comment lines in a row, or one at the end.
        var kept = lines.Where((line, i) => !(line == "//" && (i == lines.Count - 1 || lines[i + 1] == "//")));
        return string.Concat(kept.Select(line => line + "\n"));
    }

    [GeneratedRegex(@"<details>\s*<summary>(.*?)</summary>")]
    private static partial Regex Summary();

    [GeneratedRegex(@"!\[([^\]]*)\]\(([^)\s]+)\)")]
    private static partial Regex Image();
}
