using System;

namespace Plotly.NET.CSharp;

/// <summary>
/// Stand-in for Plotly.NET.CSharp's fluent extensions. Signatures mirror 0.13.0 up to the last parameter the
/// course may use. WithTraceInfo, SaveHtml and Show also exist in Plotly.NET.GenericChartExtensions, so with both
/// namespaces imported those calls are ambiguous (CS0121), exactly as with the real packages.
/// </summary>
public static class GenericChartExtensions
{
    /// <summary>Writes the chart page to <paramref name="path"/> (".html" is appended if missing).</summary>
    /// <param name="gChart">The chart.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="OpenInBrowser">Ignored offline: the stand-in never starts a browser.</param>
    public static void SaveHtml(this GenericChart gChart, string path, Optional<bool> OpenInBrowser = default) =>
        HtmlFile.Write(gChart, path);

    /// <summary>Does nothing offline: the real method opens a browser, which a headless test run must not do.</summary>
    /// <param name="gChart">The chart.</param>
    public static void Show(this GenericChart gChart) => ArgumentNullException.ThrowIfNull(gChart);

    /// <summary>Sets name, visibility and legend flag of every trace of the chart.</summary>
    /// <param name="gChart">The chart.</param>
    /// <param name="Name">Trace name (legend entry).</param>
    /// <param name="Visible">Visibility (not recorded).</param>
    /// <param name="ShowLegend">Whether the trace appears in the legend.</param>
    public static GenericChart WithTraceInfo(
        this GenericChart gChart,
        Optional<string> Name = default,
        Optional<StyleParam.Visible> Visible = default,
        Optional<bool> ShowLegend = default)
    {
        ArgumentNullException.ThrowIfNull(gChart);
        return TraceInfo.Apply(gChart, Name.OrDefault(), ShowLegend.IsSome ? ShowLegend.Value : null);
    }

    /// <summary>Sets the chart size in pixels; an omitted dimension keeps its value.</summary>
    /// <param name="gChart">The chart.</param>
    /// <param name="Width">Width in pixels.</param>
    /// <param name="Height">Height in pixels.</param>
    public static GenericChart WithSize(this GenericChart gChart, Optional<int> Width = default, Optional<int> Height = default)
    {
        ArgumentNullException.ThrowIfNull(gChart);
        return gChart.WithLayout(l => l with
        {
            Width = Width.IsSome ? Width.Value : l.Width,
            Height = Height.IsSome ? Height.Value : l.Height,
        });
    }

    /// <summary>Styles the x axis; only the given settings change (axis styles merge).</summary>
    /// <param name="gChart">The chart.</param>
    /// <param name="TitleText">Axis title text.</param>
    /// <param name="TitleFont">Axis title font (not recorded).</param>
    /// <param name="TitleStandoff">Title distance from the axis (not recorded).</param>
    /// <param name="Title">Axis title object; its text is used when TitleText is not given.</param>
    /// <param name="Color">Axis color (not recorded).</param>
    /// <param name="AxisType">Axis scale type (linear, log, ...).</param>
    /// <param name="MinMax">Axis range (not recorded).</param>
    public static GenericChart WithXAxisStyle<MinType, MaxType, CategoryArrayType>(
        this GenericChart gChart,
        Optional<string> TitleText = default,
        Optional<Font> TitleFont = default,
        Optional<int> TitleStandoff = default,
        Optional<Title> Title = default,
        Optional<Color> Color = default,
        Optional<StyleParam.AxisType> AxisType = default,
        Optional<Tuple<MinType, MaxType>> MinMax = default)
        where MinType : IConvertible
        where MaxType : IConvertible
        where CategoryArrayType : IConvertible
    {
        ArgumentNullException.ThrowIfNull(gChart);
        var axis = Axis(TitleText, Title, AxisType);
        return gChart.WithLayout(l => l with { XAxis = l.XAxis.Merge(axis) });
    }

    /// <summary>Styles the y axis; only the given settings change (axis styles merge).</summary>
    /// <param name="gChart">The chart.</param>
    /// <param name="TitleText">Axis title text.</param>
    /// <param name="TitleFont">Axis title font (not recorded).</param>
    /// <param name="TitleStandoff">Title distance from the axis (not recorded).</param>
    /// <param name="Title">Axis title object; its text is used when TitleText is not given.</param>
    /// <param name="Color">Axis color (not recorded).</param>
    /// <param name="AxisType">Axis scale type (linear, log, ...).</param>
    /// <param name="MinMax">Axis range (not recorded).</param>
    public static GenericChart WithYAxisStyle<MinType, MaxType, CategoryArrayType>(
        this GenericChart gChart,
        Optional<string> TitleText = default,
        Optional<Font> TitleFont = default,
        Optional<int> TitleStandoff = default,
        Optional<Title> Title = default,
        Optional<Color> Color = default,
        Optional<StyleParam.AxisType> AxisType = default,
        Optional<Tuple<MinType, MaxType>> MinMax = default)
        where MinType : IConvertible
        where MaxType : IConvertible
        where CategoryArrayType : IConvertible
    {
        ArgumentNullException.ThrowIfNull(gChart);
        var axis = Axis(TitleText, Title, AxisType);
        return gChart.WithLayout(l => l with { YAxis = l.YAxis.Merge(axis) });
    }

    private static AxisRecord Axis(Optional<string> titleText, Optional<Title> title, Optional<StyleParam.AxisType> axisType) =>
        new(titleText.OrDefault() ?? title.OrDefault()?.Text, axisType.OrDefault()?.ToString());
}
