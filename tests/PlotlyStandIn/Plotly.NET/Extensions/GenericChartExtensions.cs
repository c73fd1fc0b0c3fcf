using System;
using System.Collections.Generic;
using Microsoft.FSharp.Core;
using Plotly.NET.LayoutObjects;

namespace Plotly.NET;

/// <summary>
/// Stand-in for Plotly.NET's own fluent extensions (the F# package's C# layer): names, F# option parameters and the
/// parameter named <c>this</c> as in Plotly.NET 5.1.0, leading parameters only. Each changes the chart it is given
/// (and returns it). WithTraceInfo, SaveHtml and Show also exist in Plotly.NET.CSharp: ambiguous (CS0121) as
/// extension calls with both namespaces imported, as with the real packages.
/// </summary>
public static partial class GenericChartExtensions
{
    /// <summary>Sets the chart title (layout "title": {"text", "font"}).</summary>
    /// <param name="this">The chart.</param>
    /// <param name="title">The title text.</param>
    /// <param name="TitleFont">The title font.</param>
    public static GenericChart WithTitle(this GenericChart @this, string title, FSharpOption<Font>? TitleFont = null) =>
        Styling.CombineLayout(@this, "title", Title.init(title, TitleFont));

    /// <summary>Sets width and height in px (keys keep their place in the layout).</summary>
    /// <param name="this">The chart.</param>
    /// <param name="width">Width in px.</param>
    /// <param name="height">Height in px.</param>
    public static GenericChart WithSize(this GenericChart @this, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(@this);
        @this.Layout.SetValue("width", width);
        @this.Layout.SetValue("height", height);
        return @this;
    }

    /// <summary>Sets trace info on every trace (several traces: name, name_1, name_2, …).</summary>
    /// <param name="this">The chart.</param>
    /// <param name="Name">Trace name.</param>
    /// <param name="Visible">Visibility.</param>
    /// <param name="ShowLegend">Whether the trace is in the legend.</param>
    /// <param name="LegendRank">Legend rank.</param>
    /// <param name="LegendGroup">Legend group.</param>
    public static GenericChart WithTraceInfo(
        this GenericChart @this,
        FSharpOption<string>? Name = null,
        FSharpOption<StyleParam.Visible>? Visible = null,
        FSharpOption<bool>? ShowLegend = null,
        FSharpOption<int>? LegendRank = null,
        FSharpOption<string>? LegendGroup = null) =>
        Styling.TraceInfo(@this, Opt.Get(Name), Opt.Get(Visible), ShowLegend is null ? null : ShowLegend.Value,
            LegendRank is null ? null : LegendRank.Value, Opt.Get(LegendGroup));

    /// <summary>Styles the x axis with a Title object.</summary>
    /// <param name="this">The chart.</param>
    /// <param name="title">The axis title.</param>
    public static GenericChart WithXAxisStyle(this GenericChart @this, Title title) =>
        Styling.Axis(@this, "xaxis", title ?? throw new ArgumentNullException(nameof(title)), null, null, null, null);

    /// <summary>Styles the y axis with a Title object.</summary>
    /// <param name="this">The chart.</param>
    /// <param name="title">The axis title.</param>
    public static GenericChart WithYAxisStyle(this GenericChart @this, Title title) =>
        Styling.Axis(@this, "yaxis", title ?? throw new ArgumentNullException(nameof(title)), null, null, null, null);

    /// <summary>Shows or hides the legend (layout "showlegend").</summary>
    /// <param name="this">The chart.</param>
    /// <param name="showlegend">Whether the legend is shown.</param>
    public static GenericChart WithLegend(this GenericChart @this, bool showlegend)
    {
        ArgumentNullException.ThrowIfNull(@this);
        @this.Layout.SetValue("showlegend", showlegend);
        return @this;
    }

    /// <summary>Merges a layout into the chart's layout (existing keys keep their place, new ones are appended).</summary>
    /// <param name="this">The chart.</param>
    /// <param name="layout">The layout to merge.</param>
    public static GenericChart WithLayout(this GenericChart @this, Layout layout)
    {
        ArgumentNullException.ThrowIfNull(@this);
        ArgumentNullException.ThrowIfNull(layout);
        @this.Layout.Combine(layout);
        return @this;
    }

