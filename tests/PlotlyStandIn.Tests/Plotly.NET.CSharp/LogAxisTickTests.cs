using PlotlyStandIn.Tests.Support;

namespace PlotlyStandIn.Tests.Plotly.NET.CSharp;

/// <summary>
/// The course's log axis with ticks at powers of ten, in a form the real libraries accept: a <c>new LinearAxis()</c>
/// (every Plotly.NET object is a DynamicObj with a public constructor, like <c>new Slider()</c> in the golden
/// slider_epochs) with DynamicObj <c>SetValue</c> keys, put on the layout by <c>GetLayout().SetValue("yaxis", …)</c>,
/// then <c>WithYAxisStyle</c>, which styles an existing axis in place (its documented behaviour): SetValue keys come
/// first, the style's title and type are appended (index.md: With… mutate, SetValue appends, later keys go last).
/// </summary>
public sealed class LogAxisTickTests
{
    public const string Cell = """
        using Plotly.NET;
        using Plotly.NET.CSharp;
        using Plotly.NET.LayoutObjects;
        using Chart = Plotly.NET.CSharp.Chart;

        int[] epochs = { 1, 2, 3 };
        double[] loss = { 0.1, 0.01, 0.001 };
        var chart = Chart.Line<int, double, string>(x: epochs, y: loss, ShowMarkers: true, Name: "loss");
        var powersOfTen = new LinearAxis();
        powersOfTen.SetValue("exponentformat", "power");
        powersOfTen.SetValue("dtick", 1);
        chart.GetLayout().SetValue("yaxis", powersOfTen);
        chart.WithYAxisStyle<double, double, string>(TitleText: "loss (MSE)", AxisType: StyleParam.AxisType.Log)
        """;

    [Fact]
    public async Task SetValueKeysComeFirstThenTheStyledTitleAndType()
    {
        var chart = Assert.IsType<global::Plotly.NET.GenericChart>(await Scripts.RunAsync(Cell));
        Assert.EndsWith(
            ",\"yaxis\":{\"exponentformat\":\"power\",\"dtick\":1,\"title\":{\"text\":\"loss (MSE)\"},\"type\":\"log\"}},\"config\":{\"responsive\":true}}",
            global::Plotly.NET.GenericChart.toJson(chart));
    }
}
