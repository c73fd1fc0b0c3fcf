using System;
using Microsoft.FSharp.Core;

namespace Plotly.NET.LayoutObjects;

/// <summary>Plot margins (Plotly.NET's Margin): keys l, r, t, b.</summary>
public class Margin : DynamicObj.DynamicObj
{
    /// <summary>
    /// Creates margins. From C# all six type arguments are needed: <c>Margin.init&lt;int, int, int, int, int, bool&gt;(…)</c>.
    /// </summary>
    /// <typeparam name="a">Left type.</typeparam>
    /// <typeparam name="b">Right type.</typeparam>
    /// <typeparam name="c">Top type.</typeparam>
    /// <typeparam name="d">Bottom type.</typeparam>
    /// <typeparam name="e">Pad type.</typeparam>
    /// <typeparam name="f">Autoexpand type.</typeparam>
    /// <param name="Left">Left margin in px.</param>
    /// <param name="Right">Right margin in px.</param>
    /// <param name="Top">Top margin in px.</param>
    /// <param name="Bottom">Bottom margin in px.</param>
    /// <param name="Pad">Not modelled.</param>
    /// <param name="Autoexpand">Not modelled.</param>
    public static Margin init<a, b, c, d, e, f>(
        FSharpOption<a>? Left = null,
        FSharpOption<b>? Right = null,
        FSharpOption<c>? Top = null,
        FSharpOption<d>? Bottom = null,
        FSharpOption<e>? Pad = null,
        FSharpOption<f>? Autoexpand = null)
        where a : IConvertible
        where b : IConvertible
        where c : IConvertible
        where d : IConvertible
        where e : IConvertible
        where f : IConvertible
    {
        Opt.Unmodelled("Margin.init", nameof(Pad), Pad is not null);
        Opt.Unmodelled("Margin.init", nameof(Autoexpand), Autoexpand is not null);
        var margin = new Margin();
        margin.SetIf("l", Opt.Of(Left));
        margin.SetIf("r", Opt.Of(Right));
        margin.SetIf("t", Opt.Of(Top));
        margin.SetIf("b", Opt.Of(Bottom));
        return margin;
    }
}
