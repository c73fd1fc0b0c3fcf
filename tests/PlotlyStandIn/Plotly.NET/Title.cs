using Microsoft.FSharp.Core;

namespace Plotly.NET;

/// <summary>Stand-in for Plotly.NET's Title object (only its text is recorded).</summary>
public sealed class Title
{
    /// <summary>The title text, if set.</summary>
    internal string? Text { get; private set; }

    /// <summary>Creates a title, as Plotly.NET's <c>Title.init</c> (leading parameters only).</summary>
    /// <param name="Text">The title text.</param>
    /// <param name="Font">The title font (not recorded).</param>
    public static Title init(FSharpOption<string>? Text = null, FSharpOption<Font>? Font = null) =>
        new() { Text = Text?.Value };
}
