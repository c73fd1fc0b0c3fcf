using System;
using System.Collections.Generic;

namespace Plotly.NET.CSharp;

/// <summary>
/// Stand-in for Plotly.NET.CSharp's chart constructors. Each mirrors the real 0.13.0 signature up to the last
/// parameter the course may use (same names, types, order and defaults); the real trailing optional parameters
/// are left out, so code using them fails to compile here instead of silently passing.
/// </summary>
public static partial class Chart
{
    /// <summary>A scatter trace drawn as markers only.</summary>
    /// <param name="x">X coordinates.</param>
    /// <param name="y">Y coordinates.</param>
    /// <param name="Name">Trace name (legend entry).</param>
    /// <param name="ShowLegend">Whether the trace appears in the legend.</param>
    /// <param name="Opacity">Trace opacity (not recorded).</param>
    /// <param name="MultiOpacity">Per-point opacity (not recorded).</param>
    /// <param name="Text">Text for every point (not recorded).</param>
    /// <param name="MultiText">Text per point (not recorded).</param>
    public static GenericChart Point<XType, YType, TextType>(
        IEnumerable<XType> x,
        IEnumerable<YType> y,
        Optional<string> Name = default,
        Optional<bool> ShowLegend = default,
        Optional<double> Opacity = default,
        Optional<IEnumerable<double>> MultiOpacity = default,
        Optional<TextType> Text = default,
        Optional<IEnumerable<TextType>> MultiText = default)
        where XType : IConvertible
        where YType : IConvertible
        where TextType : IConvertible =>
        ScatterTrace(x, y, "markers", Name, ShowLegend);

    /// <summary>A scatter trace drawn as a line (with markers when <paramref name="ShowMarkers"/> is true).</summary>
    /// <param name="x">X coordinates.</param>
    /// <param name="y">Y coordinates.</param>
    /// <param name="ShowMarkers">Whether to draw markers on the line.</param>
    /// <param name="Name">Trace name (legend entry).</param>
    /// <param name="ShowLegend">Whether the trace appears in the legend.</param>
    /// <param name="Opacity">Trace opacity (not recorded).</param>
    /// <param name="MultiOpacity">Per-point opacity (not recorded).</param>
    /// <param name="Text">Text for every point (not recorded).</param>
    /// <param name="MultiText">Text per point (not recorded).</param>
    public static GenericChart Line<XType, YType, TextType>(
        IEnumerable<XType> x,
        IEnumerable<YType> y,
        Optional<bool> ShowMarkers = default,
        Optional<string> Name = default,
        Optional<bool> ShowLegend = default,
        Optional<double> Opacity = default,
        Optional<IEnumerable<double>> MultiOpacity = default,
        Optional<TextType> Text = default,
        Optional<IEnumerable<TextType>> MultiText = default)
        where XType : IConvertible
        where YType : IConvertible
        where TextType : IConvertible =>
        ScatterTrace(x, y, ShowMarkers.IsSome && ShowMarkers.Value ? "lines+markers" : "lines", Name, ShowLegend);

    /// <summary>A scatter trace with an explicit drawing mode.</summary>
    /// <param name="x">X coordinates.</param>
    /// <param name="y">Y coordinates.</param>
    /// <param name="mode">Drawing mode (lines, markers, ...).</param>
    /// <param name="Name">Trace name (legend entry).</param>
    /// <param name="ShowLegend">Whether the trace appears in the legend.</param>
    /// <param name="Opacity">Trace opacity (not recorded).</param>
    /// <param name="MultiOpacity">Per-point opacity (not recorded).</param>
    /// <param name="Text">Text for every point (not recorded).</param>
    /// <param name="MultiText">Text per point (not recorded).</param>
    public static GenericChart Scatter<XType, YType, TextType>(
        IEnumerable<XType> x,
        IEnumerable<YType> y,
        StyleParam.Mode mode,
        Optional<string> Name = default,
        Optional<bool> ShowLegend = default,
        Optional<double> Opacity = default,
        Optional<IEnumerable<double>> MultiOpacity = default,
        Optional<TextType> Text = default,
        Optional<IEnumerable<TextType>> MultiText = default)
        where XType : IConvertible
        where YType : IConvertible
        where TextType : IConvertible
    {
        ArgumentNullException.ThrowIfNull(mode);
        return ScatterTrace(x, y, mode.ToString(), Name, ShowLegend);
    }

    private static GenericChart ScatterTrace<XType, YType>(
        IEnumerable<XType> x, IEnumerable<YType> y, string mode, Optional<string> name, Optional<bool> showLegend)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return GenericChart.OfTrace(new TraceRecord(
            "scatter",
            mode,
            name.OrDefault(),
            showLegend.IsSome ? showLegend.Value : null,
            null,
            RecordedValues.List(x),
            RecordedValues.List(y),
            null));
    }
}
