using Microsoft.FSharp.Core;

namespace Plotly.NET.TraceObjects;

/// <summary>A trace's marker style (Plotly.NET's Marker): keys in Plotly.NET's order color, pattern, size, symbol.</summary>
public class Marker : DynamicObj.DynamicObj
{
    /// <summary>
    /// Creates a marker style. Only the named arguments below are mirrored (the real <c>Marker.init</c> has many
    /// more, in another order), so pass them by name: <c>Marker.init(Size: 12, Color: …)</c>.
    /// </summary>
    /// <param name="Color">Marker color.</param>
    /// <param name="Size">Marker size in px (an int).</param>
    /// <param name="Symbol">Marker symbol.</param>
    public static Marker init(
        FSharpOption<Color>? Color = null,
        FSharpOption<int>? Size = null,
        FSharpOption<StyleParam.MarkerSymbol>? Symbol = null) =>
        new Marker().Style(color: Opt.Get(Color), size: Opt.Of(Size), symbol: Opt.Get(Symbol));

    /// <summary>Sets the given keys in Plotly.NET's order; keys already set keep their place.</summary>
    internal Marker Style(Color? color = null, DynamicObj.DynamicObj? pattern = null, object? size = null, StyleParam.MarkerSymbol? symbol = null)
    {
        SetIf("color", color?.Json);
        SetIf("pattern", pattern);
        SetIf("size", size);
        SetIf("symbol", symbol?.Json);
        return this;
    }
}
