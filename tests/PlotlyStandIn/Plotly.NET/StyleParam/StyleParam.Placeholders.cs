namespace Plotly.NET;

// Real parameter types the stand-in does not model. They exist so mirrored parameter lists keep their real types
// and positions; they cannot be created, so only "not given" (default / null) can be passed for them.
public static partial class StyleParam
{
    /// <summary>Placeholder for the real GroupNorm (not modelled; cannot be created).</summary>
    public sealed class GroupNorm { private GroupNorm() { } }
    /// <summary>Placeholder for the real Fill (not modelled; cannot be created).</summary>
    public sealed class Fill { private Fill() { } }
    /// <summary>Placeholder for the real PatternShape (not modelled; cannot be created).</summary>
    public sealed class PatternShape { private PatternShape() { } }
    /// <summary>Placeholder for the real HistFunc (not modelled; cannot be created).</summary>
    public sealed class HistFunc { private HistFunc() { } }
    /// <summary>Placeholder for the real HistNorm (not modelled; cannot be created).</summary>
    public sealed class HistNorm { private HistNorm() { } }
    /// <summary>Placeholder for the real ContourColoring (not modelled; cannot be created).</summary>
    public sealed class ContourColoring { private ContourColoring() { } }
    /// <summary>Placeholder for the real ConstraintOperation (not modelled; cannot be created).</summary>
    public sealed class ConstraintOperation { private ConstraintOperation() { } }
    /// <summary>Placeholder for the real ContourType (not modelled; cannot be created).</summary>
    public sealed class ContourType { private ContourType() { } }
    /// <summary>Placeholder for the real SubPlotId (not modelled; cannot be created).</summary>
    public sealed class SubPlotId { private SubPlotId() { } }
    /// <summary>Placeholder for the real LinearAxisId (not modelled; cannot be created).</summary>
    public sealed class LinearAxisId { private LinearAxisId() { } }
    /// <summary>Placeholder for the real Mirror (not modelled; cannot be created).</summary>
    public sealed class Mirror { private Mirror() { } }
    /// <summary>Placeholder for the real EntryWidthMode (not modelled; cannot be created).</summary>
    public sealed class EntryWidthMode { private EntryWidthMode() { } }
    /// <summary>Placeholder for the real TraceGroupClickOptions (not modelled; cannot be created).</summary>
    public sealed class TraceGroupClickOptions { private TraceGroupClickOptions() { } }
    /// <summary>Placeholder for the real TraceItemClickOptions (not modelled; cannot be created).</summary>
    public sealed class TraceItemClickOptions { private TraceItemClickOptions() { } }
    /// <summary>Placeholder for the real TraceItemSizing (not modelled; cannot be created).</summary>
    public sealed class TraceItemSizing { private TraceItemSizing() { } }
    /// <summary>Placeholder for the real TraceOrder (not modelled; cannot be created).</summary>
    public sealed class TraceOrder { private TraceOrder() { } }
    /// <summary>Placeholder for the real VerticalAlign (not modelled; cannot be created).</summary>
    public sealed class VerticalAlign { private VerticalAlign() { } }
    /// <summary>Placeholder for the real AnnotationAlignment (not modelled; cannot be created).</summary>
    public sealed class AnnotationAlignment { private AnnotationAlignment() { } }
    /// <summary>Placeholder for the real ArrowHead (not modelled; cannot be created).</summary>
    public sealed class ArrowHead { private ArrowHead() { } }
    /// <summary>Placeholder for the real ArrowSide (not modelled; cannot be created).</summary>
    public sealed class ArrowSide { private ArrowSide() { } }
    /// <summary>Placeholder for the real ClickToShow (not modelled; cannot be created).</summary>
    public sealed class ClickToShow { private ClickToShow() { } }
    /// <summary>Placeholder for the real FillRule (not modelled; cannot be created).</summary>
    public sealed class FillRule { private FillRule() { } }
    /// <summary>Placeholder for the real Layer (not modelled; cannot be created).</summary>
    public sealed class Layer { private Layer() { } }
    /// <summary>Placeholder for the real ShapeSizeMode (not modelled; cannot be created).</summary>
    public sealed class ShapeSizeMode { private ShapeSizeMode() { } }
    /// <summary>Placeholder for the real UnitMode (not modelled; cannot be created).</summary>
    public sealed class UnitMode { private UnitMode() { } }
    /// <summary>Placeholder for the real ScrollZoom (not modelled; cannot be created).</summary>
    public sealed class ScrollZoom { private ScrollZoom() { } }
    /// <summary>Placeholder for the real DoubleClick (not modelled; cannot be created).</summary>
    public sealed class DoubleClick { private DoubleClick() { } }
}
