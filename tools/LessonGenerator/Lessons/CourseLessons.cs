using LessonGenerator.Notebooks;
using LessonGenerator.Scripts;

namespace LessonGenerator.Lessons;

/// <summary>A file the generator writes, relative to lessons/.</summary>
/// <param name="Path">Its path under lessons/, with forward slashes.</param>
/// <param name="Text">Its whole text.</param>
public sealed record GeneratedFile(string Path, string Text);

/// <summary>Every lesson of the course and every file they include, generated from notebooks/.</summary>
public static class CourseLessons
{
    /// <summary>Generates lessons/ for the repository at <paramref name="repositoryRoot"/>, in path order.</summary>
    /// <param name="repositoryRoot">The folder that holds notebooks/ and lessons/.</param>
    /// <param name="progress">Told the name of each notebook as its lesson is generated.</param>
    public static IReadOnlyList<GeneratedFile> Generate(string repositoryRoot, Action<string>? progress = null)
    {
        string notebooks = Path.Combine(Path.GetFullPath(repositoryRoot), LessonPaths.Notebooks);
        if (!Directory.Exists(notebooks))
            throw new DirectoryNotFoundException($"Expected the notebooks in {notebooks}, but there is no such folder.");
        var files = new List<GeneratedFile>();
        var loaded = new Dictionary<string, TranslatedFile>();
        TranslatedFile Load(string csx) => loaded.TryGetValue(csx, out var file) ? file
            : loaded[csx] = LoadedFileTranslator.Translate(notebooks, csx, HeaderOf(csx));

        foreach (string path in Directory.GetFiles(notebooks, "*.ipynb").Order(StringComparer.Ordinal))
        {
            string name = System.IO.Path.GetFileName(path);
            progress?.Invoke(name);
            var cells = NotebookReader.ReadCells(path);
            var scripts = ScriptCells.Compile(notebooks, System.IO.Path.GetFileNameWithoutExtension(path),
                cells.Where(c => c.IsCode).Select(c => (c.Id, c.Source)));
            var renames = NameClashes.Resolve(scripts);
            var code = scripts.ToDictionary(s => s.Id, s => CellTranslator.Translate(s, renames));
            var includes = Closure(scripts.Select(s => code[s.Id]).SelectMany(c => c.Directives).Select(d => d.Load).OfType<string>(), csx => Load(csx).Loads);
            files.Add(new GeneratedFile(LessonPaths.LessonOf(name), LessonWriter.Write(name, cells, code,
                includes.Select(LessonPaths.Translated).ToList())));
        }
        files.AddRange(loaded.Select(l => new GeneratedFile(LessonPaths.Translated(l.Key), l.Value.Text)));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The paths under lessons/ that differ from what <paramref name="generated"/> says they should hold: missing,
    /// changed, or a .cs file no notebook generates any more.
    /// </summary>
    public static IReadOnlyList<string> Stale(string repositoryRoot, IReadOnlyList<GeneratedFile> generated)
    {
        string lessons = Path.Combine(Path.GetFullPath(repositoryRoot), LessonPaths.Lessons);
        // A checkout that turned the line ends into CRLF holds the same lessons.
        var stale = generated
            .Where(f => !File.Exists(Path.Combine(lessons, f.Path))
                        || File.ReadAllText(Path.Combine(lessons, f.Path)).Replace("\r\n", "\n") != f.Text)
            .Select(f => f.Path).ToList();
        if (Directory.Exists(lessons))
            stale.AddRange(Directory.EnumerateFiles(lessons, "*.cs", SearchOption.AllDirectories)
                .Select(f => LessonPaths.Relative(lessons, f))
                .Where(f => !f.StartsWith("output/", StringComparison.Ordinal) && generated.All(g => g.Path != f)));
        return stale.Order(StringComparer.Ordinal).ToList();
    }

    // The loaded files in the order a depth-first walk first meets them, each once; the library build is not one.
    private static List<string> Closure(IEnumerable<string> roots, Func<string, IReadOnlyList<string>> loadsOf)
    {
        var order = new List<string>();
        void Visit(string csx)
        {
            if (csx == Directive.LibraryBuild || order.Contains(csx))
                return;
            order.Add(csx);
            foreach (string next in loadsOf(csx))
                Visit(next);
        }
        foreach (string root in roots)
            Visit(root);
        return order;
    }

    private static string HeaderOf(string csx) => csx == LessonPaths.LearnersFile
        ? $"""
          // ✍️ YOUR NEURON for the lessons (lessons/*.cs): the file you write in, piece by piece, in lessons 1 to 4.
          // It starts as notebooks/{csx} does (tools/LessonGenerator made it from that file); from then on it is yours,
          // and the generator does not overwrite it once it differs. Every lesson includes it with #:include, so what you
          // write here in one lesson is there in the next. Its declarations sit inside `partial class Program`: the
          // lesson's own class, so the lesson calls Sigma or Train by their plain names, as the notebook does.

          """
        : $"""
          // Generated from notebooks/{csx} by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
          // change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
          // class, so the lesson calls them by their plain names, as the notebook does.

          """;
}
