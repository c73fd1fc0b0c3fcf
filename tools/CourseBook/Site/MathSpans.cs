using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CourseBook.Site;

/// <summary>
/// Keeps TeX away from the markdown rules, as Jupyter does: every <c>$…$</c> and <c>$$…$$</c> outside code is
/// swapped for a placeholder before Markdig runs and put back afterwards as
/// <c>&lt;span class="math"&gt;\(…\)&lt;/span&gt;</c> or <c>&lt;span class="math display"&gt;\[…\]&lt;/span&gt;</c> for
/// KaTeX (book.js). Like Jupyter, math may span lines (not a blank line), braces nest, and <c>\$</c> is a dollar.
/// </summary>
internal static partial class MathSpans
{
    /// <summary>One formula: its TeX and whether it is display math ($$).</summary>
    public sealed record Formula(string Tex, bool Display);

    // Finds code (whose dollars are C#, not TeX) before the math is taken out.
    private static readonly MarkdownPipeline CodeFinder = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build();

    /// <summary>The markdown with each formula replaced by <c>@@n@@</c>, and the formulas in order.</summary>
    public static (string Markdown, IReadOnlyList<Formula> Math) Extract(string markdown)
    {
        var code = CodeRegions(markdown);
        var text = new StringBuilder();
        var math = new List<Formula>();
        int i = 0;
        while (i < markdown.Length)
        {
            if (code.FirstOrDefault(r => r.Start <= i && i <= r.End) is { End: > 0 } region)
            {
                text.Append(markdown, i, region.End + 1 - i);
                i = region.End + 1;
            }
            else if (markdown[i] == '\\' && i + 1 < markdown.Length)
            {
                text.Append(markdown, i, 2);
                i += 2;
            }
            else if (markdown[i] == '$' && Close(markdown, i, code) is var (end, display) && end > 0)
            {
                int open = display ? 2 : 1;
                math.Add(new Formula(markdown[(i + open)..end], display));
                text.Append($"@@{math.Count - 1}@@");
                i = end + open;
            }
            else
            {
                text.Append(markdown[i]);
                i++;
            }
        }
        return (text.ToString(), math);
    }

    /// <summary>Puts the formulas back into Markdig's HTML; inside a tag (an alt text, a title) as plain TeX.</summary>
    public static string Restore(string html, IReadOnlyList<Formula> math) => Placeholder().Replace(html, match =>
    {
        var formula = math[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)];
        string tex = WebUtility.HtmlEncode(formula.Tex);
        if (InsideTag(html, match.Index))
            return formula.Display ? $"$${tex}$$" : $"${tex}$";
        return formula.Display
            ? $"<span class=\"math display\">\\[{tex}\\]</span>"
            : $"<span class=\"math\">\\({tex}\\)</span>";
    });

    /// <summary>Plain text with each placeholder as its TeX (for a page's &lt;title&gt;).</summary>
    public static string AsText(string text, IReadOnlyList<Formula> math) =>
        Placeholder().Replace(text, match => math[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].Tex);

    /// <summary>Where the formula opened at <paramref name="start"/> ends (index of its closing delimiter), or 0.</summary>
    private static (int End, bool Display) Close(string text, int start, List<(int Start, int End)> code)
    {
        bool display = start + 1 < text.Length && text[start + 1] == '$';
        int depth = 0;
        for (int j = start + (display ? 2 : 1); j < text.Length; j++)
        {
            char c = text[j];
            if (c == '\\')
                j++; // \$, \{, \} and commands are TeX's, not delimiters
            else if (c == '{')
                depth++;
            else if (c == '}')
                depth = Math.Max(0, depth - 1);
            else if (c == '\n' && BlankLineAt(text, j + 1))
                return (0, false);
            else if (code.Any(r => r.Start == j))
                return (0, false);
            else if (c == '$' && depth == 0)
            {
                bool pair = j + 1 < text.Length && text[j + 1] == '$';
                if (display && pair)
                    return (j, true);
                if (!display && !pair)
                    return j == start + 1 ? (0, false) : (j, false);
                if (!display)
                    return (0, false);
            }
        }
        return (0, false);
    }

    private static bool BlankLineAt(string text, int from)
    {
        for (int k = from; k < text.Length && text[k] != '\n'; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
                return false;
        }
        return true;
    }

    /// <summary>Inclusive source ranges of code blocks and code spans.</summary>
    private static List<(int Start, int End)> CodeRegions(string markdown)
    {
        var document = Markdown.Parse(markdown, CodeFinder);
        return document.Descendants<CodeBlock>().Select(b => (b.Span.Start, b.Span.End))
            .Concat(document.Descendants<CodeInline>().Select(c => (c.Span.Start, c.Span.End)))
            .Where(r => r.Start >= 0 && r.End >= r.Start)
            .ToList();
    }

    private static bool InsideTag(string html, int index)
    {
        int open = html.LastIndexOf('<', index);
        return open >= 0 && html.LastIndexOf('>', index) < open;
    }

    [GeneratedRegex("@@([0-9]+)@@")]
    private static partial Regex Placeholder();
}
