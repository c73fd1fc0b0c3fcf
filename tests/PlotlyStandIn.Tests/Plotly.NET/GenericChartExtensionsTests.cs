using Microsoft.FSharp.Core;
using Plotly.NET;
using PlotlyStandIn.Tests.Support;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace PlotlyStandIn.Tests.Plotly.NET;

/// <summary>Plotly.NET's own fluent extensions (only this namespace imported, so nothing is ambiguous).</summary>
public sealed class GenericChartExtensionsTests
{
    private static GenericChart Points() =>
        CSharpChart.Point<double, double, string>(x: new[] { 1.0, 2.0 }, y: new[] { 3.0, 4.0 }, Name: "data");

    [Fact]
    public void WithTitleAndWithSizeSetTheLayoutAndLeaveTheOriginalUnchanged()
    {
        var original = Points();
        var styled = original.WithTitle("Title").WithSize(640, 480);

        var json = Rendered.Json(styled);
        Assert.Equal("Title", Rendered.Text(json, "title"));
        Assert.Equal(640, json.GetProperty("width").GetInt32());
        Assert.Equal(480, json.GetProperty("height").GetInt32());
        Assert.Null(Rendered.Text(Rendered.Json(original), "title"));
    }

    [Fact]
    public void AxisStylesWithTitleObjectsSetAxisTitles()
    {
        var json = Rendered.Json(Points().WithXAxisStyle(Title.init("x")).WithYAxisStyle(Title.init("y")));
        Assert.Equal("x", Rendered.Text(json.GetProperty("xAxis"), "title"));
        Assert.Equal("y", Rendered.Text(json.GetProperty("yAxis"), "title"));
    }

    [Fact]
    public void WithTraceInfoRenamesEveryTraceAndSetsTheLegendFlag()
    {
        var chart = Points().WithTraceInfo(Name: "renamed", ShowLegend: FSharpOption<bool>.Some(false));
        var trace = Rendered.Json(chart).GetProperty("traces")[0];
        Assert.Equal("renamed", Rendered.Text(trace, "name"));
        Assert.False(trace.GetProperty("showLegend").GetBoolean());
    }

    [Fact]
    public void SaveHtmlWritesTheEmbeddedPageAndAddsTheHtmlExtension()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plotly-stand-in-{Guid.NewGuid():N}");
        try
        {
            Points().SaveHtml(path);
            Assert.Equal(GenericChart.toEmbeddedHTML(Points()), File.ReadAllText(path + ".html"));
        }
        finally
        {
            File.Delete(path + ".html");
        }
    }

    [Fact]
    public void ShowDoesNothingOfflineButStillRejectsNull()
    {
        Points().Show();
        Assert.Throws<ArgumentNullException>(() => ((GenericChart)null!).Show());
    }
}
