using System.Net;

namespace CourseBook.Site;

/// <summary>The HTML around a page's content: head with the local stylesheets, navigation, and the local scripts.</summary>
internal static class PageShell
{
    /// <summary>A link in the navigation bar: where it goes and its (HTML) label.</summary>
    public sealed record NavLink(string Href, string LabelHtml);

    /// <summary>A whole page.</summary>
    /// <param name="title">The page's title as plain text.</param>
    /// <param name="content">The main content (HTML).</param>
    /// <param name="previous">The previous page, if any.</param>
    /// <param name="next">The next page, if any.</param>
    /// <param name="hasCharts">Load plotly.js (3.5 MB) only where a chart needs it.</param>
    public static string Page(string title, string content, NavLink? previous, NavLink? next, bool hasCharts)
    {
        string nav = Navigation(previous, next);
        string plotly = hasCharts ? $"<script src=\"{WebAssets.Plotly}\"></script>\n" : "";
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(title)}}</title>
            <link rel="stylesheet" href="{{WebAssets.KatexCss}}">
            <link rel="stylesheet" href="{{WebAssets.PrismCss}}">
            <link rel="stylesheet" href="{{WebAssets.BookCss}}">
            </head>
            <body>
            {{nav}}
            <main>
            {{content}}
            </main>
            {{nav}}
            <script>window.Prism = { manual: true };</script>
            {{plotly}}<script src="{{WebAssets.Katex}}"></script>
            <script src="{{WebAssets.Prism}}"></script>
            <script src="{{WebAssets.PrismCSharp}}"></script>
            <script src="{{WebAssets.BookJs}}"></script>
            </body>
            </html>

            """;
    }

    private static string Navigation(NavLink? previous, NavLink? next)
    {
        string Link(NavLink? link, string rel, string arrowBefore, string arrowAfter) => link is null
            ? $"<span class=\"{rel}\"></span>"
            : $"<a class=\"{rel}\" rel=\"{rel}\" href=\"{link.Href}\">{arrowBefore}{link.LabelHtml}{arrowAfter}</a>";
        return "<nav class=\"book-nav\">"
            + Link(previous, "prev", "← ", "")
            + "<a class=\"contents\" href=\"index.html\">Contents</a>"
            + Link(next, "next", "", " →")
            + "</nav>";
    }
}
