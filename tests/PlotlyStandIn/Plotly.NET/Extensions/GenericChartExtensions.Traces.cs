using System;
using Microsoft.FSharp.Core;
using Plotly.NET.TraceObjects;

namespace Plotly.NET;

public static partial class GenericChartExtensions
{
    /// <summary>Styles the markers of every trace (Plotly.NET's WithMarkerStyle, up to Size; only Color and Size modelled).</summary>
#pragma warning disable CS1573 // The parameters are the real ones; see the summary for the modelled ones.
    public static GenericChart WithMarkerStyle(
        this GenericChart @this,
        FSharpOption<bool>? AutoColorScale = null, FSharpOption<bool>? CAuto = null, FSharpOption<double>? CMax = null,
        FSharpOption<double>? CMid = null, FSharpOption<double>? CMin = null, FSharpOption<Color>? Color = null,
        FSharpOption<System.Collections.Generic.IEnumerable<Color>>? Colors = null,
        FSharpOption<StyleParam.SubPlotId>? ColorAxis = null, FSharpOption<ColorBar>? ColorBar = null,
        FSharpOption<StyleParam.Colorscale>? Colorscale = null, FSharpOption<Gradient>? Gradient = null,
        FSharpOption<Line>? Outline = null, FSharpOption<int>? MaxDisplayed = null, FSharpOption<double>? Opacity = null,
        FSharpOption<System.Collections.Generic.IEnumerable<double>>? MultiOpacity = null, FSharpOption<Pattern>? Pattern = null,
        FSharpOption<bool>? ReverseScale = null, FSharpOption<bool>? ShowScale = null, FSharpOption<int>? Size = null)
#pragma warning restore CS1573
    {
        ArgumentNullException.ThrowIfNull(@this);
        Opt.Unmodelled("WithMarkerStyle",
            (nameof(AutoColorScale), AutoColorScale is not null), (nameof(CAuto), CAuto is not null), (nameof(CMax), CMax is not null),
            (nameof(CMid), CMid is not null), (nameof(CMin), CMin is not null), (nameof(Colors), Colors is not null),
            (nameof(ColorBar), ColorBar is not null), (nameof(Colorscale), Colorscale is not null), (nameof(Outline), Outline is not null),
            (nameof(MaxDisplayed), MaxDisplayed is not null), (nameof(Opacity), Opacity is not null),
            (nameof(MultiOpacity), MultiOpacity is not null), (nameof(ReverseScale), ReverseScale is not null),
            (nameof(ShowScale), ShowScale is not null));

        foreach (var trace in @this.Traces)
        {
            var marker = trace.Get("marker") as Marker ?? new Marker();
            marker.Style(color: Opt.Get(Color), size: Opt.Of(Size));
            trace.SetValue("marker", marker);
        }

        return @this;
    }

    /// <summary>Writes <see cref="GenericChart.toEmbeddedHTML"/>'s page to <paramref name="path"/> (".html" appended if missing).</summary>
    /// <param name="this">The chart.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="OpenInBrowser">Ignored offline: the stand-in never starts a browser.</param>
    public static void SaveHtml(this GenericChart @this, string path, FSharpOption<bool>? OpenInBrowser = null) =>
        Styling.SaveHtml(@this, path);

    /// <summary>Does nothing offline: the real method opens a browser, which a headless run must not do.</summary>
    /// <param name="this">The chart.</param>
    public static void Show(this GenericChart @this) => ArgumentNullException.ThrowIfNull(@this);
}
