using Microsoft.FSharp.Core;
using Plotly.NET.ConfigObjects;

namespace Plotly.NET;

/// <summary>A chart's plotly.js config as a DynamicObj.</summary>
public class Config : DynamicObj.DynamicObj
{
    /// <summary>Creates a config (Plotly.NET's <c>Config.init</c>, up to DisplayModeBar). Keys use plotly.js names.</summary>
    /// <param name="StaticPlot">No interactivity when true.</param>
    /// <param name="TypesetMath">Not modelled.</param>
    /// <param name="PlotlyServerUrl">Not modelled.</param>
    /// <param name="Editable">Not modelled.</param>
    /// <param name="Edits">Not modelled.</param>
    /// <param name="EditSelection">Not modelled.</param>
    /// <param name="Autosizable">Not modelled.</param>
    /// <param name="Responsive">Resize with the window.</param>
    /// <param name="FillFrame">Not modelled.</param>
    /// <param name="FrameMargins">Not modelled.</param>
    /// <param name="ScrollZoom">Not modelled.</param>
    /// <param name="DoubleClick">Not modelled.</param>
    /// <param name="DoubleClickDelay">Not modelled.</param>
    /// <param name="ShowAxisDragHandles">Not modelled.</param>
    /// <param name="ShowAxisRangeEntryBoxes">Not modelled.</param>
    /// <param name="ShowTips">Not modelled.</param>
    /// <param name="ShowLink">Not modelled.</param>
    /// <param name="LinkText">Not modelled.</param>
    /// <param name="SendData">Not modelled.</param>
    /// <param name="ShowSources">Not modelled.</param>
    /// <param name="DisplayModeBar">Whether the mode bar is shown.</param>
    public static Config init(
        FSharpOption<bool>? StaticPlot = null,
        FSharpOption<bool>? TypesetMath = null,
        FSharpOption<string>? PlotlyServerUrl = null,
        FSharpOption<bool>? Editable = null,
        FSharpOption<Edits>? Edits = null,
        FSharpOption<bool>? EditSelection = null,
        FSharpOption<bool>? Autosizable = null,
        FSharpOption<bool>? Responsive = null,
        FSharpOption<bool>? FillFrame = null,
        FSharpOption<double>? FrameMargins = null,
        FSharpOption<StyleParam.ScrollZoom>? ScrollZoom = null,
        FSharpOption<StyleParam.DoubleClick>? DoubleClick = null,
        FSharpOption<int>? DoubleClickDelay = null,
        FSharpOption<bool>? ShowAxisDragHandles = null,
        FSharpOption<bool>? ShowAxisRangeEntryBoxes = null,
        FSharpOption<bool>? ShowTips = null,
        FSharpOption<bool>? ShowLink = null,
        FSharpOption<string>? LinkText = null,
        FSharpOption<bool>? SendData = null,
        FSharpOption<object>? ShowSources = null,
        FSharpOption<bool>? DisplayModeBar = null)
    {
        Opt.Unmodelled("Config.init",
            (nameof(TypesetMath), TypesetMath is not null), (nameof(PlotlyServerUrl), PlotlyServerUrl is not null),
            (nameof(Editable), Editable is not null), (nameof(EditSelection), EditSelection is not null),
            (nameof(Autosizable), Autosizable is not null), (nameof(FillFrame), FillFrame is not null),
            (nameof(FrameMargins), FrameMargins is not null), (nameof(DoubleClickDelay), DoubleClickDelay is not null),
            (nameof(ShowAxisDragHandles), ShowAxisDragHandles is not null),
            (nameof(ShowAxisRangeEntryBoxes), ShowAxisRangeEntryBoxes is not null), (nameof(ShowTips), ShowTips is not null),
            (nameof(ShowLink), ShowLink is not null), (nameof(LinkText), LinkText is not null),
            (nameof(SendData), SendData is not null), (nameof(ShowSources), ShowSources is not null));

        var config = new Config();
        config.SetIf("staticPlot", Opt.Of(StaticPlot));
        config.SetIf("responsive", Opt.Of(Responsive));
        config.SetIf("displayModeBar", Opt.Of(DisplayModeBar));
        return config;
    }
}
