using System;

namespace Plotly.NET.CSharp;

public static partial class GenericChartExtensions
{
    /// <summary>
    /// Styles the x axis (layout "xaxis"), merging into an axis already there: keys title, type, range, showgrid,
    /// zeroline. All three type arguments are needed from C#: <c>.WithXAxisStyle&lt;double, double, string&gt;(…)</c>.
    /// </summary>
#pragma warning disable CS1573 // Parameters as in Plotly.NET.CSharp 0.13.0 (up to ZeroLine); modelled ones are in the summary.
    public static GenericChart WithXAxisStyle<MinType, MaxType, CategoryArrayType>(
        this GenericChart gChart, Optional<string> TitleText = default, Optional<Font> TitleFont = default,
        Optional<int> TitleStandoff = default, Optional<Title> Title = default, Optional<Color> Color = default,
        Optional<StyleParam.AxisType> AxisType = default, Optional<Tuple<MinType, MaxType>> MinMax = default,
        Optional<StyleParam.Mirror> Mirror = default, Optional<bool> ShowSpikes = default, Optional<Color> SpikeColor = default,
        Optional<int> SpikeThickness = default, Optional<bool> ShowLine = default, Optional<Color> LineColor = default,
        Optional<bool> ShowGrid = default, Optional<Color> GridColor = default, Optional<bool> ZeroLine = default)
        where MinType : IConvertible where MaxType : IConvertible where CategoryArrayType : IConvertible =>
        AxisStyle(gChart, "xaxis", TitleText, TitleFont, TitleStandoff, Title, Color, AxisType, LinearAxisRange(MinMax),
            ShowSpikes.IsSome || SpikeColor.IsSome || SpikeThickness.IsSome || ShowLine.IsSome || LineColor.IsSome || GridColor.IsSome,
            ShowGrid, ZeroLine);

    /// <summary>
    /// Styles the y axis (layout "yaxis"), merging into an axis already there: keys title, type, range, showgrid,
    /// zeroline. All three type arguments are needed from C#: <c>.WithYAxisStyle&lt;double, double, string&gt;(…)</c>.
    /// </summary>
    public static GenericChart WithYAxisStyle<MinType, MaxType, CategoryArrayType>(
        this GenericChart gChart, Optional<string> TitleText = default, Optional<Font> TitleFont = default,
        Optional<int> TitleStandoff = default, Optional<Title> Title = default, Optional<Color> Color = default,
        Optional<StyleParam.AxisType> AxisType = default, Optional<Tuple<MinType, MaxType>> MinMax = default,
        Optional<StyleParam.Mirror> Mirror = default, Optional<bool> ShowSpikes = default, Optional<Color> SpikeColor = default,
        Optional<int> SpikeThickness = default, Optional<bool> ShowLine = default, Optional<Color> LineColor = default,
        Optional<bool> ShowGrid = default, Optional<Color> GridColor = default, Optional<bool> ZeroLine = default)
        where MinType : IConvertible where MaxType : IConvertible where CategoryArrayType : IConvertible =>
        AxisStyle(gChart, "yaxis", TitleText, TitleFont, TitleStandoff, Title, Color, AxisType, LinearAxisRange(MinMax),
            ShowSpikes.IsSome || SpikeColor.IsSome || SpikeThickness.IsSome || ShowLine.IsSome || LineColor.IsSome || GridColor.IsSome,
            ShowGrid, ZeroLine);
#pragma warning restore CS1573

    private static object[]? LinearAxisRange<TMin, TMax>(Optional<Tuple<TMin, TMax>> minMax) =>
        LayoutObjects.LinearAxis.Range(minMax.OrDefault());

    private static GenericChart AxisStyle(
        GenericChart gChart, string key, Optional<string> titleText, Optional<Font> titleFont, Optional<int> titleStandoff,
        Optional<Title> title, Optional<Color> color, Optional<StyleParam.AxisType> axisType, object[]? range,
        bool unmodelledLineStyle, Optional<bool> showGrid, Optional<bool> zeroLine)
    {
        const string Function = "WithXAxisStyle/WithYAxisStyle";
        Opt.Unmodelled(Function,
            ("TitleStandoff", titleStandoff.IsSome), ("Color", color.IsSome),
            ("ShowSpikes/SpikeColor/SpikeThickness/ShowLine/LineColor/GridColor", unmodelledLineStyle));
        // Plotly.NET styles the given Title object (or a new one) with TitleText and TitleFont.
        Title? axisTitle = null;
        if (title.IsSome || titleText.IsSome || titleFont.IsSome)
        {
            axisTitle = title.OrDefault() ?? new Title();
            axisTitle.SetIf("text", titleText.Boxed);
            axisTitle.SetIf("font", titleFont.Boxed);
        }

        return Styling.Axis(gChart, key, axisTitle, axisType.OrDefault(), range,
            showGrid.IsSome ? showGrid.Value : null, zeroLine.IsSome ? zeroLine.Value : null);
    }
}
