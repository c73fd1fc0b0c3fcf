using System;
using System.Collections.Generic;
using System.Linq;
using Plotly.NET.LayoutObjects;

namespace Plotly.NET.CSharp;

public static partial class Chart
{
    /// <summary>
    /// Overlays charts: all traces (the same objects) in one plot. As in Plotly.NET, the first chart's layout and
    /// config absorb the others' (later settings win, keys keep their first place), so styling the result also
    /// styles the first chart.
    /// </summary>
    /// <param name="gCharts">The charts to combine.</param>
    public static GenericChart Combine(IEnumerable<GenericChart> gCharts)
    {
        var charts = NonEmpty(gCharts, nameof(gCharts));
        var first = charts[0];
        foreach (var chart in charts.Skip(1))
        {
            first.Layout.Combine(chart.Layout);
            first.Config.Combine(chart.Config);
        }

        return new GenericChart(charts.SelectMany(c => c.Traces), first.Layout, first.Config, first.DisplayOptions);
    }

    /// <summary>
    /// Places charts in an nRows x nCols grid (row by row, top to bottom, independent axes): the i-th chart's traces
    /// get axes "x{i}"/"y{i}", the layout gets the axes, the subplot titles as paper annotations and the grid.
    /// </summary>
    /// <param name="gCharts">The charts, row by row.</param>
    /// <param name="nRows">Number of grid rows.</param>
    /// <param name="nCols">Number of grid columns.</param>
    /// <param name="SubPlotTitles">Titles of the subplots, centred above each.</param>
    public static GenericChart Grid(IEnumerable<GenericChart> gCharts, int nRows, int nCols, Optional<IEnumerable<string>> SubPlotTitles = default)
    {
        if (nRows < 1 || nCols < 1)
        {
            throw new ArgumentOutOfRangeException(nRows < 1 ? nameof(nRows) : nameof(nCols), "Chart.Grid needs at least one row and one column.");
        }

        return Subplots(NonEmpty(gCharts, nameof(gCharts)), nRows, nCols, SubPlotTitles.OrDefault()?.ToArray() ?? Array.Empty<string>());
    }

    /// <summary>Stacks charts in one column (a grid of n rows x 1 column, independent axes).</summary>
    /// <param name="gCharts">The charts, top to bottom.</param>
    public static GenericChart SingleStack(IEnumerable<GenericChart> gCharts)
    {
        var charts = NonEmpty(gCharts, nameof(gCharts));
        return Subplots(charts, charts.Length, 1, Array.Empty<string>());
    }

    private static GenericChart Subplots(GenericChart[] charts, int rows, int cols, string[] titles)
    {
        if (charts.Length > rows * cols)
        {
            throw new ArgumentException($"{charts.Length} charts do not fit a {rows} x {cols} grid.", nameof(charts));
        }

        for (var i = 0; i < charts.Length; i++)
        {
            var (xKey, yKey) = (AxisKey("xaxis", i + 1), AxisKey("yaxis", i + 1));
            var layout = charts[i].Layout;
            var xAxis = layout.Get("xaxis") as LinearAxis ?? new LinearAxis();
            var yAxis = layout.Get("yaxis") as LinearAxis ?? new LinearAxis();
            layout.Remove("xaxis");
            layout.Remove("yaxis");
            layout.SetValue(xKey, xAxis);
            layout.SetValue(yKey, yAxis);
            foreach (var trace in charts[i].Traces)
            {
                trace.SetValue("xaxis", AxisId("x", i + 1));
                trace.SetValue("yaxis", AxisId("y", i + 1));
            }
        }

        var combined = Combine(charts);
        combined.Layout.SetValue("annotations", titles.Select((title, i) => SubplotTitle(title, i / cols, i % cols, rows, cols)).ToList<object>());
        combined.Layout.SetValue("grid", new LayoutGrid(rows, cols));
        return combined;
    }

    // plotly.js grid domains: n cells with a gap of 0.2 (x) / 0.3 (y) of a cell; titles centred on top of a cell.
    private static Annotation SubplotTitle(string title, int row, int col, int rows, int cols)
    {
        var (xStart, xEnd) = Domain(col, cols, 0.2);
        var (_, yEnd) = Domain(rows - 1 - row, rows, 0.3);
        return Annotation.Of((xStart + xEnd) / 2, yEnd, false, title, StyleParam.XAnchorPosition.Center, "paper",
            StyleParam.YAnchorPosition.Bottom, "paper", null);
    }

    private static (double Start, double End) Domain(int index, int count, double gap)
    {
        var step = 1.0 / (count - gap);
        var start = step * index;
        return (start, start + step * (1 - gap));
    }

    private static string AxisKey(string prefix, int n) => n == 1 ? prefix : prefix + n;

    private static string AxisId(string prefix, int n) => n == 1 ? prefix : prefix + n;

    private static GenericChart[] NonEmpty(IEnumerable<GenericChart> gCharts, string parameter)
    {
        ArgumentNullException.ThrowIfNull(gCharts, parameter);
        var charts = gCharts.ToArray();
        if (charts.Length == 0)
        {
            throw new ArgumentException("Expected at least one chart, got none.", parameter);
        }

        for (var i = 0; i < charts.Length; i++)
        {
            if (charts[i] is null)
            {
                throw new ArgumentException($"{parameter}[{i}] is null; expected a chart.", parameter);
            }
        }

        return charts;
    }
}
