using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace PlotlyStandIn.Tests.Plotly.NET;

/// <summary>Behaviour beyond the golden cases: mutation, stored data, pages on disk, null and unmodelled arguments.</summary>
public sealed class GenericChartTests
{
    private static readonly double[] Xs = [0.0, 1.0, 2.0];

    [Fact]
    public void WithFunctionsChangeTheChartTheyAreGivenLikeTheRealLibrary()
    {
        var point = Chart.Point<double, double, string>(x: Xs, y: Xs);
        var line = Chart.Line<double, double, string>(x: Xs, y: Xs);
        Chart.Combine(new[] { point, line }).WithTitle("T");
        point.WithSize(800, 450);
        var json = GenericChart.toJson(point);
        Assert.Contains("\"title\":{\"text\":\"T\"}", json);
        Assert.StartsWith("{\"data\":[{\"type\":\"scatter\",\"mode\":\"markers\"", json);
        Assert.Contains("\"layout\":{\"width\":800,\"height\":450,", json);
    }

    [Fact]
    public void DataAreStoredAsGivenAndWrittenWhenSerialized()
    {
        var y = new[] { 1.0, 2.0, 3.0 };
        var chart = Chart.Line<double, double, string>(x: Xs, y: y);
        y[1] = 0.5;   // Plotly.NET keeps the caller's sequence: a later change shows in the figure
        Assert.Contains("\"y\":[1.0,0.5,3.0]", GenericChart.toJson(chart));
    }

    [Fact]
    public void SaveHtmlWritesTheEmbeddedPageAndAddsTheHtmlExtension()
    {
        var chart = Chart.Line<double, double, string>(x: Xs, y: Xs, Name: "saved");
        var path = Path.Combine(Path.GetTempPath(), "standin-" + Guid.NewGuid().ToString("N"));
        try
        {
            global::Plotly.NET.CSharp.GenericChartExtensions.SaveHtml(chart, path);
            var page = File.ReadAllText(path + ".html");
            Assert.StartsWith("<!DOCTYPE html>\n<html><head><script src=\"https://cdn.plot.ly/plotly-2.27.1.min.js\"", page);
            Assert.Contains("\"name\":\"saved\"", page);
        }
        finally
        {
            File.Delete(path + ".html");
        }
    }

    [Fact]
    public void ShowDoesNothingOfflineButRejectsNull()
    {
        global::Plotly.NET.CSharp.GenericChartExtensions.Show(Chart.Point<double, double, string>(x: Xs, y: Xs));
        Assert.Equal("gChart", Assert.Throws<ArgumentNullException>(() => global::Plotly.NET.CSharp.GenericChartExtensions.Show(null!)).ParamName);
    }

    [Fact]
    public void NullChartsAndMissingDataAreRejectedByName()
    {
        Assert.Equal("gChart", Assert.Throws<ArgumentNullException>(() => GenericChart.toJson(null!)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentNullException>(() => Chart.Line<double, double, string>(x: null!, y: Xs)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => Chart.Combine(new GenericChart[] { Chart.Point<double, double, string>(x: Xs, y: Xs), null! }));
        Assert.Contains("gCharts[1] is null", error.Message);
    }

    [Fact]
    public void AParameterWhoseJsonIsNotModelledFailsNamingIt()
    {
        var error = Assert.Throws<NotSupportedException>(() => Chart.Line<double, double, string>(x: Xs, y: Xs, Opacity: 0.5));
        Assert.Contains("Chart.Line: parameter 'Opacity' is not modelled", error.Message);
    }

    [Fact]
    public void AFullPlotlyJsPageIsRefusedOfflineWithAClearMessage()
    {
        var chart = global::Plotly.NET.Chart.WithDisplayOptions(DisplayOptions.init(PlotlyJSReference: PlotlyJSReference.Full))
            .Invoke(Chart.Point<double, double, string>(x: Xs, y: Xs));
        Assert.Contains("cannot inline plotly.js", Assert.Throws<NotSupportedException>(() => GenericChart.toEmbeddedHTML(chart)).Message);
    }

    [Fact]
    public void BadColorsAreRejectedNamingTheParameter()
    {
        Assert.Equal("s", Assert.Throws<ArgumentException>(() => Color.fromHex("#12345")).ParamName);
        Assert.Equal("g", Assert.Throws<ArgumentOutOfRangeException>(() => Color.fromRGB(0, 256, 0)).ParamName);
    }
}
