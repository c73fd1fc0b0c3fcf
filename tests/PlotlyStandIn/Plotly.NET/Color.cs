namespace Plotly.NET;

/// <summary>
/// Placeholder for Plotly.NET's Color so that mirrored parameter lists keep their real types and positions.
/// It cannot be created here on purpose: the course does not set colors.
/// </summary>
public sealed class Color
{
    private Color()
    {
    }
}
