using System;
using Microsoft.FSharp.Core;

namespace Plotly.NET;

/// <summary>
/// Stand-in for Plotly.NET's own fluent extensions (the F# package's C# layer). Parameter names and types
/// mirror Plotly.NET 5.1.0, including the F# option parameters and the parameter named <c>this</c>;
/// trailing optional parameters the course does not use are left out.
/// </summary>
public static class GenericChartExtensions
{
    /// <summary>Sets the chart title.</summary>
    /// <param name="this">The chart.</param>
    /// <param name="title">The title text.</param>
    /// <param name="TitleFont">The title font (not recorded).</param>
    public static GenericChart WithTitle(this GenericChart @this, string title, FSharpOption<Font>? TitleFont = null)
    {
        ArgumentNullException.ThrowIfNull(@this);
        return @this.WithLayout(l => l with { Title = title });
    }

    /// <summary>Sets the chart size in pixels.</summary>
    /// <param name="this">The chart.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static GenericChart WithSize(this GenericChart @this, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(@this);
        return @this.WithLayout(l => l with { Width = width, Height = height });
    }

    /// <summary>Sets name, visibility and legend flag of every trace of the chart.</summary>
    /// <param name="this">The chart.</param>
    /// <param name="Name">Trace name (legend entry).</param>
    /// <param name="Visible">Visibility (not recorded).</param>
    /// <param name="ShowLegend">Whether the trace appears in the legend.</param>
    public static GenericChart WithTraceInfo(
        this GenericChart @this,
        FSharpOption<string>? Name = null,
        FSharpOption<StyleParam.Visible>? Visible = null,
        FSharpOption<bool>? ShowLegend = null)
    {
        ArgumentNullException.ThrowIfNull(@this);
        return TraceInfo.Apply(@this, Name?.Value, ShowLegend is null ? null : ShowLegend.Value);
    }

    /// <summary>Styles the x axis with a Title object.</summary>
    /// <param name="this">The chart.</param>
    /// <param name="title">The axis title.</param>
    public static GenericChart WithXAxisStyle(this GenericChart @this, Title title)
    {
        ArgumentNullException.ThrowIfNull(@this);
        ArgumentNullException.ThrowIfNull(title);
        return @this.WithLayout(l => l with { XAxis = l.XAxis.Merge(new AxisRecord(title.Text, null)) });
    }

    /// <summary>Styles the y axis with a Title object.</summary>
    /// <param name="this">The chart.</param>
    /// <param name="title">The axis title.</param>
    public static GenericChart WithYAxisStyle(this GenericChart @this, Title title)
    {
        ArgumentNullException.ThrowIfNull(@this);
        ArgumentNullException.ThrowIfNull(title);
        return @this.WithLayout(l => l with { YAxis = l.YAxis.Merge(new AxisRecord(title.Text, null)) });
    }

    /// <summary>Writes <see cref="GenericChart.toEmbeddedHTML"/>'s page to <paramref name="path"/> (".html" is appended if missing).</summary>
    /// <param name="this">The chart.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="OpenInBrowser">Ignored offline: the stand-in never starts a browser.</param>
    public static void SaveHtml(this GenericChart @this, string path, FSharpOption<bool>? OpenInBrowser = null) =>
        HtmlFile.Write(@this, path);

    /// <summary>Does nothing offline: the real method opens a browser, which a headless test run must not do.</summary>
    /// <param name="this">The chart.</param>
    public static void Show(this GenericChart @this) => ArgumentNullException.ThrowIfNull(@this);
}
