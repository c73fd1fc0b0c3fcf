using System;
using System.IO;

namespace Plotly.NET;

// Behaviour shared by the same-named extensions of Plotly.NET and Plotly.NET.CSharp.

/// <summary>Shared implementation of the trace-info and save functions of both extension classes.</summary>
internal static class TraceInfo
{
    public static GenericChart Apply(GenericChart chart, string? name, bool? showLegend) =>
        chart.WithTraces(t => t with { Name = name ?? t.Name, ShowLegend = showLegend ?? t.ShowLegend });
}

/// <summary>Writes a chart page to disk.</summary>
internal static class HtmlFile
{
    public static void Write(GenericChart chart, string path)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? path : path + ".html";
        File.WriteAllText(file, GenericChart.toEmbeddedHTML(chart));
    }
}
