using System;
using System.Collections.Generic;
using Plotly.NET.TraceObjects;

namespace Plotly.NET.CSharp;

/// <summary>
/// Stand-in for Plotly.NET.CSharp's Chart API. Each function mirrors the real 0.13.0 signature up to the last
/// parameter the course or the golden reference uses (same names, types, order, defaults, constraints) and writes
/// the trace JSON Plotly.NET 5.1.0 writes. Parameters whose JSON is not in the golden reference are rejected at
/// run time with a clear message (see <c>Opt.Unmodelled</c>), never guessed.
/// </summary>
public static partial class Chart
{
    /// <summary>A scatter trace of markers ("markers"; "markers+text" with a TextPosition).</summary>
#pragma warning disable CS1573 // Parameters as in Plotly.NET.CSharp 0.13.0; see its documentation.
    public static GenericChart Point<XType, YType, TextType>(
        IEnumerable<XType> x, IEnumerable<YType> y, Optional<string> Name = default, Optional<bool> ShowLegend = default,
        Optional<double> Opacity = default, Optional<IEnumerable<double>> MultiOpacity = default, Optional<TextType> Text = default,
        Optional<IEnumerable<TextType>> MultiText = default, Optional<StyleParam.TextPosition> TextPosition = default,
        Optional<IEnumerable<StyleParam.TextPosition>> MultiTextPosition = default, Optional<Color> MarkerColor = default,
        Optional<StyleParam.Colorscale> MarkerColorScale = default, Optional<Line> MarkerOutline = default,
        Optional<StyleParam.MarkerSymbol> MarkerSymbol = default, Optional<IEnumerable<StyleParam.MarkerSymbol>> MultiMarkerSymbol = default,
        Optional<Marker> Marker = default, Optional<string> StackGroup = default, Optional<StyleParam.Orientation> Orientation = default,
        Optional<StyleParam.GroupNorm> GroupNorm = default, Optional<bool> UseWebGL = default, Optional<bool> UseDefaults = default)
        where XType : IConvertible where YType : IConvertible where TextType : IConvertible
    {
        const string Function = "Chart.Point";
        Common(Function, Opacity.IsSome, MultiOpacity.IsSome, Text.IsSome, MultiTextPosition.IsSome, MarkerColorScale.IsSome,
            MarkerOutline.IsSome, MultiMarkerSymbol.IsSome, StackGroup.IsSome, Orientation.IsSome, UseWebGL.IsSome);
        var mode = TextPosition.IsSome ? "markers+text" : "markers";
        return Scatter2D(x, y, mode, Name, ShowLegend, MultiText, TextPosition.OrDefault(),
            Markers(Marker, MarkerColor, MarkerSymbol), new Line(), UseDefaults);
    }

    /// <summary>A scatter trace drawn as a line ("lines"; "lines+markers" with ShowMarkers: true).</summary>
    public static GenericChart Line<XType, YType, TextType>(
        IEnumerable<XType> x, IEnumerable<YType> y, Optional<bool> ShowMarkers = default, Optional<string> Name = default,
        Optional<bool> ShowLegend = default, Optional<double> Opacity = default, Optional<IEnumerable<double>> MultiOpacity = default,
        Optional<TextType> Text = default, Optional<IEnumerable<TextType>> MultiText = default,
        Optional<StyleParam.TextPosition> TextPosition = default, Optional<IEnumerable<StyleParam.TextPosition>> MultiTextPosition = default,
        Optional<Color> MarkerColor = default, Optional<StyleParam.Colorscale> MarkerColorScale = default,
        Optional<Line> MarkerOutline = default, Optional<StyleParam.MarkerSymbol> MarkerSymbol = default,
        Optional<IEnumerable<StyleParam.MarkerSymbol>> MultiMarkerSymbol = default, Optional<Marker> Marker = default,
        Optional<Color> LineColor = default, Optional<StyleParam.Colorscale> LineColorScale = default, Optional<double> LineWidth = default,
        Optional<StyleParam.DrawingStyle> LineDash = default, Optional<Line> Line = default, Optional<string> StackGroup = default,
        Optional<StyleParam.Orientation> Orientation = default, Optional<StyleParam.GroupNorm> GroupNorm = default,
        Optional<StyleParam.Fill> Fill = default, Optional<Color> FillColor = default, Optional<bool> UseWebGL = default,
        Optional<bool> UseDefaults = default)
        where XType : IConvertible where YType : IConvertible where TextType : IConvertible
    {
        const string Function = "Chart.Line";
        Common(Function, Opacity.IsSome, MultiOpacity.IsSome, Text.IsSome, MultiTextPosition.IsSome, MarkerColorScale.IsSome,
            MarkerOutline.IsSome, MultiMarkerSymbol.IsSome, StackGroup.IsSome, Orientation.IsSome, UseWebGL.IsSome);
        Opt.Unmodelled(Function, (nameof(TextPosition), TextPosition.IsSome), (nameof(LineColorScale), LineColorScale.IsSome),
            (nameof(FillColor), FillColor.IsSome));
        var mode = ShowMarkers.IsSome && ShowMarkers.Value ? "lines+markers" : "lines";
        return Scatter2D(x, y, mode, Name, ShowLegend, MultiText, null,
            Markers(Marker, MarkerColor, MarkerSymbol), Lines(Line, LineColor, LineWidth, LineDash), UseDefaults);
    }

