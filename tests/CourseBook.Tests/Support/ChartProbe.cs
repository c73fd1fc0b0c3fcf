using System.Text.Json.Nodes;
using CourseBook.Charts;
using CourseBook.Site;
using Microsoft.Playwright;

namespace CourseBook.Tests.Support;

/// <summary>What plotly.js drew in a page's chart divs, and what the executed notebooks say should be there.</summary>
internal static class ChartProbe
{
    /// <summary>One drawn chart: traces plotly.js holds, traces it put into the SVG, sliders, and whether an SVG exists.</summary>
    public sealed class Drawn
    {
        public string Id { get; set; } = "";
        public int Traces { get; set; }
        public int DrawnTraces { get; set; }
        public int Sliders { get; set; }
        public bool Svg { get; set; }
    }

    // Scatter and bar traces are <g class="trace …">; a contour is <g class="contour"> and a heatmap <g class="hm">.
    private const string Script = """
        selector => Array.from(document.querySelectorAll(selector)).map(gd => ({
            id: gd.id,
            traces: Array.isArray(gd.data) ? gd.data.length : -1,
            drawnTraces: gd.querySelectorAll('.cartesianlayer g.trace, .contourlayer > g.contour, .heatmaplayer > g.hm').length,
            sliders: (gd.layout && gd.layout.sliders || []).length,
            svg: gd.querySelector('svg.main-svg') !== null,
        }))
        """;

    /// <summary>The charts drawn in elements matching <paramref name="selector"/>, in page order.</summary>
    public static async Task<IReadOnlyList<Drawn>> DrawnAsync(IPage page, string selector = ".output.chart") =>
        await page.EvaluateAsync<Drawn[]>(Script, selector) ?? [];

    /// <summary>The figures of an executed notebook's chart outputs, in order (read from the notebook itself).</summary>
    public static IReadOnlyList<ChartFigure> FiguresOf(JsonObject notebook) =>
        Outputs(notebook).Select(output => output["data"]?["text/html"])
            .Where(html => html is not null)
            .Select(html => ChartFigure.FromHtml(Text(html)))
            .OfType<ChartFigure>()
            .ToList();

    /// <summary>Every output of every cell, in order.</summary>
    public static IEnumerable<JsonObject> Outputs(JsonObject notebook) =>
        (notebook["cells"] as JsonArray ?? []).SelectMany(cell => cell?["outputs"] as JsonArray ?? []).OfType<JsonObject>();

    /// <summary>A string or nbformat's list of lines.</summary>
    public static string Text(JsonNode? node) => node is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)node ?? "";

    /// <summary>The executed notebook the site carries for a page.</summary>
    public static JsonObject ExecutedNotebook(string site, string notebookFile) =>
        NotebookRunner.NotebookDocument.Load(Path.Combine(site, SiteBuilder.NotebooksFolder, notebookFile));
}
