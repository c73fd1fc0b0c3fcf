using System.Text.Json;
using CourseBook.Charts;
using CourseBook.Tests.Support;
using NotebookRunner;

namespace CourseBook.Tests.Charts;

/// <summary>Reading the figure out of chart HTML: both of Plotly.NET's forms, checked against its own toJson.</summary>
public sealed class ChartFigureTests
{
    [Fact]
    public void Every_golden_chart_HTML_gives_back_Plotly_NETs_figure_JSON_byte_for_byte()
    {
        var files = GoldenNotebook.HtmlFiles();

        Assert.True(files.Count >= 66, $"expected the 62 toChartHTML fragments and 4 kernel outputs, found {files.Count}");
        foreach (string file in files)
        {
            var figure = ChartFigure.FromHtml(File.ReadAllText(file));

            Assert.NotNull(figure);
            Assert.True(GoldenNotebook.JsonOf(file) == figure.Json, $"{Path.GetFileName(file)}: the figure differs from {Path.GetFileName(file).Split('.')[0]}.json");
            using var json = JsonDocument.Parse(figure.Json);
            Assert.Equal(json.RootElement.GetProperty("data").GetArrayLength(), figure.TraceCount);
        }
    }

    [Fact]
    public void The_kernels_require_js_form_and_the_plain_fragment_hold_the_same_figure()
    {
        string plain = File.ReadAllText(Path.Combine(Paths.Golden, "combine_2.html"));
        string kernel = File.ReadAllText(Path.Combine(Paths.Golden, "kernel", "combine_2.kernel.html"));

        Assert.Contains("requirejs.config", kernel);
        Assert.Equal(ChartFigure.FromHtml(plain), ChartFigure.FromHtml(kernel));
        Assert.Equal(2, ChartFigure.FromHtml(kernel)!.TraceCount);
    }

    [Fact]
    public void Hidden_traces_and_sliders_are_counted()
    {
        var figure = ChartFigure.FromHtml(File.ReadAllText(Path.Combine(Paths.Golden, "slider_epochs.html")))!;

        Assert.Equal(21, figure.TraceCount);
        Assert.Equal(1, figure.DrawnTraceCount);
        Assert.True(figure.HasSliders);
        Assert.False(ChartFigure.FromHtml(File.ReadAllText(Path.Combine(Paths.Golden, "point_basic.html")))!.HasSliders);
    }

    [Fact]
    public void The_figure_is_found_behind_an_embedded_plotly_js_that_mentions_var_data()
    {
        string html = File.ReadAllText(Path.Combine(Paths.Golden, "line_basic.html"));
        var notebook = new System.Text.Json.Nodes.JsonObject
        {
            ["cells"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["outputs"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
                {
                    ["data"] = new System.Text.Json.Nodes.JsonObject { ["text/html"] = html },
                }),
            }),
        };
        PlotlyEmbedding.Embed(notebook, "window.Plotly = {}; var data = [1]; var layout = 2; var config = 3; Plotly.newPlot(x);");
        string embedded = (string)notebook["cells"]![0]!["outputs"]![0]!["data"]!["text/html"]!;

        Assert.NotEqual(html, embedded);
        Assert.Equal(ChartFigure.FromHtml(html), ChartFigure.FromHtml(embedded));
    }

    [Theory]
    [InlineData("<div>no chart</div>")]
    [InlineData("<script>var data = [];</script>")]
    public void HTML_that_never_calls_Plotly_newPlot_is_not_a_chart(string html)
    {
        Assert.Null(ChartFigure.FromHtml(html));
    }

    [Theory]
    [InlineData("<script>Plotly.newPlot('x', [], {}, {});</script>", "no 'var data = …;' statement")]
    [InlineData("<script>var data = [{]; var layout = {}; var config = {}; Plotly.newPlot('x');</script>", "'data' value is not JSON")]
    [InlineData("<script>var data = []; var config = {}; Plotly.newPlot('x');</script>", "no 'var layout = …;'")]
    [InlineData("<script>var data = {}; var layout = {}; var config = {}; Plotly.newPlot('x');</script>", "must be a JSON array of traces, got a Object")]
    [InlineData("<script>var data = [] var layout = {}; var config = {}; Plotly.newPlot('x');</script>", "'data' JSON is not followed by ';'")]
    public void Chart_HTML_without_the_three_JSON_statements_is_a_format_error_naming_the_part(string html, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ChartFigure.FromHtml(html));

        Assert.Contains(expected, error.Message);
    }
}
