using System.Text.Json.Nodes;
using Plotly.NET;
using Plotly.NET.CSharp;
using PlotlyStandIn.Tests.Support;
using Chart = Plotly.NET.CSharp.Chart;

namespace PlotlyStandIn.Tests.Plotly.NET;

/// <summary>The recording format of toChartHTML (the contract the notebook tests read) and toEmbeddedHTML.</summary>
public sealed class GenericChartTests
{
    private static readonly double[] Xs = { 0.5, 1.5, 2.5, 3.5 };
    private static readonly double[] Ys = { 1.0, 0.1, 0.01, 0.001 };
    private static readonly double[] Fit = { 0.9, 0.12, 0.011, 0.0012 };

    [Fact]
    public void ConventionChartProducesTheDocumentedJson()
    {
        var chart = Chart.Combine(new[]
            {
                Chart.Point<double, double, string>(x: Xs, y: Ys, Name: "data"),
                Chart.Line<double, double, string>(x: Xs, y: Fit, Name: "fit"),
            })
            .WithTitle("Loss per epoch")
            .WithXAxisStyle<double, double, string>(TitleText: "epoch")
            .WithYAxisStyle<double, double, string>(TitleText: "loss", AxisType: StyleParam.AxisType.Log);

        var expected = new JsonObject
        {
            ["title"] = "Loss per epoch",
            ["xAxis"] = new JsonObject { ["title"] = "epoch", ["type"] = null },
            ["yAxis"] = new JsonObject { ["title"] = "loss", ["type"] = "log" },
            ["width"] = null,
            ["height"] = null,
            ["grid"] = null,
            ["traces"] = new JsonArray(Trace("markers", "data", Xs, Ys), Trace("lines", "fit", Xs, Fit)),
        };
        var actual = JsonNode.Parse(Rendered.Json(chart).GetRawText());
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected.ToJsonString()}\nbut got {actual?.ToJsonString()}");
    }

    [Fact]
    public void NonFiniteNumbersAreRecordedAsNamedLiteralsInsteadOfThrowing()
    {
        var chart = Chart.Line<double, double, string>(x: new[] { 1.0, 2.0, 3.0 }, y: new[] { 1.0, double.NaN, double.PositiveInfinity });
        var y = Rendered.Json(chart).GetProperty("traces")[0].GetProperty("y");
        Assert.Equal(new[] { "1", "\"NaN\"", "\"Infinity\"" }, y.EnumerateArray().Select(e => e.GetRawText()).ToArray());
    }

    [Fact]
    public void TextThatLooksLikeHtmlCannotCloseTheScriptElement()
    {
        var chart = Chart.Point<double, double, string>(x: Xs, y: Ys, Name: "</script><b>");
        var html = GenericChart.toChartHTML(chart);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "</script>"));
        Assert.Equal("</script><b>", Rendered.Text(Rendered.Json(chart).GetProperty("traces")[0], "name"));
    }

    [Fact]
    public void EmbeddedHtmlIsAWholePageAroundTheChartFragment()
    {
        var chart = Chart.Point<double, double, string>(x: Xs, y: Ys, Name: "data");
        var page = GenericChart.toEmbeddedHTML(chart);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains(GenericChart.toChartHTML(chart), page);
        Assert.EndsWith("</html>\n", page);
    }

    [Fact]
    public void NullChartIsRejectedByName()
    {
        var error = Assert.Throws<ArgumentNullException>(() => GenericChart.toChartHTML(null!));
        Assert.Equal("gChart", error.ParamName);
    }

    private static JsonObject Trace(string mode, string name, double[] x, double[] y) => new()
    {
        ["type"] = "scatter",
        ["mode"] = mode,
        ["name"] = name,
        ["showLegend"] = null,
        ["subplot"] = null,
        ["x"] = new JsonArray(x.Select(v => (JsonNode?)v).ToArray()),
        ["y"] = new JsonArray(y.Select(v => (JsonNode?)v).ToArray()),
        ["z"] = null,
    };
}