    /// <summary>Replaces the chart's config.</summary>
    /// <param name="this">The chart.</param>
    /// <param name="config">The new config.</param>
    public static GenericChart WithConfig(this GenericChart @this, Config config)
    {
        ArgumentNullException.ThrowIfNull(@this);
        @this.Config = config ?? throw new ArgumentNullException(nameof(config));
        return @this;
    }

    /// <summary>Sets margins (layout "margin": l, r, t, b). From C# all six type arguments are needed.</summary>
    /// <typeparam name="a">Left type.</typeparam>
    /// <typeparam name="b">Right type.</typeparam>
    /// <typeparam name="c">Top type.</typeparam>
    /// <typeparam name="d">Bottom type.</typeparam>
    /// <typeparam name="e">Pad type.</typeparam>
    /// <typeparam name="f">Autoexpand type.</typeparam>
    /// <param name="this">The chart.</param>
    /// <param name="Left">Left margin.</param>
    /// <param name="Right">Right margin.</param>
    /// <param name="Top">Top margin.</param>
    /// <param name="Bottom">Bottom margin.</param>
    /// <param name="Pad">Not modelled.</param>
    /// <param name="Autoexpand">Not modelled.</param>
    public static GenericChart WithMarginSize<a, b, c, d, e, f>(
        this GenericChart @this,
        FSharpOption<a>? Left = null,
        FSharpOption<b>? Right = null,
        FSharpOption<c>? Top = null,
        FSharpOption<d>? Bottom = null,
        FSharpOption<e>? Pad = null,
        FSharpOption<f>? Autoexpand = null)
        where a : IConvertible where b : IConvertible where c : IConvertible
        where d : IConvertible where e : IConvertible where f : IConvertible =>
        Styling.CombineLayout(@this, "margin", Margin.init(Left, Right, Top, Bottom, Pad, Autoexpand));

    /// <summary>Adds an annotation (appended to layout "annotations").</summary>
    /// <param name="this">The chart.</param>
    /// <param name="annotation">The annotation.</param>
    public static GenericChart WithAnnotation(this GenericChart @this, Annotation annotation) =>
        Styling.Append(@this, "annotations", new[] { annotation }, nameof(annotation));

    /// <summary>Adds annotations (appended to layout "annotations").</summary>
    /// <param name="this">The chart.</param>
    /// <param name="annotations">The annotations.</param>
    public static GenericChart WithAnnotations(this GenericChart @this, IEnumerable<Annotation> annotations) =>
        Styling.Append(@this, "annotations", annotations, nameof(annotations));

    /// <summary>Adds a shape (appended to layout "shapes").</summary>
    /// <param name="this">The chart.</param>
    /// <param name="shape">The shape.</param>
    public static GenericChart WithShape(this GenericChart @this, Shape shape) =>
        Styling.Append(@this, "shapes", new[] { shape }, nameof(shape));

    /// <summary>Adds shapes (appended to layout "shapes").</summary>
    /// <param name="this">The chart.</param>
    /// <param name="shapes">The shapes.</param>
    public static GenericChart WithShapes(this GenericChart @this, IEnumerable<Shape> shapes) =>
        Styling.Append(@this, "shapes", shapes, nameof(shapes));

    /// <summary>Sets the layout's sliders to this one slider.</summary>
    /// <param name="this">The chart.</param>
    /// <param name="slider">The slider.</param>
    public static GenericChart WithSlider(this GenericChart @this, Slider slider) =>
        Styling.Sliders(@this, new[] { slider ?? throw new ArgumentNullException(nameof(slider)) });

    /// <summary>Sets the layout's sliders.</summary>
    /// <param name="this">The chart.</param>
    /// <param name="sliders">The sliders.</param>
    public static GenericChart WithSliders(this GenericChart @this, IEnumerable<Slider> sliders) => Styling.Sliders(@this, sliders);
}
