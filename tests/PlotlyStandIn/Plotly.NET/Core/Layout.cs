using System;
using Microsoft.FSharp.Core;
using Plotly.NET.LayoutObjects;

namespace Plotly.NET;

/// <summary>A chart's layout (title, axes, legend, size, …) as a DynamicObj.</summary>
public class Layout : DynamicObj.DynamicObj
{
    /// <summary>
    /// Creates a layout (Plotly.NET's <c>Layout.init</c>; its leading parameters). From C# the type argument
    /// (the element type of the later HiddenLabels parameter) must be given: <c>Layout.init&lt;string&gt;(…)</c>.
    /// Keys are written in parameter order: title, showlegend, margin, autosize, width, height, …, plot_bgcolor.
    /// </summary>
    /// <typeparam name="a">Element type of HiddenLabels (not modelled).</typeparam>
    /// <param name="Title">The chart title.</param>
    /// <param name="ShowLegend">Whether the legend is shown.</param>
    /// <param name="Margin">The plot margins.</param>
    /// <param name="AutoSize">Autosize (not modelled).</param>
    /// <param name="Width">Width in pixels.</param>
    /// <param name="Height">Height in pixels.</param>
    /// <param name="Font">Global font (not modelled).</param>
    /// <param name="UniformText">Uniform text (not modelled).</param>
    /// <param name="Separators">Separators (not modelled).</param>
    /// <param name="PaperBGColor">Paper background (not modelled).</param>
    /// <param name="PlotBGColor">Plot area background color.</param>
    public static Layout init<a>(
        FSharpOption<Title>? Title = null,
        FSharpOption<bool>? ShowLegend = null,
        FSharpOption<Margin>? Margin = null,
        FSharpOption<bool>? AutoSize = null,
        FSharpOption<int>? Width = null,
        FSharpOption<int>? Height = null,
        FSharpOption<Font>? Font = null,
        FSharpOption<UniformText>? UniformText = null,
        FSharpOption<string>? Separators = null,
        FSharpOption<Color>? PaperBGColor = null,
        FSharpOption<Color>? PlotBGColor = null)
        where a : IConvertible
    {
        Opt.Unmodelled("Layout.init",
            (nameof(AutoSize), AutoSize is not null), (nameof(Font), Font is not null),
            (nameof(UniformText), UniformText is not null), (nameof(Separators), Separators is not null),
            (nameof(PaperBGColor), PaperBGColor is not null));
        var layout = new Layout();
        layout.SetIf("title", Opt.Of(Title));
        layout.SetIf("showlegend", Opt.Of(ShowLegend));
        layout.SetIf("margin", Opt.Of(Margin));
        layout.SetIf("width", Opt.Of(Width));
        layout.SetIf("height", Opt.Of(Height));
        layout.SetIf("plot_bgcolor", Opt.Get(PlotBGColor)?.Json);
        return layout;
    }

    /// <summary>The layout's axis object under <paramref name="key"/>, created and appended if missing.</summary>
    internal LinearAxis Axis(string key)
    {
        if (Get(key) is LinearAxis axis)
        {
            return axis;
        }

        var created = new LinearAxis();
        SetValue(key, created);
        return created;
    }

    /// <summary>Merges <paramref name="part"/> into the object under <paramref name="key"/> (or sets it).</summary>
    internal void CombineAt(string key, DynamicObj.DynamicObj part)
    {
        if (Get(key) is DynamicObj.DynamicObj existing)
        {
            existing.Combine(part);
        }
        else
        {
            SetValue(key, part);
        }
    }
}
