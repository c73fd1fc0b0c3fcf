using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LessonGenerator.Lessons;

/// <summary>Splits the comments at the top of a script between the file (or cell) and its first declaration.</summary>
public static class LeadingComments
{
    /// <summary>
    /// How many of the first token's leading <paramref name="trivia"/> belong to the file or cell: up to its last
    /// directive; or all of them when the first token starts a using directive; or else up to the last line break
    /// before a blank line, so that the comment right above the first declaration stays with that declaration.
    /// </summary>
    public static int HeaderEnd(IReadOnlyList<SyntaxTrivia> trivia, bool startsWithUsing)
    {
        int lastDirective = trivia.ToList().FindLastIndex(t => t.IsDirective);
        if (lastDirective >= 0)
            return lastDirective + 1;
        if (startsWithUsing)
            return trivia.Count;
        for (int i = trivia.Count - 1; i > 0; i--)
            if (trivia[i].IsKind(SyntaxKind.EndOfLineTrivia) && IsLineStart(trivia, i))
                return i + 1;
        return 0;
    }

    // True when the line break at i ends an empty line (only whitespace since the previous line break or the start).
    private static bool IsLineStart(IReadOnlyList<SyntaxTrivia> trivia, int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (trivia[j].IsKind(SyntaxKind.EndOfLineTrivia))
                return true;
            if (!trivia[j].IsKind(SyntaxKind.WhitespaceTrivia))
                return false;
        }
        return true;
    }
}
