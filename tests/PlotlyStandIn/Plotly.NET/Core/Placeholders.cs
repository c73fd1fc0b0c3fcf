// Real object types the stand-in does not model (see StyleParam.Placeholders.cs): they keep mirrored parameter lists
// at their real types and positions, and cannot be created.
namespace Plotly.NET
{
    /// <summary>Placeholder for the real UniformText (not modelled; cannot be created).</summary>
    public sealed class UniformText { private UniformText() { } }
    /// <summary>Placeholder for the real Hoverlabel (not modelled; cannot be created).</summary>
    public sealed class Hoverlabel { private Hoverlabel() { } }
    /// <summary>Placeholder for the real Transition (not modelled; cannot be created).</summary>
    public sealed class Transition { private Transition() { } }
}

namespace Plotly.NET.ConfigObjects
{
    /// <summary>Placeholder for the real Edits (not modelled; cannot be created).</summary>
    public sealed class Edits { private Edits() { } }
}

namespace Plotly.NET.TraceObjects
{
    /// <summary>Placeholder for the real Contours (not modelled; cannot be created).</summary>
    public sealed class Contours { private Contours() { } }
    /// <summary>Placeholder for the real Pattern (not modelled; cannot be created).</summary>
    public sealed class Pattern { private Pattern() { } }
    /// <summary>Placeholder for the real Gradient (not modelled; cannot be created).</summary>
    public sealed class Gradient { private Gradient() { } }
    /// <summary>Placeholder for the real Bins (not modelled; cannot be created).</summary>
    public sealed class Bins { private Bins() { } }
}

namespace Plotly.NET.LayoutObjects
{
    /// <summary>Placeholder for the real ShapeLabel (not modelled; cannot be created).</summary>
    public sealed class ShapeLabel { private ShapeLabel() { } }
}
