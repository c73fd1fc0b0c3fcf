using System.Text;
using LessonGenerator.Notebooks;
using LessonGenerator.Scripts;

namespace LessonGenerator.Lessons;

/// <summary>Writes a notebook as a file-based app: prose as comments, code cells as the program, in the same order.</summary>
public static class LessonWriter
{
    /// <summary>The first line of every lesson: it lets the SDK (and a shell) know the file is the program.</summary>
    public const string Shebang = "#!/usr/bin/env dotnet";

    /// <summary>Properties every lesson sets with <c>#:property</c>, and why.</summary>
    public static readonly IReadOnlyList<string> Properties =
        ["PublishAot=false", "Nullable=annotations", "ImplicitUsings=disable", "NoWarn=$(NoWarn);CS8321"];

    /// <summary>The lesson for <paramref name="notebook"/>.</summary>
    /// <param name="notebook">The notebook's file name, e.g. <c>01-forward-pass.ipynb</c>.</param>
    /// <param name="cells">Its cells, in order.</param>
    /// <param name="code">Its code cells translated, by cell id.</param>
    /// <param name="includes">The translated files it includes, relative to lessons/, in order.</param>
    public static string Write(string notebook, IReadOnlyList<NotebookCell> cells,
        IReadOnlyDictionary<string, TranslatedCell> code, IReadOnlyList<string> includes)
    {
        string lesson = LessonPaths.LessonOf(notebook);
        string title = cells.Where(c => !c.IsCode).Select(c => c.Source.Split('\n')[0]).FirstOrDefault(l => l.StartsWith("# "))?[2..]
            ?? Path.GetFileNameWithoutExtension(notebook);
        var text = new StringBuilder().Append(Shebang).Append('\n')
            .Append(Header(title, notebook, lesson));
        var ordered = cells.Where(c => c.IsCode).Select(c => code[c.Id]).ToList();   // the notebook's order
        var fileDirectives = ordered.SelectMany(c => c.Directives).Select(d => d.FileDirective)
            .OfType<string>().Where(d => !d.StartsWith("#:include", StringComparison.Ordinal)).Distinct().ToList();
        text.Append("\n// The packages and the course library the notebook references (the library's project builds it).\n");
        foreach (string directive in fileDirectives)
            text.Append(directive).Append('\n');
        text.Append("// A lesson is a plain program: no native (AOT) compilation, and C# as the notebook kernel reads it\n")
            .Append("// (nullable annotations allowed but no nullable warnings; no implicit usings: the usings below are the kernel's;\n")
            .Append("// a helper the notebook gives for your answers may go unused, as a notebook's functions may, without a warning).\n");
        foreach (string property in Properties)
            text.Append($"#:property {property}\n");
        if (includes.Count > 0)
            text.Append(includes.Contains(LessonPaths.Translated(LessonPaths.LearnersFile))
                ? "// The files the notebook #loads, translated: your MyNeuron.cs.\n"
                : "// The files the notebook #loads, translated.\n");
        foreach (string include in includes)
            text.Append($"#:include {include}\n");

        text.Append("\n// The namespaces the notebook kernel imports by default, then the ones the notebook's cells import.\n");
        foreach (string import in ScriptCells.DefaultImports)
            text.Append($"using {import};\n");
        foreach (var line in ordered.SelectMany(c => c.Usings).DistinctBy(u => u.Directive)
                     .Where(u => !ScriptCells.DefaultImports.Any(d => u.Directive == $"using {d};")))
            text.Append(line.Text).Append('\n');
        text.Append($"using static {typeof(NeuronFromScratch.Course.Lesson).FullName};   // Display: what the notebook shows below a cell\n");

        foreach (var cell in cells)
        {
            text.Append('\n');
            if (!cell.IsCode)
                text.Append(ProseComments.Of(cell.Source));
            else if (code[cell.Id].Body is { Length: > 0 } body)
                text.Append($"// [cell {cell.Id}]\n").Append(body).Append('\n');
        }

        var types = ordered.SelectMany(c => c.Types).ToList();
        if (types.Count > 0)
        {
            text.Append("\n// ── The types the notebook's cells declare. A program declares its types after its statements; inside\n")
                .Append("// Program, like the kernel's nested script types, they can use the helpers the included files declare.\n")
                .Append("partial class Program\n{\n");
            text.AppendJoin("\n\n", types.Select(t => string.Concat(t.Split('\n').Select(l => l.Length == 0 ? "\n" : $"    {l}\n"))).ToArray());
            text.Append("}\n");
        }
        return text.ToString();
    }

    private static string Header(string title, string notebook, string lesson) => $"""
        // {title}
        //
        // Run it from the repository root with the .NET 10 SDK (10.0.300 or later):   dotnet run --file lessons/{lesson}
        // (--file, because the repository root also holds the library's project, which `dotnet run` would pick; inside
        // lessons/, `dotnet run {lesson}` works too). It prints what the notebook prints. A chart is saved as an HTML
        // page under lessons/output/{Path.GetFileNameWithoutExtension(lesson)}/; the path is printed: open it in a browser.
        //
        // What you edit:
        // - lessons/MyNeuron.cs, YOUR neuron: what the text calls MyNeuron.csx (that is the notebooks' copy). Every
        //   lesson includes it, so what you write there in one lesson is there in the next. Stuck? Each check's
        //   .Hint(1), .Hint(2) and .Solution() show its hints and solution (Display them), and notebooks/solutions/
        //   MyNeuron.csx has every piece written out.
        // - the ✍️ "Your turn" code in this file: replace the starter with your code.
        // Then save and run the lesson again: where the text says "run this cell again", run the lesson again. The lesson
        // is one program, so a compile error anywhere stops all of it (a notebook would run the other cells): fix it, or
        // put the starter back.
        //
        // Generated from notebooks/{notebook} by tools/LessonGenerator: the notebook is the source. Its markdown is in
        // comments and its code cells are the program, in the same order ([cell id] marks each one). Where a script and
        // a program differ, the code says so in a comment: a directive becomes a #: line at the top, a cell's using goes
        // to the top and a type to the end, the last value of a cell goes to Display, and a variable the notebook
        // declares twice gets a second name. To change a lesson, change the notebook and run
        // `dotnet run --project tools/LessonGenerator` (CI checks that the lessons are up to date).

        """;
}
