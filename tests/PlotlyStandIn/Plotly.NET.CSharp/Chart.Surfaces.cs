using System;
using System.Collections.Generic;
using Plotly.NET.TraceObjects;

namespace Plotly.NET.CSharp;

public static partial class Chart
{
#pragma warning disable CS1573 // Parameters as in Plotly.NET.CSharp 0.13.0; see its documentation.
    /// <summary>A heatmap of z (rows = y values); keys type, name, x, y, z, colorbar, colorscale, showscale.</summary>
    public static GenericChart Heatmap<ZType, XType, YType, TextType>(
        IEnumerable<IEnumerable<ZType>> zData, Optional<string> Name = default, Optional<bool> ShowLegend = default,
        Optional<double> Opacity = default, Optional<IEnumerable<XType>> X = default,
        Optional<IEnumerable<IEnumerable<XType>>> MultiX = default, Optional<int> XGap = default,
        Optional<IEnumerable<YType>> Y = default, Optional<IEnumerable<IEnumerable<YType>>> MultiY = default,
        Optional<int> YGap = default, Optional<TextType> Text = default, Optional<IEnumerable<TextType>> MultiText = default,
        Optional<ColorBar> ColorBar = default, Optional<StyleParam.Colorscale> ColorScale = default, Optional<bool> ShowScale = default)
        where ZType : IConvertible where XType : IConvertible where YType : IConvertible where TextType : IConvertible
    {
        Opt.Unmodelled("Chart.Heatmap", (nameof(ShowLegend), ShowLegend.IsSome), (nameof(Opacity), Opacity.IsSome), (nameof(MultiX), MultiX.IsSome),
            (nameof(XGap), XGap.IsSome), (nameof(MultiY), MultiY.IsSome), (nameof(YGap), YGap.IsSome), (nameof(Text), Text.IsSome),
            (nameof(MultiText), MultiText.IsSome));
        var trace = GridTrace("heatmap", zData, Name, X, Y);
        trace.SetIf("colorbar", ColorBar.Boxed);
        trace.SetIf("colorscale", ColorScale.OrDefault()?.Json);
        trace.SetIf("showscale", ShowScale.Boxed);
        return GenericChart.Of(trace, useDefaults: true);
    }

    /// <summary>
    /// A contour plot of z (rows = y values); keys type, name, x, y, z, line {"width":0.0}, colorbar, colorscale,
    /// showscale, contours {showlabels}, ncontours.
    /// </summary>
    public static GenericChart Contour<ZType, XType, YType, TextType>(
        IEnumerable<IEnumerable<ZType>> zData, Optional<string> Name = default, Optional<bool> ShowLegend = default,
        Optional<double> Opacity = default, Optional<IEnumerable<XType>> X = default, Optional<IEnumerable<YType>> Y = default,
        Optional<TextType> Text = default, Optional<IEnumerable<TextType>> MultiText = default, Optional<ColorBar> ColorBar = default,
        Optional<StyleParam.Colorscale> ColorScale = default, Optional<bool> ShowScale = default, Optional<bool> ReverseScale = default,
        Optional<bool> Transpose = default, Optional<Color> ContourLineColor = default,
        Optional<StyleParam.DrawingStyle> ContourLineDash = default, Optional<double> ContourLineSmoothing = default,
        Optional<Line> ContourLine = default, Optional<StyleParam.ContourColoring> ContoursColoring = default,
        Optional<StyleParam.ConstraintOperation> ContoursOperation = default, Optional<StyleParam.ContourType> ContoursType = default,
        Optional<bool> ShowContourLabels = default, Optional<Font> ContourLabelFont = default,
        Optional<Contours> Contours = default, Optional<Color> FillColor = default, Optional<int> NContours = default)
        where ZType : IConvertible where XType : IConvertible where YType : IConvertible where TextType : IConvertible
#pragma warning restore CS1573
    {
        Opt.Unmodelled("Chart.Contour", (nameof(ShowLegend), ShowLegend.IsSome), (nameof(Opacity), Opacity.IsSome), (nameof(Text), Text.IsSome),
            (nameof(MultiText), MultiText.IsSome), (nameof(ReverseScale), ReverseScale.IsSome), (nameof(Transpose), Transpose.IsSome),
            (nameof(ContourLineColor), ContourLineColor.IsSome), (nameof(ContourLineDash), ContourLineDash.IsSome),
            (nameof(ContourLineSmoothing), ContourLineSmoothing.IsSome), (nameof(ContourLine), ContourLine.IsSome),
            (nameof(ContourLabelFont), ContourLabelFont.IsSome), (nameof(Contours), Contours.IsSome), (nameof(FillColor), FillColor.IsSome));
        var trace = GridTrace("contour", zData, Name, X, Y);
        trace.SetValue("line", new Line().Style(null, 0.0, null));
        trace.SetIf("colorbar", ColorBar.Boxed);
        trace.SetIf("colorscale", ColorScale.OrDefault()?.Json);
        trace.SetIf("showscale", ShowScale.Boxed);
        var contours = new DynamicObj.DynamicObj();
        contours.SetIf("showlabels", ShowContourLabels.Boxed);
        trace.SetValue("contours", contours);
        trace.SetIf("ncontours", NContours.Boxed);
        return GenericChart.Of(trace, useDefaults: true);
    }

    // z is stored as given: a double[][] and a lazy IEnumerable<IEnumerable<double>> serialize alike, row by row.
    private static Trace GridTrace<ZType, XType, YType>(
        string type, IEnumerable<IEnumerable<ZType>> zData, Optional<string> name, Optional<IEnumerable<XType>> x, Optional<IEnumerable<YType>> y)
    {
        ArgumentNullException.ThrowIfNull(zData);
        var trace = new Trace(type);
        trace.SetIf("name", name.Boxed);
        trace.SetIf("x", x.Boxed);
        trace.SetIf("y", y.Boxed);
        trace.SetValue("z", zData);
        return trace;
    }
}
