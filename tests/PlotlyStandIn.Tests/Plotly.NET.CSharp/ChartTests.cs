using System.Text.Json;
using Plotly.NET;
using Plotly.NET.CSharp;
using PlotlyStandIn.Tests.Support;
using Chart = Plotly.NET.CSharp.Chart;

namespace PlotlyStandIn.Tests.Plotly.NET.CSharp;

/// <summary>What each mirrored chart constructor records.</summary>
public sealed class ChartTests
{
    private static readonly double[] Xs = { 1, 2, 3 };
    private static readonly double[] Ys = { 10, 20, 30 };
    private static readonly double[][] Z = { new[] { 1.0, 2.0, 3.0 }, new[] { 4.0, 5.0, 6.0 } };

    private static JsonElement OnlyTrace(GenericChart chart) => Assert.Single(Rendered.Json(chart).GetProperty("traces").EnumerateArray());

    [Theory]
    [InlineData(false, "lines")]
    [InlineData(true, "lines+markers")]
    public void LineRecordsItsModeFromShowMarkers(bool showMarkers, string mode)
    {
        var trace = OnlyTrace(Chart.Line<double, double, string>(x: Xs, y: Ys, ShowMarkers: showMarkers, Name: "fit"));
        Assert.Equal(mode, Rendered.Text(trace, "mode"));
        Assert.Equal("fit", Rendered.Text(trace, "name"));
        Assert.Equal(Xs, Rendered.Numbers(trace.GetProperty("x")));
        Assert.Equal(Ys, Rendered.Numbers(trace.GetProperty("y")));
    }

    [Fact]
    public void PointRecordsMarkersAndTheLegendFlag()
    {
        var trace = OnlyTrace(Chart.Point<double, double, string>(x: Xs, y: Ys, ShowLegend: false));
        Assert.Equal("scatter", Rendered.Text(trace, "type"));
        Assert.Equal("markers", Rendered.Text(trace, "mode"));
        Assert.Null(Rendered.Text(trace, "name"));
        Assert.False(trace.GetProperty("showLegend").GetBoolean());
    }

    [Fact]
    public void PointCopiesTheDataWhenCalled()
    {
        var ys = (double[])Ys.Clone();
        var chart = Chart.Point<double, double, string>(x: Xs, y: ys);
        ys[0] = -1;
        Assert.Equal(Ys, Rendered.Numbers(OnlyTrace(chart).GetProperty("y")));
    }

    [Fact]
    public void IntegerDataIsRecordedAsNumbers()
    {
        var trace = OnlyTrace(Chart.Point<int, int, string>(x: new[] { 1, 2 }, y: new[] { 5, 7 }));
        Assert.Equal(new[] { 5.0, 7.0 }, Rendered.Numbers(trace.GetProperty("y")));
    }

    [Fact]
    public void ScatterRecordsTheGivenMode()
    {
        var trace = OnlyTrace(Chart.Scatter<double, double, string>(x: Xs, y: Ys, mode: StyleParam.Mode.Lines_Markers, Name: "s"));
        Assert.Equal("lines+markers", Rendered.Text(trace, "mode"));
    }

    [Theory]
    [InlineData("surface")]
    [InlineData("contour")]
    public void GridTracesRecordZRowsAndCoordinates(string type)
    {
        var chart = type == "surface"
            ? Chart.Surface<double, double, double, string>(zData: Z, X: Xs, Y: new[] { 0.0, 1.0 }, Name: type)
            : Chart.Contour<double, double, double, string>(zData: Z, X: Xs, Y: new[] { 0.0, 1.0 }, Name: type);
        var trace = OnlyTrace(chart);
        Assert.Equal(type, Rendered.Text(trace, "type"));
        Assert.Null(Rendered.Text(trace, "mode"));
        Assert.Equal(Z, trace.GetProperty("z").EnumerateArray().Select(Rendered.Numbers).ToArray());
        Assert.Equal(Xs, Rendered.Numbers(trace.GetProperty("x")));
        Assert.Equal(new[] { 0.0, 1.0 }, Rendered.Numbers(trace.GetProperty("y")));
    }

    [Fact]
    public void SurfaceWithoutCoordinatesRecordsEmptyOnes()
    {
        var trace = OnlyTrace(Chart.Surface<double, double, double, string>(zData: Z));
        Assert.Empty(trace.GetProperty("x").EnumerateArray());
        Assert.Empty(trace.GetProperty("y").EnumerateArray());
    }

    [Fact]
    public void CombineKeepsTraceOrderAndLetsLaterLayoutSettingsWin()
    {
        var first = Chart.Point<double, double, string>(x: Xs, y: Ys, Name: "a").WithTitle("first").WithSize(100, 100);
        var second = Chart.Line<double, double, string>(x: Xs, y: Ys, Name: "b").WithTitle("second");
        var json = Rendered.Json(Chart.Combine(new[] { first, second }));
        Assert.Equal(new[] { "a", "b" }, json.GetProperty("traces").EnumerateArray().Select(t => Rendered.Text(t, "name")).ToArray());
        Assert.Equal("second", Rendered.Text(json, "title"));
        Assert.Equal(100, json.GetProperty("width").GetInt32());
    }

    [Fact]
    public void GridNumbersSubplotsAndRecordsItsShape()
    {
        var left = Chart.Combine(new[]
        {
            Chart.Point<double, double, string>(x: Xs, y: Ys, Name: "a"),
            Chart.Line<double, double, string>(x: Xs, y: Ys, Name: "b"),
        });
        var right = Chart.Point<double, double, string>(x: Xs, y: Ys, Name: "c");
        var json = Rendered.Json(Chart.Grid(new[] { left, right }, 1, 2));
        Assert.Equal(new[] { 0, 0, 1 }, json.GetProperty("traces").EnumerateArray().Select(t => t.GetProperty("subplot").GetInt32()).ToArray());
        Assert.Equal(1, json.GetProperty("grid").GetProperty("rows").GetInt32());
        Assert.Equal(2, json.GetProperty("grid").GetProperty("cols").GetInt32());
    }

    [Fact]
    public void CombineNamesANullChartByIndex()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Chart.Combine(new[] { Chart.Point<double, double, string>(x: Xs, y: Ys), null! }));
        Assert.Contains("gCharts[1]", error.Message);
    }
}
