using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LessonGenerator.Scripts;

/// <summary>
/// New names for identifiers of the notebook's cells, by position, and a note above each statement whose declaration
/// was renamed. Renders a node's text with both in place, so that the rest of the generator reads the original trees.
/// </summary>
public sealed class Renames
{
    private readonly Dictionary<SyntaxTree, Dictionary<int, (int Length, string Name)>> names = new();
    private readonly Dictionary<SyntaxTree, Dictionary<int, string>> notes = new();

    /// <summary>Gives the identifier <paramref name="token"/> the name <paramref name="name"/>.</summary>
    public void Rename(SyntaxToken token, string name) =>
        For(names, token.SyntaxTree)[token.SpanStart] = (token.Span.Length, name);

    /// <summary>Puts <paramref name="note"/> as a comment line above the statement <paramref name="statement"/>.</summary>
    public void Note(SyntaxNode statement, string note) => For(notes, statement.SyntaxTree)[statement.SpanStart] = note;

    /// <summary>How many identifiers were renamed.</summary>
    public int Count => names.Values.Sum(spans => spans.Count);

    /// <summary>The text of <paramref name="span"/> in <paramref name="tree"/> with the new names and the notes.</summary>
    public string Render(SyntaxTree tree, TextSpan span)
    {
        SourceText text = tree.GetText();
        var edits = new List<(int Position, int Length, string Text)>();
        if (names.TryGetValue(tree, out var renamed))
            edits.AddRange(renamed.Where(r => span.Contains(new TextSpan(r.Key, r.Value.Length)))
                .Select(r => (r.Key, r.Value.Length, r.Value.Name)));
        if (notes.TryGetValue(tree, out var noted))
            foreach (var (position, note) in noted.Where(n => span.Contains(n.Key)))
            {
                // Above the statement's line, indented like it.
                int lineStart = Math.Max(text.Lines.GetLineFromPosition(position).Start, span.Start);
                string indent = new(' ', text.ToString(TextSpan.FromBounds(lineStart, position)).TakeWhile(c => c == ' ').Count());
                edits.Add((lineStart, 0, $"{indent}// {note}\n"));
            }
        var result = new System.Text.StringBuilder();
        int at = span.Start;
        foreach (var (position, length, replacement) in edits.OrderBy(e => e.Position).ThenBy(e => e.Length))
        {
            result.Append(text.ToString(TextSpan.FromBounds(at, position))).Append(replacement);
            at = position + length;
        }
        return result.Append(text.ToString(TextSpan.FromBounds(at, span.End))).ToString();
    }

    private static Dictionary<int, T> For<T>(Dictionary<SyntaxTree, Dictionary<int, T>> byTree, SyntaxTree? tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (!byTree.TryGetValue(tree, out var entries))
            byTree[tree] = entries = new Dictionary<int, T>();
        return entries;
    }
}
