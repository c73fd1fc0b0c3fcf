using System;
using System.Globalization;

namespace Plotly.NET;

/// <summary>
/// Stand-in for Plotly.NET's Color. Written as Plotly.NET writes it: a named color verbatim ("red"), a hex or
/// RGB color as <c>"rgba(r, g, b, 1.0)"</c>.
/// </summary>
public sealed class Color
{
    private Color(string json) => Json = json;

    /// <summary>The JSON value (a string) plotly.js receives.</summary>
    internal string Json { get; }

    /// <summary>A color by CSS name or any plotly.js color string, written verbatim.</summary>
    /// <param name="c">The color string, e.g. "red".</param>
    public static Color fromString(string c)
    {
        ArgumentException.ThrowIfNullOrEmpty(c);
        return new Color(c);
    }

    /// <summary>A color from "#rrggbb" (or "rrggbb").</summary>
    /// <param name="s">Six hex digits, with or without a leading '#'.</param>
    public static Color fromHex(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var hex = s.StartsWith('#') ? s[1..] : s;
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            throw new ArgumentException($"Color.fromHex expected \"#rrggbb\" (six hex digits), got \"{s}\".", nameof(s));
        }

        return fromRGB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /// <summary>A color from red, green and blue (0-255), fully opaque.</summary>
    /// <param name="r">Red, 0-255.</param>
    /// <param name="g">Green, 0-255.</param>
    /// <param name="b">Blue, 0-255.</param>
    public static Color fromRGB(int r, int g, int b)
    {
        Channel(r, nameof(r));
        Channel(g, nameof(g));
        Channel(b, nameof(b));
        return new Color(string.Create(CultureInfo.InvariantCulture, $"rgba({r}, {g}, {b}, 1.0)"));
    }

    private static void Channel(int value, string name)
    {
        if (value is < 0 or > 255)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Color.fromRGB: '{name}' must be 0-255.");
        }
    }
}
