using System;
using System.Collections.Generic;

namespace Plotly.NET.CSharp;

public static partial class Chart
{
    /// <summary>A 3D surface of z over an (x, y) grid.</summary>
    /// <param name="zData">Rows of z values (one row per y).</param>
    /// <param name="X">X coordinates of the columns (recorded as given; empty when omitted).</param>
    /// <param name="Y">Y coordinates of the rows (recorded as given; empty when omitted).</param>
    /// <param name="Name">Trace name (legend entry).</param>
    /// <param name="ShowLegend">Whether the trace appears in the legend.</param>
    /// <param name="Opacity">Trace opacity (not recorded).</param>
    /// <param name="Text">Text for every point (not recorded).</param>
    /// <param name="MultiText">Text per point (not recorded).</param>
    public static GenericChart Surface<ZType, XType, YType, TextType>(
        IEnumerable<IEnumerable<ZType>> zData,
        Optional<IEnumerable<XType>> X = default,
        Optional<IEnumerable<YType>> Y = default,
        Optional<string> Name = default,
        Optional<bool> ShowLegend = default,
        Optional<double> Opacity = default,
        Optional<TextType> Text = default,
        Optional<IEnumerable<TextType>> MultiText = default)
        where ZType : IConvertible
        where XType : IConvertible
        where YType : IConvertible
        where TextType : IConvertible =>
        GridTrace("surface", zData, X, Y, Name, ShowLegend);

    /// <summary>A 2D contour plot of z over an (x, y) grid.</summary>
    /// <param name="zData">Rows of z values (one row per y).</param>
    /// <param name="Name">Trace name (legend entry).</param>
    /// <param name="ShowLegend">Whether the trace appears in the legend.</param>
    /// <param name="Opacity">Trace opacity (not recorded).</param>
    /// <param name="X">X coordinates of the columns (recorded as given; empty when omitted).</param>
    /// <param name="Y">Y coordinates of the rows (recorded as given; empty when omitted).</param>
    /// <param name="Text">Text for every point (not recorded).</param>
    /// <param name="MultiText">Text per point (not recorded).</param>
    public static GenericChart Contour<ZType, XType, YType, TextType>(
        IEnumerable<IEnumerable<ZType>> zData,
        Optional<string> Name = default,
        Optional<bool> ShowLegend = default,
        Optional<double> Opacity = default,
        Optional<IEnumerable<XType>> X = default,
        Optional<IEnumerable<YType>> Y = default,
        Optional<TextType> Text = default,
        Optional<IEnumerable<TextType>> MultiText = default)
        where ZType : IConvertible
        where XType : IConvertible
        where YType : IConvertible
        where TextType : IConvertible =>
        GridTrace("contour", zData, X, Y, Name, ShowLegend);

    private static GenericChart GridTrace<ZType, XType, YType>(
        string type,
        IEnumerable<IEnumerable<ZType>> zData,
        Optional<IEnumerable<XType>> x,
        Optional<IEnumerable<YType>> y,
        Optional<string> name,
        Optional<bool> showLegend)
    {
        ArgumentNullException.ThrowIfNull(zData);
        return GenericChart.OfTrace(new TraceRecord(
            type,
            null,
            name.OrDefault(),
            showLegend.IsSome ? showLegend.Value : null,
            null,
            RecordedValues.List(x.OrDefault()),
            RecordedValues.List(y.OrDefault()),
            RecordedValues.Rows(zData)));
    }
}
