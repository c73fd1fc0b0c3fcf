using System;
using System.Collections.Generic;
using System.Linq;

namespace Plotly.NET;

/// <summary>
/// Stand-in for Plotly.NET's StyleParam module. Its F# union cases appear to C# as static properties
/// (<c>StyleParam.Mode.Lines_Markers</c>); a case with a field is built with <c>New…</c>. Only cases whose
/// JSON value the golden reference shows (or that follow the same plotly.js naming) are mirrored, so a case the
/// real library lacks (<c>Mode.LinesMarkers</c>, <c>Colorscale.Blues</c>) fails to compile here too (CS0117).
/// </summary>
public static partial class StyleParam
{
    /// <summary>Drawing mode of a scatter trace.</summary>
    public sealed class Mode : Case
    {
        private Mode(string json) : base(json) { }

        /// <summary>"none".</summary>
        public static Mode None { get; } = new("none");
        /// <summary>"lines".</summary>
        public static Mode Lines { get; } = new("lines");
        /// <summary>"lines+markers".</summary>
        public static Mode Lines_Markers { get; } = new("lines+markers");
        /// <summary>"lines+text".</summary>
        public static Mode Lines_Text { get; } = new("lines+text");
        /// <summary>"lines+markers+text".</summary>
        public static Mode Lines_Markers_Text { get; } = new("lines+markers+text");
        /// <summary>"markers".</summary>
        public static Mode Markers { get; } = new("markers");
        /// <summary>"markers+text".</summary>
        public static Mode Markers_Text { get; } = new("markers+text");
        /// <summary>"text".</summary>
        public static Mode Text { get; } = new("text");
    }

    /// <summary>Trace visibility: true, false (JSON booleans) or "legendonly".</summary>
    public sealed class Visible : Case
    {
        private Visible(object json) : base(json) { }

        /// <summary>true.</summary>
        public static Visible True { get; } = new(true);
        /// <summary>false.</summary>
        public static Visible False { get; } = new(false);
        /// <summary>"legendonly".</summary>
        public static Visible LegendOnly { get; } = new("legendonly");
    }

    /// <summary>Marker symbols, written as plotly.js symbol numbers in strings ("0", "1", …).</summary>
    public sealed class MarkerSymbol : Case
    {
        private MarkerSymbol(string json) : base(json) { }

        /// <summary>"0".</summary>
        public static MarkerSymbol Circle { get; } = new("0");
        /// <summary>"1".</summary>
        public static MarkerSymbol Square { get; } = new("1");
        /// <summary>"2".</summary>
        public static MarkerSymbol Diamond { get; } = new("2");
        /// <summary>"3".</summary>
        public static MarkerSymbol Cross { get; } = new("3");
    }

    /// <summary>Line dash styles.</summary>
    public sealed class DrawingStyle : Case
    {
        private DrawingStyle(string json) : base(json) { }

        /// <summary>"solid".</summary>
        public static DrawingStyle Solid { get; } = new("solid");
        /// <summary>"dash".</summary>
        public static DrawingStyle Dash { get; } = new("dash");
        /// <summary>"dot".</summary>
        public static DrawingStyle Dot { get; } = new("dot");
        /// <summary>"dashdot".</summary>
        public static DrawingStyle DashDot { get; } = new("dashdot");
    }

    /// <summary>Text positions relative to the data point.</summary>
    public sealed class TextPosition : Case
    {
        private TextPosition(string json) : base(json) { }

        /// <summary>"top left".</summary>
        public static TextPosition TopLeft { get; } = new("top left");
        /// <summary>"top center".</summary>
        public static TextPosition TopCenter { get; } = new("top center");
        /// <summary>"top right".</summary>
        public static TextPosition TopRight { get; } = new("top right");
        /// <summary>"middle left".</summary>
        public static TextPosition MiddleLeft { get; } = new("middle left");
        /// <summary>"middle center".</summary>
        public static TextPosition MiddleCenter { get; } = new("middle center");
        /// <summary>"middle right".</summary>
        public static TextPosition MiddleRight { get; } = new("middle right");
        /// <summary>"bottom left".</summary>
        public static TextPosition BottomLeft { get; } = new("bottom left");
        /// <summary>"bottom center".</summary>
        public static TextPosition BottomCenter { get; } = new("bottom center");
        /// <summary>"bottom right".</summary>
        public static TextPosition BottomRight { get; } = new("bottom right");
    }

    /// <summary>Color scales: named ones are written by name, a custom one as [[position, color], …].</summary>
    public sealed class Colorscale : Case
    {
        private Colorscale(object json) : base(json) { }

        /// <summary>"RdBu".</summary>
        public static Colorscale RdBu { get; } = new("RdBu");
        /// <summary>"Earth".</summary>
        public static Colorscale Earth { get; } = new("Earth");
        /// <summary>"Blackbody".</summary>
        public static Colorscale Blackbody { get; } = new("Blackbody");
        /// <summary>"Bluered".</summary>
        public static Colorscale Bluered { get; } = new("Bluered");
        /// <summary>"Portland".</summary>
        public static Colorscale Portland { get; } = new("Portland");
        /// <summary>"Electric".</summary>
        public static Colorscale Electric { get; } = new("Electric");
        /// <summary>"Jet".</summary>
        public static Colorscale Jet { get; } = new("Jet");
        /// <summary>"Hot".</summary>
        public static Colorscale Hot { get; } = new("Hot");
        /// <summary>"Greys".</summary>
        public static Colorscale Greys { get; } = new("Greys");
        /// <summary>"Greens".</summary>
        public static Colorscale Greens { get; } = new("Greens");
        /// <summary>"Picnic".</summary>
        public static Colorscale Picnic { get; } = new("Picnic");
        /// <summary>"Rainbow".</summary>
        public static Colorscale Rainbow { get; } = new("Rainbow");
        /// <summary>"Viridis".</summary>
        public static Colorscale Viridis { get; } = new("Viridis");
        /// <summary>"Cividis".</summary>
        public static Colorscale Cividis { get; } = new("Cividis");

        /// <summary>A custom scale of (position 0-1, color) stops.</summary>
        /// <param name="item">The stops.</param>
        public static Colorscale NewCustom(IEnumerable<Tuple<double, Color>> item)
        {
            ArgumentNullException.ThrowIfNull(item);
            return new(item.Select(stop => new object[] { stop.Item1, stop.Item2.Json }).ToArray());
        }
    }
}
