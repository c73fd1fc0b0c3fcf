using Microsoft.FSharp.Core;
using System;

namespace Plotly.NET;

/// <summary>
/// How a page loads plotly.js (Plotly.NET's F# union). C# sees the field-less cases as static properties
/// (<c>Full</c>, <c>NoReference</c>) and builds the others with <c>NewCDN(url)</c> / <c>NewRequire(url)</c>;
/// <c>PlotlyJSReference.CDN(url)</c> does not compile (CS1955), as with the real union.
/// </summary>
public abstract class PlotlyJSReference
{
    private PlotlyJSReference()
    {
    }

    /// <summary>plotly.js is inlined into the page (not available offline: the stand-in ships no copy).</summary>
    public static PlotlyJSReference Full { get; } = new FullCase();

    /// <summary>The page loads no plotly.js; the host page must.</summary>
    public static PlotlyJSReference NoReference { get; } = new NoReferenceCase();

    /// <summary>A script tag with this URL in the page head.</summary>
    /// <param name="item">The plotly.js URL.</param>
    public static PlotlyJSReference NewCDN(string item) => new CDN(item);

    /// <summary>The chart script loads plotly.js through require.js from this URL (without ".js").</summary>
    /// <param name="item">The require.js path of plotly.</param>
    public static PlotlyJSReference NewRequire(string item) => new Require(item);

    /// <summary>The CDN case.</summary>
    public sealed class CDN : PlotlyJSReference
    {
        internal CDN(string item) => Item = item ?? throw new ArgumentNullException(nameof(item));

        /// <summary>The plotly.js URL.</summary>
        public string Item { get; }
    }

    /// <summary>The require.js case.</summary>
    public sealed class Require : PlotlyJSReference
    {
        internal Require(string item) => Item = item ?? throw new ArgumentNullException(nameof(item));

        /// <summary>The require.js path of plotly.</summary>
        public string Item { get; }
    }

    internal sealed class FullCase : PlotlyJSReference
    {
    }

    internal sealed class NoReferenceCase : PlotlyJSReference
    {
    }
}

/// <summary>How a chart's HTML page is built (Plotly.NET's DisplayOptions; only the plotly.js reference is modelled).</summary>
public sealed class DisplayOptions : DynamicObj.DynamicObj
{
    /// <summary>The default, as Plotly.NET 5.1.0: plotly.js 2.27.1 from the CDN.</summary>
    internal PlotlyJSReference Reference { get; private set; } = PlotlyJSReference.NewCDN("https://cdn.plot.ly/plotly-2.27.1.min.js");

    /// <summary>Creates display options.</summary>
    /// <param name="PlotlyJSReference">How the page loads plotly.js.</param>
    public static DisplayOptions init(FSharpOption<PlotlyJSReference>? PlotlyJSReference = null)
    {
        var options = new DisplayOptions();
        if (PlotlyJSReference is not null)
        {
            options.Reference = PlotlyJSReference.Value ?? throw new ArgumentNullException(nameof(PlotlyJSReference));
        }

        return options;
    }
}
