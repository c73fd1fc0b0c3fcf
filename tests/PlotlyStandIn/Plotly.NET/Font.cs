namespace Plotly.NET;

/// <summary>
/// Placeholder for Plotly.NET's Font so that mirrored parameter lists keep their real types and positions.
/// It cannot be created here on purpose: the course does not style fonts, and code that did would not be
/// checked by the stand-in.
/// </summary>
public sealed class Font
{
    private Font()
    {
    }
}
