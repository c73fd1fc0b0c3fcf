using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NotebookRunner;

/// <summary>
/// Names cells and places in errors as a reader of the notebook sees them: a cell by its section heading and its first
/// comment (or first line), a compile error by the file it is in, relative to the notebook, and its line.
/// </summary>
public static partial class CellNames
{
    private const int Longest = 80;

    /// <summary>
    /// "section “3. The activation”, the cell “// Checks your Forward …”" for the code cell at <paramref name="index"/>:
    /// the last markdown heading above it, and the cell's first comment line, else its first line.
    /// </summary>
    public static string Describe(IReadOnlyList<JsonObject> cells, int index)
    {
        string? section = cells.Take(index)
            .Where(cell => (string?)cell["cell_type"] == "markdown")
            .SelectMany(cell => NotebookDocument.SourceOf(cell).Split('\n'))
            .Select(line => line.Trim())
            .LastOrDefault(line => line.StartsWith('#'))?.TrimStart('#').Trim();
        var lines = NotebookDocument.SourceOf(cells[index]).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        string first = lines.FirstOrDefault(line => line.StartsWith("//", StringComparison.Ordinal)) ?? lines.FirstOrDefault() ?? "(empty)";
        string cell = $"the cell “{Shorten(first)}”";
        return section is null ? cell : $"section “{Shorten(section)}”, {cell}";
    }

    /// <summary>
    /// The kernel's error text with every compiler location made readable: "/…/notebooks/setup/ChartStyle.csx(19,10): error"
    /// becomes "setup/ChartStyle.csx, line 19: error", and a location in the cell itself, "(3,5): error", "line 3: error".
    /// </summary>
    /// <param name="error">The error as the kernel reported it.</param>
    /// <param name="notebookFolder">The notebook's folder: file paths are shown relative to it.</param>
    public static string Locate(string error, string notebookFolder)
    {
        string withFiles = FileLocation().Replace(error, m =>
        {
            string relative = Path.GetRelativePath(notebookFolder, m.Groups["file"].Value).Replace('\\', '/');
            return $"{relative}, line {m.Groups["line"].Value}:";
        });
        return CellLocation().Replace(withFiles, m => $"line {m.Groups["line"].Value}:");
    }

    /// <summary>
    /// Where the innermost script method of an exception's stack trace is declared, when that is a #load-ed file:
    /// "Boom, declared in setup/Helpers.csx, line 12". The kernel's stack traces name the method but not the file.
    /// </summary>
    /// <param name="error">The exception as the kernel reported it, with its stack trace.</param>
    /// <param name="cellSources">The code of the cells run so far: their <c>#load</c> lines name the files to search.</param>
    /// <param name="notebookFolder">The notebook's folder: <c>#load</c> paths are relative to it.</param>
    public static string? Declaration(string error, IEnumerable<string> cellSources, string notebookFolder)
    {
        var method = ScriptFrame().Matches(error).Select(m => m.Groups["method"].Value).FirstOrDefault();
        if (method is null)
            return null;
        // A declaration: modifiers, a return type (not a keyword that starts a statement), the name, "(" or "<".
        var declaration = new Regex(@"^\s*(?:(?:public|private|internal|static|async|override)\s+)*(?!(?:return|new|await|throw|else)\b)[\w<>\[\],.?]+\s+"
            + Regex.Escape(method) + @"\s*[(<]");
        foreach (string file in LoadedFiles(cellSources, notebookFolder))
        {
            string[] lines = File.ReadAllLines(file);
            int found = Array.FindIndex(lines, declaration.IsMatch);
            if (found >= 0)
                return $"{method}, declared in {Path.GetRelativePath(notebookFolder, file).Replace('\\', '/')}, line {found + 1}";
        }
        return null;
    }

    // The files the cells #load, and the files those #load, in order, each once.
    private static List<string> LoadedFiles(IEnumerable<string> sources, string folder)
    {
        var files = new List<string>();
        void Visit(string source, string relativeTo)
        {
            foreach (Match m in LoadDirective().Matches(source))
            {
                string file = Path.GetFullPath(Path.Combine(relativeTo, m.Groups["path"].Value));
                if (!files.Contains(file) && File.Exists(file))
                {
                    files.Add(file);
                    Visit(File.ReadAllText(file), Path.GetDirectoryName(file)!);
                }
            }
        }
        foreach (string source in sources)
            Visit(source, folder);
        return files;
    }

    private static string Shorten(string text) => text.Length <= Longest ? text : text[..(Longest - 1)].TrimEnd() + "…";

    // A rooted path, then (line,column): as the C# compiler writes the place of a diagnostic in a #load-ed file.
    [GeneratedRegex(@"(?<file>(?:[A-Za-z]:)?[\\/][^\r\n():]*?\.csx?)\((?<line>\d+),\d+\):", RegexOptions.Multiline)]
    private static partial Regex FileLocation();

    // "at Submission#3.Boom(Int32 x)": a method declared in a cell or a #load-ed file (not the cell's own top-level code).
    [GeneratedRegex(@"at Submission#\d+\.(?<method>[A-Za-z_]\w*)[(\[`]")]
    private static partial Regex ScriptFrame();

    [GeneratedRegex(@"^\s*#load\s+""(?<path>[^""]+)""", RegexOptions.Multiline)]
    private static partial Regex LoadDirective();

    // (line,column) at the start of a line: a diagnostic in the submitted cell itself.
    [GeneratedRegex(@"^\((?<line>\d+),\d+\):", RegexOptions.Multiline)]
    private static partial Regex CellLocation();
}
