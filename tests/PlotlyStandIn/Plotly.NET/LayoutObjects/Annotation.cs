using System;
using Microsoft.FSharp.Core;

namespace Plotly.NET.LayoutObjects;

/// <summary>A text annotation (Plotly.NET's Annotation); keys in its parameter order.</summary>
public class Annotation : DynamicObj.DynamicObj
{
    /// <summary>
    /// Creates an annotation (Plotly.NET's <c>Annotation.init</c>, up to YShift). From C# all ten type arguments are
    /// needed (X, Y, AX, AXRef, AY, AYRef, XClick, XRef, YClick, YRef):
    /// <c>Annotation.init&lt;double, double, int, int, int, int, int, int, int, int&gt;(X: 2.0, Y: 5.1, Text: "…")</c>.
    /// Modelled: X, Y, ShowArrow, Text, XAnchor, XRef, YAnchor, YRef, YShift; any other given value is rejected.
    /// </summary>
#pragma warning disable CS1573 // The parameters are the real ones; the modelled ones are listed in the summary.
    public static Annotation init<a, b, c, d, e, f, g, h, i, j>(
        FSharpOption<a>? X = null, FSharpOption<b>? Y = null,
        FSharpOption<StyleParam.AnnotationAlignment>? Align = null, FSharpOption<Color>? ArrowColor = null,
        FSharpOption<StyleParam.ArrowHead>? ArrowHead = null, FSharpOption<StyleParam.ArrowSide>? ArrowSide = null,
        FSharpOption<double>? ArrowSize = null, FSharpOption<c>? AX = null, FSharpOption<d>? AXRef = null,
        FSharpOption<e>? AY = null, FSharpOption<f>? AYRef = null, FSharpOption<Color>? BGColor = null,
        FSharpOption<Color>? BorderColor = null, FSharpOption<int>? BorderPad = null, FSharpOption<int>? BorderWidth = null,
        FSharpOption<bool>? CaptureEvents = null, FSharpOption<StyleParam.ClickToShow>? ClickToShow = null,
        FSharpOption<Font>? Font = null, FSharpOption<int>? Height = null, FSharpOption<Hoverlabel>? HoverLabel = null,
        FSharpOption<string>? HoverText = null, FSharpOption<string>? Name = null, FSharpOption<double>? Opacity = null,
        FSharpOption<bool>? ShowArrow = null, FSharpOption<int>? StandOff = null, FSharpOption<int>? StartArrowHead = null,
        FSharpOption<double>? StartArrowSize = null, FSharpOption<int>? StartStandOff = null,
        FSharpOption<string>? TemplateItemName = null, FSharpOption<string>? Text = null, FSharpOption<double>? TextAngle = null,
        FSharpOption<StyleParam.VerticalAlign>? VAlign = null, FSharpOption<bool>? Visible = null, FSharpOption<int>? Width = null,
        FSharpOption<StyleParam.XAnchorPosition>? XAnchor = null, FSharpOption<g>? XClick = null, FSharpOption<h>? XRef = null,
        FSharpOption<int>? XShift = null, FSharpOption<StyleParam.YAnchorPosition>? YAnchor = null,
        FSharpOption<i>? YClick = null, FSharpOption<j>? YRef = null, FSharpOption<int>? YShift = null)
#pragma warning restore CS1573
        where a : IConvertible where b : IConvertible where c : IConvertible where d : IConvertible where e : IConvertible
        where f : IConvertible where g : IConvertible where h : IConvertible where i : IConvertible where j : IConvertible
    {
        Opt.Unmodelled("Annotation.init",
            (nameof(ArrowColor), ArrowColor is not null), (nameof(ArrowSize), ArrowSize is not null), (nameof(AX), AX is not null),
            (nameof(AXRef), AXRef is not null), (nameof(AY), AY is not null), (nameof(AYRef), AYRef is not null),
            (nameof(BGColor), BGColor is not null), (nameof(BorderColor), BorderColor is not null),
            (nameof(BorderPad), BorderPad is not null), (nameof(BorderWidth), BorderWidth is not null),
            (nameof(CaptureEvents), CaptureEvents is not null), (nameof(Font), Font is not null), (nameof(Height), Height is not null),
            (nameof(HoverText), HoverText is not null), (nameof(Name), Name is not null), (nameof(Opacity), Opacity is not null),
            (nameof(StandOff), StandOff is not null), (nameof(StartArrowHead), StartArrowHead is not null),
            (nameof(StartArrowSize), StartArrowSize is not null), (nameof(StartStandOff), StartStandOff is not null),
            (nameof(TemplateItemName), TemplateItemName is not null), (nameof(TextAngle), TextAngle is not null),
            (nameof(Visible), Visible is not null), (nameof(Width), Width is not null), (nameof(XClick), XClick is not null),
            (nameof(XShift), XShift is not null), (nameof(YClick), YClick is not null));

        return Of(Opt.Of(X), Opt.Of(Y), Opt.Of(ShowArrow), Opt.Get(Text), Opt.Get(XAnchor), Opt.Of(XRef), Opt.Get(YAnchor), Opt.Of(YRef), Opt.Of(YShift));
    }

    /// <summary>An annotation with the modelled keys, in Plotly.NET's order.</summary>
    internal static Annotation Of(
        object? x, object? y, object? showArrow, string? text, StyleParam.XAnchorPosition? xAnchor, object? xRef,
        StyleParam.YAnchorPosition? yAnchor, object? yRef, object? yShift)
    {
        var annotation = new Annotation();
        annotation.SetIf("x", x);
        annotation.SetIf("y", y);
        annotation.SetIf("showarrow", showArrow);
        annotation.SetIf("text", text);
        annotation.SetIf("xanchor", xAnchor?.Json);
        annotation.SetIf("xref", xRef);
        annotation.SetIf("yanchor", yAnchor?.Json);
        annotation.SetIf("yref", yRef);
        annotation.SetIf("yshift", yShift);
        return annotation;
    }
}
