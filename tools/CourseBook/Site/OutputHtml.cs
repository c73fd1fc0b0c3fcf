using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CourseBook.Charts;

namespace CourseBook.Site;

/// <summary>
/// One nbformat output as HTML: streams, plain-text results and errors as text; a chart as an empty div plus its
/// figure JSON (book.js draws it with the site's own plotly.js); plotly.js itself (the setup cell's output) not at all,
/// since every page loads the site's copy; other HTML and images as they are.
/// </summary>
internal static partial class OutputHtml
{
    /// <summary>The output as HTML; a chart is added to <paramref name="charts"/> and gets the next chart id.</summary>
    /// <exception cref="FormatException">A chart's HTML could not be read (the message names the cell).</exception>
    public static string Of(JsonObject output, List<ChartFigure> charts, string where)
    {
        string type = output["output_type"]?.GetValue<string>() ?? "";
        return type switch
        {
            "stream" => Pre($"output stream {(Text(output["name"]) == "stderr" ? "stderr" : "stdout")}", Text(output["text"])),
            "error" => Pre("output error", ErrorText(output)),
            "display_data" or "execute_result" => Data(output["data"] as JsonObject ?? [], charts, where),
            _ => "",
        };
    }

    private static string Data(JsonObject data, List<ChartFigure> charts, string where)
    {
        if (data["text/html"] is { } htmlNode)
        {
            string html = Text(htmlNode);
            if (ChartFigure.IsPlotlyLibrary(html))
                return "";
            ChartFigure? figure;
            try
            {
                figure = ChartFigure.FromHtml(html);
            }
            catch (FormatException e)
            {
                throw new FormatException($"{where}: {e.Message}", e);
            }
            return figure is null ? $"<div class=\"output html\">{html}</div>" : Chart(figure, charts);
        }
        if (data["image/svg+xml"] is { } svg)
            return $"<div class=\"output image\">{Text(svg)}</div>";
        if (data["image/png"] is { } png)
            return $"<div class=\"output image\"><img alt=\"\" src=\"data:image/png;base64,{WebUtility.HtmlEncode(Text(png).Replace("\n", ""))}\"></div>";
        return data["text/plain"] is { } plain ? Pre("output result", Text(plain)) : "";
    }

    private static string Chart(ChartFigure figure, List<ChartFigure> charts)
    {
        charts.Add(figure);
        string id = $"chart-{charts.Count}";
        // '<' occurs in JSON only inside strings, where \u003c means the same: no "</script>" can end the element early.
        string json = figure.Json.Replace("<", "\\u003c", StringComparison.Ordinal);
        return $"<div class=\"output chart\" id=\"{id}\"></div>\n"
            + $"<script type=\"application/json\" class=\"chart-figure\" data-chart=\"{id}\">{json}</script>";
    }

    private static string ErrorText(JsonObject output)
    {
        var traceback = (output["traceback"] as JsonArray ?? []).Select(Text).ToList();
        string text = traceback.Count > 0
            ? string.Join("\n", traceback)
            : $"{Text(output["ename"])}: {Text(output["evalue"])}";
        return AnsiEscape().Replace(text, ""); // a kernel colours its tracebacks; the page does not
    }

    private static string Pre(string classes, string text) =>
        $"<pre class=\"{classes}\">{WebUtility.HtmlEncode(text.TrimEnd('\n'))}</pre>";

    /// <summary>A string, or nbformat's list of lines joined.</summary>
    internal static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(Text)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        null => "",
        _ => node.ToJsonString(),
    };

    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();
}
