using System;
using System.Collections.Generic;
using System.Linq;

namespace Plotly.NET;

/// <summary>
/// Stand-in for Plotly.NET's chart value: traces, layout, config and display options, all mutable
/// <see cref="DynamicObj.DynamicObj"/>s as in the real library (the <c>With…</c> functions change the chart they
/// are given and return it). Serializes byte for byte like Plotly.NET 5.1.0 (see README.md).
/// </summary>
public sealed class GenericChart
{
    internal GenericChart(IEnumerable<Trace> traces, Layout layout, Config config, DisplayOptions displayOptions)
    {
        Traces = traces.ToList();
        Layout = layout;
        Config = config;
        DisplayOptions = displayOptions;
    }

    internal List<Trace> Traces { get; }

    internal Layout Layout { get; }

    internal Config Config { get; set; }

    internal DisplayOptions DisplayOptions { get; set; }

    /// <summary>A one-trace chart with the defaults (600 x 600, template, responsive) or, if not, empty layout/config.</summary>
    internal static GenericChart Of(Trace trace, bool useDefaults) => useDefaults
        ? new GenericChart(new[] { trace }, Defaults.NewLayout(), Defaults.NewConfig(), new DisplayOptions())
        : new GenericChart(new[] { trace }, new Layout(), new Config(), new DisplayOptions());

    /// <summary>
    /// The figure as JSON: <c>{"data":[traces],"layout":{…},"config":{…}}</c>, the same bytes plotly.js receives from
    /// <see cref="toChartHTML"/>.
    /// </summary>
    /// <param name="gChart">The chart.</param>
    public static string toJson(GenericChart gChart)
    {
        var (data, layout, config) = Parts(gChart);
        return "{\"data\":" + data + ",\"layout\":" + layout + ",\"config\":" + config + "}";
    }

    /// <summary>
    /// The chart as an HTML fragment: a div and a script calling <c>Plotly.newPlot</c> (a global plotly.js must be
    /// loaded first), or the require.js form when the chart's display options say <c>PlotlyJSReference.Require</c>.
    /// </summary>
    /// <param name="gChart">The chart.</param>
    public static string toChartHTML(GenericChart gChart)
    {
        var (data, layout, config) = Parts(gChart);
        return "<div>" + ChartHtml.Body(data, layout, config, gChart.DisplayOptions.Reference, Guid.NewGuid()) + "</div>";
    }

    /// <summary>The whole page <c>SaveHtml</c>/<c>Show</c> write: head with the plotly.js reference, then the chart.</summary>
    /// <param name="gChart">The chart.</param>
    public static string toEmbeddedHTML(GenericChart gChart)
    {
        var (data, layout, config) = Parts(gChart);
        var reference = gChart.DisplayOptions.Reference;
        return ChartHtml.Page(reference, ChartHtml.Body(data, layout, config, reference, Guid.NewGuid()));
    }

    private static (string Data, string Layout, string Config) Parts(GenericChart gChart)
    {
        ArgumentNullException.ThrowIfNull(gChart);
        return (ChartJson.Serialize(gChart.Traces), ChartJson.Serialize(gChart.Layout), ChartJson.Serialize(gChart.Config));
    }
}