    /// <summary>A scatter trace with an explicit drawing mode.</summary>
    public static GenericChart Scatter<XType, YType, TextType>(
        IEnumerable<XType> x, IEnumerable<YType> y, StyleParam.Mode mode, Optional<string> Name = default,
        Optional<bool> ShowLegend = default, Optional<double> Opacity = default, Optional<IEnumerable<double>> MultiOpacity = default,
        Optional<TextType> Text = default, Optional<IEnumerable<TextType>> MultiText = default,
        Optional<StyleParam.TextPosition> TextPosition = default, Optional<IEnumerable<StyleParam.TextPosition>> MultiTextPosition = default,
        Optional<Color> MarkerColor = default, Optional<StyleParam.Colorscale> MarkerColorScale = default,
        Optional<Line> MarkerOutline = default, Optional<StyleParam.MarkerSymbol> MarkerSymbol = default,
        Optional<IEnumerable<StyleParam.MarkerSymbol>> MultiMarkerSymbol = default, Optional<Marker> Marker = default,
        Optional<Color> LineColor = default, Optional<StyleParam.Colorscale> LineColorScale = default, Optional<double> LineWidth = default,
        Optional<StyleParam.DrawingStyle> LineDash = default, Optional<Line> Line = default, Optional<string> StackGroup = default,
        Optional<StyleParam.Orientation> Orientation = default, Optional<StyleParam.GroupNorm> GroupNorm = default,
        Optional<StyleParam.Fill> Fill = default, Optional<Color> FillColor = default, Optional<bool> UseWebGL = default,
        Optional<bool> UseDefaults = default)
        where XType : IConvertible where YType : IConvertible where TextType : IConvertible
#pragma warning restore CS1573
    {
        ArgumentNullException.ThrowIfNull(mode);
        const string Function = "Chart.Scatter";
        Common(Function, Opacity.IsSome, MultiOpacity.IsSome, Text.IsSome, MultiTextPosition.IsSome, MarkerColorScale.IsSome,
            MarkerOutline.IsSome, MultiMarkerSymbol.IsSome, StackGroup.IsSome, Orientation.IsSome, UseWebGL.IsSome);
        Opt.Unmodelled(Function, (nameof(TextPosition), TextPosition.IsSome), (nameof(LineColorScale), LineColorScale.IsSome),
            (nameof(FillColor), FillColor.IsSome));
        return Scatter2D(x, y, (string)mode.Json, Name, ShowLegend, MultiText, null,
            Markers(Marker, MarkerColor, MarkerSymbol), Lines(Line, LineColor, LineWidth, LineDash), UseDefaults);
    }

    // Keys in Plotly.NET's order: type, name, showlegend, mode, x, y, text, textposition, marker, line.
    private static GenericChart Scatter2D<XType, YType, TextType>(
        IEnumerable<XType> x, IEnumerable<YType> y, string mode, Optional<string> name, Optional<bool> showLegend,
        Optional<IEnumerable<TextType>> multiText, StyleParam.TextPosition? textPosition, Marker marker, Line line, Optional<bool> useDefaults)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var trace = new Trace("scatter");
        trace.SetIf("name", name.Boxed);
        trace.SetIf("showlegend", showLegend.Boxed);
        trace.SetValue("mode", mode);
        trace.SetValue("x", x);   // stored as given (not copied), as Plotly.NET does: serialized when the chart is
        trace.SetValue("y", y);
        trace.SetIf("text", multiText.Boxed);
        trace.SetIf("textposition", textPosition?.Json);
        trace.SetValue("marker", marker);
        trace.SetValue("line", line);
        return GenericChart.Of(trace, !useDefaults.IsSome || useDefaults.Value);
    }

    private static Marker Markers(Optional<Marker> marker, Optional<Color> color, Optional<StyleParam.MarkerSymbol> symbol) =>
        (marker.OrDefault() ?? new Marker()).Style(color: color.OrDefault(), symbol: symbol.OrDefault());

    private static Line Lines(Optional<Line> line, Optional<Color> color, Optional<double> width, Optional<StyleParam.DrawingStyle> dash) =>
        (line.OrDefault() ?? new Line()).Style(color.OrDefault(), width.Boxed, dash.OrDefault());

    private static void Common(string function, bool opacity, bool multiOpacity, bool text, bool multiTextPosition, bool markerColorScale,
        bool markerOutline, bool multiMarkerSymbol, bool stackGroup, bool orientation, bool useWebGl)
    {
        Opt.Unmodelled(function,
            ("Opacity", opacity), ("MultiOpacity", multiOpacity), ("Text", text),
            ("MultiTextPosition", multiTextPosition), ("MarkerColorScale", markerColorScale),
            ("MarkerOutline", markerOutline), ("MultiMarkerSymbol", multiMarkerSymbol), ("StackGroup", stackGroup),
            ("Orientation", orientation), ("UseWebGL", useWebGl));
    }
}
