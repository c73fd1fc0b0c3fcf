using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CourseBook.Charts;

namespace CourseBook.Site;

/// <summary>The body of one notebook's page: its cells in order, markdown rendered, code with its outputs.</summary>
internal static partial class NotebookPage
{
    /// <summary>The cells of <paramref name="notebook"/> as HTML, and the charts its outputs hold (in page order).</summary>
    /// <exception cref="FormatException">A chart output could not be read.</exception>
    public static (string Html, IReadOnlyList<ChartFigure> Charts) Render(BookNotebook notebook, LocalLinks links)
    {
        var html = new StringBuilder();
        var charts = new List<ChartFigure>();
        var cells = notebook.Notebook["cells"] as JsonArray ?? [];
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell)
                continue;
            string id = OutputHtml.Text(cell["id"]) is { Length: > 0 } cellId ? cellId : $"{i + 1}";
            string anchor = $"cell-{WebUtility.HtmlEncode(id)}";
            string source = OutputHtml.Text(cell["source"]);
            switch (OutputHtml.Text(cell["cell_type"]))
            {
                case "markdown":
                    html.Append($"<section class=\"cell markdown\" id=\"{anchor}\">\n")
                        .Append(MarkdownCells.ToHtml(source, links, notebook.FileName))
                        .Append("</section>\n");
                    break;
                case "code":
                    html.Append($"<section class=\"cell code\" id=\"{anchor}\">\n")
                        .Append($"<div class=\"prompt\">{Prompt(cell)}</div>\n")
                        .Append(Source(source, PrismLanguage(cell)));
                    string where = $"{notebook.FileName}, cell {i + 1} ({id})";
                    foreach (var output in (cell["outputs"] as JsonArray ?? []).OfType<JsonObject>())
                        html.Append(OutputHtml.Of(output, charts, where)).Append('\n');
                    html.Append("</section>\n");
                    break;
            }
        }
        return (html.ToString(), charts);
    }

    /// <summary>A code cell's source, highlighted in the browser (a check cell is short: the call a learner runs).</summary>
    private static string Source(string source, string language) =>
        $"<pre class=\"source\"><code class=\"language-{language}\">{WebUtility.HtmlEncode(source.TrimEnd('\n'))}</code></pre>\n";

    private static string Prompt(JsonObject cell) =>
        cell["execution_count"] is JsonValue count && count.TryGetValue(out int n) ? $"[{n}]" : "[ ]";

    /// <summary>Prism's name for the cell's language (the notebooks are C#; anything else is shown unhighlighted).</summary>
    private static string PrismLanguage(JsonObject cell)
    {
        string language = OutputHtml.Text(cell["metadata"]?["polyglot_notebook"]?["kernelName"]) is { Length: > 0 } kernel
            ? kernel
            : OutputHtml.Text(cell["metadata"]?["dotnet_interactive"]?["language"]);
        return language is "" or "csharp" or "C#" ? "csharp" : "none";
    }
}
