using Plotly.NET;
using Plotly.NET.CSharp;
using PlotlyStandIn.Tests.Support;
using Chart = Plotly.NET.CSharp.Chart;
using CSharpExtensions = Plotly.NET.CSharp.GenericChartExtensions;

namespace PlotlyStandIn.Tests.Plotly.NET.CSharp;

/// <summary>Plotly.NET.CSharp's fluent extensions.</summary>
public sealed class GenericChartExtensionsTests
{
    private static GenericChart Points() =>
        Chart.Point<double, double, string>(x: new[] { 1.0, 2.0 }, y: new[] { 3.0, 4.0 }, Name: "data");

    [Fact]
    public void AxisStylesMergeLaterSettingsIntoEarlierOnes()
    {
        var chart = Points()
            .WithYAxisStyle<double, double, string>(TitleText: "loss")
            .WithYAxisStyle<double, double, string>(AxisType: StyleParam.AxisType.Log)
            .WithXAxisStyle<double, double, string>(Title: Title.init("epoch"));

        var json = Rendered.Json(chart);
        Assert.Equal("loss", Rendered.Text(json.GetProperty("yAxis"), "title"));
        Assert.Equal("log", Rendered.Text(json.GetProperty("yAxis"), "type"));
        Assert.Equal("epoch", Rendered.Text(json.GetProperty("xAxis"), "title"));
        Assert.Null(Rendered.Text(json.GetProperty("xAxis"), "type"));
    }

    [Fact]
    public void WithSizeKeepsAnOmittedDimension()
    {
        var json = Rendered.Json(Points().WithSize(Width: 300, Height: 200).WithSize(Width: 500));
        Assert.Equal(500, json.GetProperty("width").GetInt32());
        Assert.Equal(200, json.GetProperty("height").GetInt32());
    }

    [Fact]
    public void WithTraceInfoKeepsTheNameWhenOnlyTheLegendFlagIsGiven()
    {
        var trace = Rendered.Json(CSharpExtensions.WithTraceInfo(Points(), ShowLegend: true)).GetProperty("traces")[0];
        Assert.Equal("data", Rendered.Text(trace, "name"));
        Assert.True(trace.GetProperty("showLegend").GetBoolean());
    }

    [Fact]
    public void SaveHtmlKeepsAnHtmlExtensionAndShowDoesNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plotly-stand-in-{Guid.NewGuid():N}.html");
        try
        {
            CSharpExtensions.SaveHtml(Points(), path);
            Assert.Contains(GenericChart.toChartHTML(Points()), File.ReadAllText(path));
            CSharpExtensions.Show(Points());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
