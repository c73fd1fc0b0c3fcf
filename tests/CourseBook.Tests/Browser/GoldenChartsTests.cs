using System.Text.Json;
using CourseBook.Tests.Support;

namespace CourseBook.Tests.Browser;

/// <summary>
/// The chart HTML the real Plotly.NET and the real kernel wrote (toChartHTML and the require.js form), built into a
/// page and drawn by the site's plotly.js: every figure appears with its traces, without any network.
/// </summary>
[Collection(BookCollection.Name)]
public sealed class GoldenChartsTests(BookFixture book)
{
    [Theory]
    [InlineData(GoldenNotebook.ChartsFile)]
    [InlineData(GoldenNotebook.SlidersFile)]
    public async Task Every_golden_chart_is_drawn_from_its_figure_with_no_request_leaving_the_site(string notebookFile)
    {
        var files = GoldenNotebook.Create().Single(n => n.FileName == notebookFile).Notebook["cells"]!.AsArray()
            .Select(c => (string?)c!["source"]).Where(s => s!.StartsWith("// ", StringComparison.Ordinal))
            .Select(s => Path.Combine(Paths.Golden, s![3..])).ToList();
        string page = Path.ChangeExtension(notebookFile, ".html");
        await using var visit = await PageVisit.OpenAsync(book.Browser, Path.Combine(book.GoldenSite, page));
        string shot = await visit.ScreenshotAsync(Path.GetFileNameWithoutExtension(notebookFile));
        book.Log($"{page}: {files.Count} charts from Plotly.NET's own HTML; screenshot {shot}");

        // The kernel's form would load require.js and plotly.js from CDNs if its script ran: it must not.
        visit.AssertOffline();
        var drawn = await ChartProbe.DrawnAsync(visit.Page);
        Assert.Equal(files.Count, drawn.Count);
        for (int i = 0; i < files.Count; i++)
        {
            using var figure = JsonDocument.Parse(GoldenNotebook.JsonOf(files[i]));
            var traces = figure.RootElement.GetProperty("data").EnumerateArray().ToList();
            int hidden = traces.Count(t => t.TryGetProperty("visible", out var v) && v.ValueKind == JsonValueKind.False);
            string name = Path.GetFileName(files[i]);
            Assert.True(drawn[i].Svg, $"{name}: no SVG drawn");
            Assert.True(traces.Count == drawn[i].Traces, $"{name}: plotly.js holds {drawn[i].Traces} traces, the figure has {traces.Count}");
            Assert.True(traces.Count - hidden == drawn[i].DrawnTraces, $"{name}: {drawn[i].DrawnTraces} traces drawn, the figure shows {traces.Count - hidden}");
            bool sliders = figure.RootElement.GetProperty("layout").TryGetProperty("sliders", out _);
            Assert.Equal(sliders ? 1 : 0, drawn[i].Sliders);
        }
    }
}
