using System.Text;
using LessonGenerator.Scripts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LessonGenerator.Lessons;

/// <summary>
/// Turns one code cell, a C# script submission, into statements of a top-level program: directives become comments
/// (and <c>#:</c> lines at the top), usings move to the top, types to the end, and a last expression without a
/// semicolon, which the notebook shows below the cell, becomes <c>Display("cell-id", expression);</c>.
/// </summary>
public static class CellTranslator
{
    /// <summary>The name of the helper that shows a cell's value (the course library's Lesson.Display).</summary>
    public const string DisplayMethod = "Display";

    /// <summary>Translates <paramref name="cell"/>, with the names <paramref name="renames"/> gives.</summary>
    /// <exception cref="NotSupportedException">The cell declares something a program cannot have among its statements.</exception>
    public static TranslatedCell Translate(ScriptCell cell, Renames renames)
    {
        var root = (CompilationUnitSyntax)cell.Tree.GetRoot();
        var first = root.GetFirstToken(includeZeroWidth: true);
        var body = new StringBuilder();
        var directives = new List<Directive>();
        var leading = first.LeadingTrivia.ToList();
        int headerEnd = first.IsKind(SyntaxKind.EndOfFileToken) ? leading.Count
            : LeadingComments.HeaderEnd(leading, startsWithUsing: root.Usings.Count > 0);
        foreach (var trivia in leading.Take(headerEnd))
        {
            Directive? directive = trivia.GetStructure() switch
            {
                ReferenceDirectiveTriviaSyntax reference => Directive.Reference(reference.File.ValueText),
                LoadDirectiveTriviaSyntax load => Directive.LoadOf(load.File.ValueText.Replace('\\', '/')),
                _ => null,
            };
            if (directive is null)
            {
                body.Append(trivia.ToFullString());
                continue;
            }
            directives.Add(directive);
            body.Append("// ").Append(directive.Comment).Append(CommentOf((DirectiveTriviaSyntax)trivia.GetStructure()!)).Append('\n');
        }

        // The rest of the comments above the first declaration stay with it (and move with it, if it is a type).
        int start = headerEnd < leading.Count ? leading[headerEnd].FullSpan.Start : first.SpanStart;
        string Render(SyntaxNode node, int end) => renames.Render(cell.Tree, TextSpan.FromBounds(Math.Max(node.FullSpan.Start, start), end));
        var usings = root.Usings.Select(u => new UsingLine(u.WithoutTrivia().ToString(), Render(u, u.FullSpan.End).Trim())).ToList();
        if (usings.Count > 0)
            body.Append("// (the using directives of this cell are at the top of this file)\n");

        var types = new List<string>();
        foreach (var member in root.Members)
        {
            switch (member)
            {
                case GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement }
                    when member == root.Members.Last():
                    body.Append(LastValue(cell, statement.Expression, Render(member, statement.Expression.SpanStart),
                        renames.Render(cell.Tree, statement.Expression.Span),
                        renames.Render(cell.Tree, TextSpan.FromBounds(statement.Expression.Span.End, member.FullSpan.End))));
                    break;
                case GlobalStatementSyntax:
                case FieldDeclarationSyntax field when field.Modifiers.All(m => m.IsKind(SyntaxKind.ConstKeyword)):
                case MethodDeclarationSyntax method when method.Modifiers.All(m => m.Kind() is SyntaxKind.StaticKeyword
                    or SyntaxKind.AsyncKeyword or SyntaxKind.UnsafeKeyword):
                    body.Append(Render(member, member.FullSpan.End));
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    // The type moves with the comments above it; a line says where it went.
                    body.Append($"\n// {Describe(member)}: declared at the end of this file, where a program declares its types.\n");
                    types.Add(Render(member, member.FullSpan.End).Trim('\n'));
                    break;
                default:
                    throw new NotSupportedException(
                        $"Cell {cell.Id}: `{member.ToString().Split('\n')[0].Trim()}` cannot be a statement of a program " +
                        "(a script member with modifiers, or a property or event). Write it as a local function or a variable.");
            }
        }
        if (root.EndOfFileToken != first)
            body.Append(root.EndOfFileToken.LeadingTrivia.ToFullString());
        return new TranslatedCell(body.ToString().Trim('\n'), usings, types, directives);
    }

    // The notebook shows the value of a last expression without a semicolon; the program hands it to Display.
    private static string LastValue(ScriptCell cell, ExpressionSyntax expression, string before, string text, string after)
    {
        bool isVoid = cell.Model.GetTypeInfo(expression).Type?.SpecialType == SpecialType.System_Void;
        return isVoid ? $"{before}{text};{after}" : $"{before}{DisplayMethod}(\"{cell.Id}\", {text});{after}";
    }

    private static string Describe(MemberDeclarationSyntax member) => member switch
    {
        RecordDeclarationSyntax record => $"record {record.Identifier}",
        TypeDeclarationSyntax type => $"{type.Keyword} {type.Identifier}",
        EnumDeclarationSyntax type => $"enum {type.Identifier}",
        DelegateDeclarationSyntax @delegate => $"delegate {@delegate.Identifier}",
        _ => member.Kind().ToString(),
    };

    // A comment written after the directive on its line, kept after the replacing comment.
    private static string CommentOf(DirectiveTriviaSyntax directive) =>
        directive.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)) is { } comment
            && comment != default ? "   " + comment.ToString() : "";
}
