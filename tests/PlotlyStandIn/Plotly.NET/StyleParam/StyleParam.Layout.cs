namespace Plotly.NET;

public static partial class StyleParam
{
    /// <summary>Axis scale type.</summary>
    public sealed class AxisType : Case
    {
        private AxisType(string json) : base(json) { }

        /// <summary>"-" (plotly chooses from the data).</summary>
        public static AxisType Auto { get; } = new("-");
        /// <summary>"linear".</summary>
        public static AxisType Linear { get; } = new("linear");
        /// <summary>"log".</summary>
        public static AxisType Log { get; } = new("log");
        /// <summary>"date".</summary>
        public static AxisType Date { get; } = new("date");
        /// <summary>"category".</summary>
        public static AxisType Category { get; } = new("category");
        /// <summary>"multicategory".</summary>
        public static AxisType MultiCategory { get; } = new("multicategory");
    }

    /// <summary>Orientation of a legend (or bars).</summary>
    public sealed class Orientation : Case
    {
        private Orientation(string json) : base(json) { }

        /// <summary>"h".</summary>
        public static Orientation Horizontal { get; } = new("h");
        /// <summary>"v".</summary>
        public static Orientation Vertical { get; } = new("v");
    }

    /// <summary>Horizontal anchor of a positioned element.</summary>
    public sealed class XAnchorPosition : Case
    {
        private XAnchorPosition(string json) : base(json) { }

        /// <summary>"auto".</summary>
        public static XAnchorPosition Auto { get; } = new("auto");
        /// <summary>"left".</summary>
        public static XAnchorPosition Left { get; } = new("left");
        /// <summary>"center".</summary>
        public static XAnchorPosition Center { get; } = new("center");
        /// <summary>"right".</summary>
        public static XAnchorPosition Right { get; } = new("right");
    }

    /// <summary>Vertical anchor of a positioned element.</summary>
    public sealed class YAnchorPosition : Case
    {
        private YAnchorPosition(string json) : base(json) { }

        /// <summary>"auto".</summary>
        public static YAnchorPosition Auto { get; } = new("auto");
        /// <summary>"top".</summary>
        public static YAnchorPosition Top { get; } = new("top");
        /// <summary>"middle".</summary>
        public static YAnchorPosition Middle { get; } = new("middle");
        /// <summary>"bottom".</summary>
        public static YAnchorPosition Bottom { get; } = new("bottom");
    }

    /// <summary>Font families (only Arial is mirrored: the one the golden reference shows).</summary>
    public sealed class FontFamily : Case
    {
        private FontFamily(string json) : base(json) { }

        /// <summary>"Arial".</summary>
        public static FontFamily Arial { get; } = new("Arial");
    }

    /// <summary>Layout shape types.</summary>
    public sealed class ShapeType : Case
    {
        private ShapeType(string json) : base(json) { }

        /// <summary>"line".</summary>
        public static ShapeType Line { get; } = new("line");
        /// <summary>"rect".</summary>
        public static ShapeType Rectangle { get; } = new("rect");
        /// <summary>"circle".</summary>
        public static ShapeType Circle { get; } = new("circle");
    }

    /// <summary>The plotly.js function a slider step calls.</summary>
    public sealed class Method : Case
    {
        private Method(string json) : base(json) { }

        /// <summary>"restyle" (trace attributes).</summary>
        public static Method Restyle { get; } = new("restyle");
        /// <summary>"relayout" (layout attributes).</summary>
        public static Method Relayout { get; } = new("relayout");
        /// <summary>"update" (trace and layout attributes).</summary>
        public static Method Update { get; } = new("update");
        /// <summary>"animate".</summary>
        public static Method Animate { get; } = new("animate");
    }
}
