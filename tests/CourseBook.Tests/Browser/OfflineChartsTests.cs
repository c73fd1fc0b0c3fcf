using System.Text;
using System.Text.RegularExpressions;
using CourseBook.Charts;
using CourseBook.Site;
using CourseBook.Tests.Support;
using Microsoft.Playwright;

namespace CourseBook.Tests.Browser;

/// <summary>
/// The real kernel's chart outputs draw with no network, as VS Code and Jupyter show them: all of an executed notebook's
/// HTML outputs in one page, and nothing else. plotly.js comes once per notebook, in the setup cell's output, at the
/// version Plotly.NET 6 ships; every chart waits for it, so the order in which outputs are drawn does not matter, and
/// an AMD loader on the page (classic Jupyter's require.js) does not swallow it.
/// </summary>
[Collection(BookCollection.Name)]
public sealed partial class OfflineChartsTests(BookFixture book)
{
    // Stands for require.js: a define() that takes anonymous modules, as classic Jupyter's page has.
    private const string AmdLoader = "<script>window.define = function () { window.amdModules = (window.amdModules || 0) + 1; }; window.define.amd = {};</script>\n";

    public static TheoryData<string> Notebooks => new(Directory.GetFiles(Paths.Notebooks, "*.ipynb").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_executed_notebook_carries_plotly_js_once_at_the_version_plotly_net_ships(string notebookFile)
    {
        var html = HtmlOutputs(notebookFile);

        string library = Assert.Single(html, ChartFigure.IsPlotlyLibrary);
        string version = CarriedVersion().Match(library).Groups[1].Value;
        Assert.Equal("2.28.0", version);                                  // Plotly.NET 6.0.0's Globals.PLOTLYJS_VERSION
        Assert.Contains($"* plotly.js v{version}\n", library);            // the bundle is the version it says
        Assert.Equal(WebAssets.PlotlyVersion(Paths.Web), version);       // and the book draws with the same
        Assert.True(library.Length > 3_000_000, $"plotly.js is {library.Length} characters: the whole library, not a loader");
    }

    [Theory]
    [InlineData("in the notebook's order", false, false)]
    [InlineData("charts before the setup output", true, false)]
    [InlineData("under an AMD loader", false, true)]
    public async Task The_real_kernels_chart_outputs_draw_with_the_network_blocked(string how, bool reversed, bool amd)
    {
        string notebook = book.Course.MaxBy(n => HtmlOutputs(n.FileName).Count(ChartFigure.IsChart))!.FileName;
        var html = HtmlOutputs(notebook);
        int charts = html.Count(ChartFigure.IsChart);
        if (reversed)
            html.Reverse();
        var page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n").Append(amd ? AmdLoader : "");
        foreach (string output in html)
            page.Append("<div class=\"cell-output\">").Append(output).Append("</div>\n");
        string path = Path.Combine(Paths.Scratch($"offline-{Path.GetFileNameWithoutExtension(notebook)}-{(reversed ? "reversed" : amd ? "amd" : "in-order")}"), "outputs.html");
        File.WriteAllText(path, page.Append("</body></html>\n").ToString());

        await using var visit = await PageVisit.OpenAsync(book.Browser, path, waitForBook: false, blockNetwork: true);
        await visit.Page.WaitForFunctionAsync(
            "n => Array.from(document.querySelectorAll('.cell-output .js-plotly-plot')).filter(gd => gd.querySelector('svg.main-svg')).length === n",
            charts, new PageWaitForFunctionOptions { Timeout = 60_000 });
        string shot = await visit.ScreenshotAsync($"offline-outputs-{Path.GetFileNameWithoutExtension(notebook)}{(reversed ? "-reversed" : amd ? "-amd" : "")}");
        book.Log($"{notebook}, {how}: all {charts} charts drew with the network blocked; screenshot {shot}");

        visit.AssertOffline();
        Assert.Single(visit.Requests);   // the page itself: plotly.js came inside it
        if (amd)
            Assert.Equal(0, await visit.Page.EvaluateAsync<int>("() => window.amdModules || 0"));
    }

    private List<string> HtmlOutputs(string notebookFile) =>
        ChartProbe.Outputs(ChartProbe.ExecutedNotebook(book.CourseSite, notebookFile))
            .Select(o => o["data"]?["text/html"]).Where(h => h is not null).Select(ChartProbe.Text).ToList();

    [GeneratedRegex("data-plotly-js=\"([^\"]+)\"")]
    private static partial Regex CarriedVersion();
}
