namespace Plotly.NET;

/// <summary>
/// Stand-in for Plotly.NET's StyleParam module. The real cases are F# union cases, which C# sees as static
/// properties (<c>StyleParam.AxisType.Log</c>); only the unions and cases the course uses are mirrored.
/// </summary>
public static class StyleParam
{
    /// <summary>Axis scale type.</summary>
    public sealed class AxisType
    {
        private readonly string value;

        private AxisType(string value) => this.value = value;

        /// <summary>Plotly chooses the type from the data.</summary>
        public static AxisType Auto { get; } = new("-");

        /// <summary>Linear scale.</summary>
        public static AxisType Linear { get; } = new("linear");

        /// <summary>Logarithmic scale.</summary>
        public static AxisType Log { get; } = new("log");

        /// <summary>Date scale.</summary>
        public static AxisType Date { get; } = new("date");

        /// <summary>Categorical axis.</summary>
        public static AxisType Category { get; } = new("category");

        /// <summary>Multi-categorical axis.</summary>
        public static AxisType MultiCategory { get; } = new("multicategory");

        /// <summary>The plotly.js value, e.g. "log".</summary>
        public override string ToString() => value;
    }

    /// <summary>Drawing mode of a scatter trace.</summary>
    public sealed class Mode
    {
        private readonly string value;

        private Mode(string value) => this.value = value;

        /// <summary>Draws nothing.</summary>
        public static Mode None { get; } = new("none");

        /// <summary>Lines between points.</summary>
        public static Mode Lines { get; } = new("lines");

        /// <summary>Lines and markers.</summary>
        public static Mode Lines_Markers { get; } = new("lines+markers");

        /// <summary>Lines and text.</summary>
        public static Mode Lines_Text { get; } = new("lines+text");

        /// <summary>Lines, markers and text.</summary>
        public static Mode Lines_Markers_Text { get; } = new("lines+markers+text");

        /// <summary>Markers only.</summary>
        public static Mode Markers { get; } = new("markers");

        /// <summary>Markers and text.</summary>
        public static Mode Markers_Text { get; } = new("markers+text");

        /// <summary>Text only.</summary>
        public static Mode Text { get; } = new("text");

        /// <summary>The plotly.js value, e.g. "lines+markers".</summary>
        public override string ToString() => value;
    }

    /// <summary>Trace visibility.</summary>
    public sealed class Visible
    {
        private readonly string value;

        private Visible(string value) => this.value = value;

        /// <summary>Visible.</summary>
        public static Visible True { get; } = new("true");

        /// <summary>Hidden.</summary>
        public static Visible False { get; } = new("false");

        /// <summary>Only the legend entry is shown.</summary>
        public static Visible LegendOnly { get; } = new("legendonly");

        /// <summary>The plotly.js value.</summary>
        public override string ToString() => value;
    }
}
