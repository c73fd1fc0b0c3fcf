using System;
using System.Collections.Generic;
using System.Linq;

namespace Plotly.NET;

/// <summary>
/// Stand-in for Plotly.NET's chart value. It only records what was plotted (traces and layout) so tests can
/// assert on chart content; it renders nothing. See README.md in tests/PlotlyStandIn.
/// </summary>
public sealed class GenericChart
{
    internal GenericChart(IReadOnlyList<TraceRecord> traces, LayoutRecord layout)
    {
        Traces = traces;
        Layout = layout;
    }

    internal IReadOnlyList<TraceRecord> Traces { get; }

    internal LayoutRecord Layout { get; }

    internal static GenericChart OfTrace(TraceRecord trace) => new(new[] { trace }, LayoutRecord.Empty);

    internal GenericChart WithLayout(Func<LayoutRecord, LayoutRecord> change) => new(Traces, change(Layout));

    internal GenericChart WithTraces(Func<TraceRecord, TraceRecord> change) => new(Traces.Select(change).ToArray(), Layout);

    /// <summary>
    /// The chart as an HTML fragment. Offline this is
    /// <c>&lt;div class="plotly-stand-in"&gt;&lt;script type="application/json"&gt;JSON&lt;/script&gt;&lt;/div&gt;</c>
    /// with the recorded traces and layout as JSON (format in README.md).
    /// </summary>
    /// <param name="gChart">The chart to describe.</param>
    public static string toChartHTML(GenericChart gChart)
    {
        ArgumentNullException.ThrowIfNull(gChart);
        return $"<div class=\"plotly-stand-in\"><script type=\"application/json\">{ChartJson.Serialize(gChart)}</script></div>";
    }

    /// <summary>A complete HTML page holding <see cref="toChartHTML"/>'s fragment (what SaveHtml writes).</summary>
    /// <param name="gChart">The chart to describe.</param>
    public static string toEmbeddedHTML(GenericChart gChart) =>
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>Plotly stand-in chart</title></head>\n<body>\n"
        + toChartHTML(gChart)
        + "\n</body>\n</html>\n";
}
