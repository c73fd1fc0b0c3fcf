using System;
using Microsoft.FSharp.Core;
using Plotly.NET.LayoutObjects;

namespace Plotly.NET;

/// <summary>
/// Stand-in for Plotly.NET's F# <c>Chart</c> type. Its name makes <c>Chart</c> ambiguous (CS0104) when both
/// Plotly.NET and Plotly.NET.CSharp are imported without <c>using Chart = Plotly.NET.CSharp.Chart;</c>. Its F#
/// functions return <c>GenericChart -&gt; GenericChart</c>, called from C# as
/// <c>Plotly.NET.Chart.WithTraceInfo(…).Invoke(chart)</c> (compiled names are upper case: no <c>withSlider</c>).
/// </summary>
public static class Chart
{
    /// <summary>Sets trace info on every trace of the chart it is applied to.</summary>
    /// <param name="Name">Trace name (several traces: name, name_1, …).</param>
    /// <param name="Visible">Visibility.</param>
    /// <param name="ShowLegend">Whether the traces are in the legend.</param>
    /// <param name="LegendRank">Legend rank.</param>
    /// <param name="LegendGroup">Legend group.</param>
    public static FSharpFunc<GenericChart, GenericChart> WithTraceInfo(
        FSharpOption<string>? Name = null,
        FSharpOption<StyleParam.Visible>? Visible = null,
        FSharpOption<bool>? ShowLegend = null,
        FSharpOption<int>? LegendRank = null,
        FSharpOption<string>? LegendGroup = null) =>
        Function(chart => chart.WithTraceInfo(Name, Visible, ShowLegend, LegendRank, LegendGroup));

    /// <summary>Sets the display options (how pages load plotly.js); the figure JSON does not change.</summary>
    /// <param name="displayOpts">The display options.</param>
    public static FSharpFunc<GenericChart, GenericChart> WithDisplayOptions(DisplayOptions displayOpts)
    {
        ArgumentNullException.ThrowIfNull(displayOpts);
        return Function(chart =>
        {
            chart.DisplayOptions = displayOpts;
            return chart;
        });
    }

    /// <summary>Sets the layout's sliders to this one slider.</summary>
    /// <param name="slider">The slider.</param>
    public static FSharpFunc<GenericChart, GenericChart> WithSlider(Slider slider)
    {
        ArgumentNullException.ThrowIfNull(slider);
        return Function(chart => chart.WithSlider(slider));
    }

    private static FSharpFunc<GenericChart, GenericChart> Function(Func<GenericChart, GenericChart> apply) =>
        FuncConvert.FromFunc<GenericChart, GenericChart>(chart =>
        {
            ArgumentNullException.ThrowIfNull(chart);
            return apply(chart);
        });
}
