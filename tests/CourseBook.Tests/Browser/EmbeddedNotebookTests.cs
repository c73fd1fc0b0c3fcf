using System.Text;
using CourseBook.Site;
using CourseBook.Tests.Support;
using NotebookRunner;

namespace CourseBook.Tests.Browser;

/// <summary>
/// The executed notebooks in site/notebooks carry plotly.js once (the runner's --embed-plotly): shown one after the
/// other in a page with nothing else, as VS Code or Jupyter show a notebook's outputs, every chart draws offline;
/// also where an AMD loader is present (classic Jupyter's require.js), which would otherwise swallow plotly.js.
/// </summary>
[Collection(BookCollection.Name)]
public sealed class EmbeddedNotebookTests(BookFixture book)
{
    // Stands for require.js: a define() that takes anonymous modules, as classic Jupyter's page has.
    private const string AmdLoader = "<script>window.define = function () { window.amdModules = (window.amdModules || 0) + 1; }; window.define.amd = {};</script>\n";

    // The two course notebooks with the most charts (each page loads 3.6 MB of plotly.js, so not all six).
    private IReadOnlyList<string> MostCharts() => book.Course
        .Select(n => (n.FileName, Charts: ChartProbe.FiguresOf(ChartProbe.ExecutedNotebook(book.CourseSite, n.FileName)).Count))
        .Where(n => n.Charts > 0).OrderByDescending(n => n.Charts).ThenBy(n => n.FileName, StringComparer.Ordinal)
        .Select(n => n.FileName).Take(2).ToList();

    [Fact]
    public async Task An_executed_notebooks_chart_outputs_draw_with_the_plotly_js_it_carries()
    {
        string notebook = MostCharts()[0];

        int charts = await AssertChartsDrawAsync(OutputsPage(notebook, prefix: "")!, notebook, amd: false);

        book.Log($"embedded plotly.js: the {charts} chart outputs of executed {notebook} drew on their own");
    }

    [Fact]
    public async Task The_embedded_plotly_js_sets_window_Plotly_even_under_an_AMD_loader()
    {
        string notebook = MostCharts()[^1];

        int charts = await AssertChartsDrawAsync(OutputsPage(notebook, AmdLoader)!, notebook, amd: true);

        book.Log($"embedded plotly.js under an AMD loader: the {charts} chart outputs of executed {notebook} drew");
    }

    /// <summary>A page of the notebook's text/html outputs in order, or null when none is a chart.</summary>
    private string? OutputsPage(string notebookFile, string prefix)
    {
        var executed = ChartProbe.ExecutedNotebook(book.CourseSite, notebookFile);
        var html = ChartProbe.Outputs(executed).Select(o => o["data"]?["text/html"]).Where(h => h is not null).Select(ChartProbe.Text).ToList();
        if (!html.Any(h => h.Contains("Plotly.newPlot(", StringComparison.Ordinal)))
            return null;
        var page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n").Append(prefix);
        foreach (string output in html)
            page.Append("<div class=\"cell-output\">").Append(output).Append("</div>\n");
        string folder = Paths.Scratch("embedded-" + Path.GetFileNameWithoutExtension(notebookFile) + (prefix.Length > 0 ? "-amd" : ""));
        string path = Path.Combine(folder, "outputs.html");
        File.WriteAllText(path, page.Append("</body></html>\n").ToString());
        return path;
    }

    private async Task<int> AssertChartsDrawAsync(string page, string notebookFile, bool amd)
    {
        int expected = ChartProbe.FiguresOf(ChartProbe.ExecutedNotebook(book.CourseSite, notebookFile)).Count;
        string text = File.ReadAllText(page);
        Assert.Equal(2, text.Split(PlotlyEmbedding.Marker).Length); // one embedded copy

        await using var visit = await PageVisit.OpenAsync(book.Browser, page, waitForBook: false);
        await visit.Page.WaitForFunctionAsync(
            "n => Array.from(document.querySelectorAll('.cell-output .js-plotly-plot')).filter(gd => gd.querySelector('svg.main-svg')).length === n", expected);

        visit.AssertOffline();
        Assert.Single(visit.Requests); // the page itself: plotly.js came inside it
        Assert.True(await visit.Page.EvaluateAsync<bool>("() => typeof window.Plotly === 'object' && typeof window.Plotly.newPlot === 'function'"));
        if (amd)
            Assert.Equal(0, await visit.Page.EvaluateAsync<int>("() => window.amdModules || 0"));
        return expected;
    }
}
