using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CourseBook.Site;

/// <summary>
/// Markdown cells to HTML with Markdig: what Jupyter's markdown does (GitHub-style tables, strikethrough, task lists,
/// autolinks, raw HTML such as <c>&lt;details&gt;</c>), with the <c>$…$</c> / <c>$$…$$</c> math kept out of the
/// markdown rules by <see cref="MathSpans"/> and drawn by KaTeX in the browser (book.js).
/// </summary>
internal static class MarkdownCells
{
    /// <summary>The pipeline every markdown cell goes through.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    /// <summary>A cell as HTML, its relative links rewritten by <paramref name="links"/>.</summary>
    public static string ToHtml(string markdown, LocalLinks links, string notebookName)
    {
        var (text, math) = MathSpans.Extract(markdown);
        var document = Markdown.Parse(text, Pipeline);
        links.Rewrite(document, notebookName);
        return MathSpans.Restore(Render(writer => writer.Render(document)), math);
    }

    /// <summary>The first heading of <paramref name="markdown"/>: its inline HTML (math kept for KaTeX) and plain text.</summary>
    public static (string Html, string Text)? FirstHeading(string markdown)
    {
        var (text, math) = MathSpans.Extract(markdown);
        var heading = Markdown.Parse(text, Pipeline).Descendants<HeadingBlock>().FirstOrDefault();
        if (heading?.Inline is not { } inline)
            return null;
        return (MathSpans.Restore(Render(writer => writer.WriteChildren(inline)), math), MathSpans.AsText(PlainText(inline).Trim(), math));
    }

    private static string Render(Action<HtmlRenderer> write)
    {
        using var text = new StringWriter();
        var renderer = new HtmlRenderer(text);
        Pipeline.Setup(renderer);
        write(renderer);
        text.Flush();
        return text.ToString();
    }

    /// <summary>The text a reader sees, with math as its TeX source (used for the page's &lt;title&gt;).</summary>
    private static string PlainText(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                ContainerInline nested => PlainText(nested),
                LineBreakInline => " ",
                _ => "",
            });
        }
        return text.ToString();
    }
}
