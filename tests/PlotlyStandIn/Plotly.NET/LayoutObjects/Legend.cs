using Microsoft.FSharp.Core;

namespace Plotly.NET.LayoutObjects;

/// <summary>The legend (Plotly.NET's Legend); keys in its parameter order.</summary>
public class Legend : DynamicObj.DynamicObj
{
    /// <summary>Creates a legend (Plotly.NET's <c>Legend.init</c>, up to YAnchor).</summary>
    /// <param name="BGColor">Not modelled.</param>
    /// <param name="BorderColor">Border color.</param>
    /// <param name="BorderWidth">Border width in px (a double).</param>
    /// <param name="EntryWidth">Not modelled.</param>
    /// <param name="EntryWidthMode">Not modelled.</param>
    /// <param name="Font">Not modelled.</param>
    /// <param name="GroupClick">Not modelled.</param>
    /// <param name="GroupTitleFont">Not modelled.</param>
    /// <param name="ItemClick">Not modelled.</param>
    /// <param name="ItemDoubleClick">Not modelled.</param>
    /// <param name="ItemSizing">Not modelled.</param>
    /// <param name="ItemWidth">Not modelled.</param>
    /// <param name="Orientation">Horizontal or vertical.</param>
    /// <param name="Title">Not modelled.</param>
    /// <param name="TraceGroupGap">Not modelled.</param>
    /// <param name="TraceOrder">Not modelled.</param>
    /// <param name="UIRevision">Not modelled.</param>
    /// <param name="VerticalAlign">Not modelled.</param>
    /// <param name="X">X position (paper fraction).</param>
    /// <param name="XAnchor">Horizontal anchor.</param>
    /// <param name="Y">Y position (paper fraction).</param>
    /// <param name="YAnchor">Vertical anchor.</param>
    public static Legend init(
        FSharpOption<Color>? BGColor = null,
        FSharpOption<Color>? BorderColor = null,
        FSharpOption<double>? BorderWidth = null,
        FSharpOption<double>? EntryWidth = null,
        FSharpOption<StyleParam.EntryWidthMode>? EntryWidthMode = null,
        FSharpOption<Font>? Font = null,
        FSharpOption<StyleParam.TraceGroupClickOptions>? GroupClick = null,
        FSharpOption<Font>? GroupTitleFont = null,
        FSharpOption<StyleParam.TraceItemClickOptions>? ItemClick = null,
        FSharpOption<StyleParam.TraceItemClickOptions>? ItemDoubleClick = null,
        FSharpOption<StyleParam.TraceItemSizing>? ItemSizing = null,
        FSharpOption<int>? ItemWidth = null,
        FSharpOption<StyleParam.Orientation>? Orientation = null,
        FSharpOption<Title>? Title = null,
        FSharpOption<double>? TraceGroupGap = null,
        FSharpOption<StyleParam.TraceOrder>? TraceOrder = null,
        FSharpOption<string>? UIRevision = null,
        FSharpOption<StyleParam.VerticalAlign>? VerticalAlign = null,
        FSharpOption<double>? X = null,
        FSharpOption<StyleParam.XAnchorPosition>? XAnchor = null,
        FSharpOption<double>? Y = null,
        FSharpOption<StyleParam.YAnchorPosition>? YAnchor = null)
    {
        const string Function = "Legend.init";
        Opt.Unmodelled(Function,
            (nameof(BGColor), BGColor is not null), (nameof(EntryWidth), EntryWidth is not null),
            (nameof(Font), Font is not null), (nameof(GroupTitleFont), GroupTitleFont is not null),
            (nameof(ItemWidth), ItemWidth is not null), (nameof(Title), Title is not null),
            (nameof(TraceGroupGap), TraceGroupGap is not null), (nameof(UIRevision), UIRevision is not null));
        return Of(Opt.Get(BorderColor), Opt.Of(BorderWidth), Opt.Get(Orientation), Opt.Of(X), Opt.Get(XAnchor), Opt.Of(Y), Opt.Get(YAnchor));
    }

    /// <summary>A legend with the modelled keys, in Plotly.NET's order.</summary>
    internal static Legend Of(
        Color? borderColor, object? borderWidth, StyleParam.Orientation? orientation,
        object? x, StyleParam.XAnchorPosition? xAnchor, object? y, StyleParam.YAnchorPosition? yAnchor)
    {
        var legend = new Legend();
        legend.SetIf("bordercolor", borderColor?.Json);
        legend.SetIf("borderwidth", borderWidth);
        legend.SetIf("orientation", orientation?.Json);
        legend.SetIf("x", x);
        legend.SetIf("xanchor", xAnchor?.Json);
        legend.SetIf("y", y);
        legend.SetIf("yanchor", yAnchor?.Json);
        return legend;
    }
}
