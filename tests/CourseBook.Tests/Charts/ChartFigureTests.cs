using System.Text.Json;
using CourseBook.Charts;
using CourseBook.Tests.Support;

namespace CourseBook.Tests.Charts;

/// <summary>Reading the figure out of a chart output's HTML (the course's chart formatter's form).</summary>
public sealed class ChartFigureTests
{
    [Fact]
    public void The_figure_and_config_are_read_as_written()
    {
        var written = ChartHtml.Figure(3, slider: true);

        var figure = ChartFigure.FromHtml(ChartHtml.Of(written))!;

        using var json = JsonDocument.Parse(figure.Json);
        Assert.Equal(written["data"]!.ToJsonString(), json.RootElement.GetProperty("data").GetRawText());
        Assert.Equal(written["layout"]!.ToJsonString(), json.RootElement.GetProperty("layout").GetRawText());
        Assert.True(json.RootElement.GetProperty("config").GetProperty("responsive").GetBoolean());
    }

    [Fact]
    public void Hidden_traces_and_sliders_are_counted()
    {
        var figure = ChartFigure.FromHtml(ChartHtml.Of(ChartHtml.Figure(21, slider: true)))!;

        Assert.Equal(21, figure.TraceCount);
        Assert.Equal(1, figure.DrawnTraceCount);
        Assert.True(figure.HasSliders);
        Assert.False(ChartFigure.FromHtml(ChartHtml.Of(ChartHtml.Figure(2)))!.HasSliders);
    }

    [Fact]
    public void Plotly_js_itself_is_neither_a_chart_nor_an_error()
    {
        // plotly.min.js mentions Plotly.newPlot( itself; the setup cell's output marks it with data-plotly-js.
        string library = ChartHtml.PlotlyLibrary.Replace("function () {}", "function () {} /* Plotly.newPlot( */");

        Assert.True(ChartFigure.IsPlotlyLibrary(library));
        Assert.False(ChartFigure.IsChart(library));
        Assert.Null(ChartFigure.FromHtml(library));
    }

    [Theory]
    [InlineData("<div>no chart</div>")]
    [InlineData("<script>var figure = {};</script>")]
    public void HTML_that_never_calls_Plotly_newPlot_is_not_a_chart(string html)
    {
        Assert.Null(ChartFigure.FromHtml(html));
    }

    [Theory]
    [InlineData("<script>Plotly.newPlot('x', [], {}, {});</script>", "no 'var figure = …;' statement")]
    [InlineData("<script>var figure = {\"data\":[}; var config = {}; Plotly.newPlot('x');</script>", "'figure' value is not JSON")]
    [InlineData("<script>var figure = {\"data\":[]}; Plotly.newPlot('x');</script>", "no 'var config = …;'")]
    [InlineData("<script>var figure = {\"layout\":{}}; var config = {}; Plotly.newPlot('x');</script>", "no 'data' array of traces")]
    [InlineData("<script>var figure = {\"data\":[]} var config = {}; Plotly.newPlot('x');</script>", "'figure' JSON is not followed by ';'")]
    public void Chart_HTML_without_the_two_JSON_statements_is_a_format_error_naming_the_part(string html, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ChartFigure.FromHtml(html));

        Assert.Contains(expected, error.Message);
    }
}
