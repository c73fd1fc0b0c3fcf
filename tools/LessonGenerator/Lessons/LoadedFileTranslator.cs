using System.Text;
using LessonGenerator.Scripts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LessonGenerator.Lessons;

/// <summary>A shared .csx file as a .cs file a lesson includes, and the .csx files it loads in turn.</summary>
/// <param name="Text">The C# file.</param>
/// <param name="Loads">The files it <c>#load</c>s, relative to the notebooks' folder.</param>
public sealed record TranslatedFile(string Text, IReadOnlyList<string> Loads);

/// <summary>
/// Turns a .csx file that notebooks <c>#load</c> (MyNeuron.csx, ...) into a .cs
/// file. In the kernel everything a script declares is a member of its submission class, so its methods call each
/// other and its types are nested in it. The same holds here: the declarations go, as written, into
/// <c>partial class Program</c>, the class of the lesson's own top-level statements, so the lesson and every included
/// file call <c>Print</c>, <c>Sigma</c> or <c>CheckForward</c> by their plain names, as the notebook does.
/// </summary>
public static class LoadedFileTranslator
{
    /// <summary>Translates the .csx file at <paramref name="relativePath"/> under <paramref name="notebooksFolder"/>.</summary>
    /// <param name="notebooksFolder">The notebooks' folder.</param>
    /// <param name="relativePath">The file, relative to it: <c>MyNeuron.csx</c>.</param>
    /// <param name="header">Comment lines for the top of the file (where it came from, who edits it).</param>
    /// <exception cref="NotSupportedException">The file has statements, which only a script can run when loaded.</exception>
    public static TranslatedFile Translate(string notebooksFolder, string relativePath, string header)
    {
        string path = Path.Combine(notebooksFolder, relativePath);
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path).Replace("\r\n", "\n"), ScriptCells.ScriptParse, path);
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var first = root.GetFirstToken(includeZeroWidth: true);
        var loads = new List<string>();
        var leading = new StringBuilder();
        var trivia = first.LeadingTrivia.ToList();
        int headerEnd = LeadingComments.HeaderEnd(trivia, startsWithUsing: root.Usings.Count > 0);
        foreach (var item in trivia.Take(headerEnd))
        {
            if (item.GetStructure() is LoadDirectiveTriviaSyntax load)
            {
                string loaded = LessonPaths.Relative(notebooksFolder,
                    Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, load.File.ValueText)));
                loads.Add(loaded);
                leading.Append($"// #load \"{load.File.ValueText}\": the lessons that need {LessonPaths.Translated(loaded)} include it\n");
            }
            else if (item.GetStructure() is DirectiveTriviaSyntax directive)
                throw new NotSupportedException($"{relativePath}: `{directive}`: a loaded file may only #load other files.");
            else
                leading.Append(item.ToFullString());
        }
        // What follows the file's header comments belongs to its first declaration.
        int bodyStart = headerEnd < trivia.Count ? trivia[headerEnd].FullSpan.Start : first.SpanStart;
        if (root.Members.FirstOrDefault(m => m is GlobalStatementSyntax) is { } statement)
            throw new NotSupportedException(
                $"{relativePath}: `{statement.ToString().Split('\n')[0]}` is a statement; a file the lessons include may only declare.");

        // The file's own comments first, then the kernel's default usings and the file's usings, then its declarations.
        var text = new StringBuilder(header).Append('\n').Append(leading.ToString().Trim('\n')).Append("\n\n");
        foreach (string import in ScriptCells.DefaultImports)
            text.Append($"using {import};\n");
        foreach (var u in root.Usings)
            text.Append(tree.GetText().ToString(TextSpan.FromBounds(Math.Max(u.FullSpan.Start, first.SpanStart), u.FullSpan.End)).Trim('\n')).Append('\n');
        int membersStart = root.Usings.Count > 0 ? root.Usings.Last().FullSpan.End : bodyStart;
        // C# allows extension methods (ChartStyle's chart.WithNotebookLayout()) only in a static class; a script allows
        // them anywhere. Program may be static: its other parts only add static members and nested types.
        bool hasExtensionMethods = root.Members.OfType<MethodDeclarationSyntax>()
            .Any(m => m.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) == true);
        text.Append(hasExtensionMethods
                ? "\n// static: this file declares extension methods, which C# allows only in a static class.\nstatic partial class Program\n{\n"
                : "\npartial class Program\n{\n")
            .Append(Indented(tree, TextSpan.FromBounds(membersStart, root.EndOfFileToken.FullSpan.End)).Trim('\n'))
            .Append("\n}\n");
        return new TranslatedFile(text.ToString(), loads);
    }

    // The span's lines, each indented by four spaces, except lines that start inside a multi-line token (a verbatim
    // or raw string), whose text must not change.
    private static string Indented(SyntaxTree tree, TextSpan span)
    {
        var root = tree.GetRoot();
        var result = new StringBuilder();
        foreach (var line in tree.GetText().Lines.Where(l => span.Contains(l.Start) || l.Start == span.End && l.Span.Length > 0))
        {
            string text = line.ToString();
            var token = root.FindToken(line.Start);
            bool insideToken = token.SpanStart < line.Start && token.Span.End > line.Start;
            result.Append(text.Length == 0 || insideToken ? text : "    " + text).Append('\n');
        }
        return result.ToString().TrimEnd('\n') + "\n";
    }
}
