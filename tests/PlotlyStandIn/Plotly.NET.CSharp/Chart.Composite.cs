using System;
using System.Collections.Generic;
using System.Linq;

namespace Plotly.NET.CSharp;

public static partial class Chart
{
    /// <summary>Overlays charts: all traces in one plot; layouts merged, later settings winning.</summary>
    /// <param name="gCharts">The charts to combine.</param>
    public static GenericChart Combine(IEnumerable<GenericChart> gCharts)
    {
        var charts = NonNullCharts(gCharts, nameof(gCharts));
        return new GenericChart(
            charts.SelectMany(c => c.Traces).ToArray(),
            charts.Aggregate(LayoutRecord.Empty, (layout, c) => layout.Merge(c.Layout)));
    }

    /// <summary>
    /// Places charts in an nRows x nCols grid: the traces of the i-th chart get subplot i. Title and size merge
    /// as in <see cref="Combine"/>; the sub-charts' axis styles belong to their subplots and are not recorded.
    /// </summary>
    /// <param name="gCharts">The charts, row by row.</param>
    /// <param name="nRows">Number of grid rows.</param>
    /// <param name="nCols">Number of grid columns.</param>
    /// <param name="SubPlotTitles">Titles of the subplots (not recorded).</param>
    public static GenericChart Grid(
        IEnumerable<GenericChart> gCharts,
        int nRows,
        int nCols,
        Optional<IEnumerable<string>> SubPlotTitles = default)
    {
        var charts = NonNullCharts(gCharts, nameof(gCharts));
        var traces = charts.SelectMany((c, i) => c.Traces.Select(t => t with { Subplot = i })).ToArray();
        var merged = charts.Aggregate(LayoutRecord.Empty, (layout, c) => layout.Merge(c.Layout));
        var layout = LayoutRecord.Empty with
        {
            Title = merged.Title,
            Width = merged.Width,
            Height = merged.Height,
            Grid = new GridRecord(nRows, nCols),
        };
        return new GenericChart(traces, layout);
    }

    private static GenericChart[] NonNullCharts(IEnumerable<GenericChart> gCharts, string parameter)
    {
        ArgumentNullException.ThrowIfNull(gCharts, parameter);
        var charts = gCharts.ToArray();
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
