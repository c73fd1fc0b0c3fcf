using Microsoft.FSharp.Core;

namespace Plotly.NET;

/// <summary>A font (Plotly.NET's Font): keys family, size, color.</summary>
public class Font : DynamicObj.DynamicObj
{
    /// <summary>Creates a font (leading parameters of Plotly.NET's <c>Font.init</c>).</summary>
    /// <param name="Family">Font family.</param>
    /// <param name="Size">Size in points (written as a double, e.g. 22.0).</param>
    /// <param name="Color">Font color.</param>
    public static Font init(
        FSharpOption<StyleParam.FontFamily>? Family = null,
        FSharpOption<double>? Size = null,
        FSharpOption<Color>? Color = null)
    {
        var font = new Font();
        font.SetIf("family", Opt.Get(Family)?.Json);
        font.SetIf("size", Opt.Of(Size));
        font.SetIf("color", Opt.Get(Color)?.Json);
        return font;
    }
}

/// <summary>A title (Plotly.NET's Title): keys text, font.</summary>
public class Title : DynamicObj.DynamicObj
{
    /// <summary>Creates a title (leading parameters of Plotly.NET's <c>Title.init</c>).</summary>
    /// <param name="Text">The title text.</param>
    /// <param name="Font">The title font.</param>
    public static Title init(FSharpOption<string>? Text = null, FSharpOption<Font>? Font = null)
    {
        var title = new Title();
        title.SetIf("text", Opt.Of(Text));
        title.SetIf("font", Opt.Of(Font));
        return title;
    }
}

/// <summary>A line style (Plotly.NET's Line, used by traces and shapes): keys color, width, dash.</summary>
public class Line : DynamicObj.DynamicObj
{
    /// <summary>
    /// Creates a line style. Only the named arguments below are mirrored (the real <c>Line.init</c> has more,
    /// in another order), so pass them by name.
    /// </summary>
    /// <param name="Color">Line color.</param>
    /// <param name="Width">Line width in px (written as a double, e.g. 2.0).</param>
    /// <param name="Dash">Dash style.</param>
    public static Line init(
        FSharpOption<Color>? Color = null,
        FSharpOption<double>? Width = null,
        FSharpOption<StyleParam.DrawingStyle>? Dash = null) =>
        new Line().Style(Opt.Get(Color), Opt.Of(Width), Opt.Get(Dash));

    /// <summary>Sets the given keys in Plotly.NET's order (color, width, dash); keys already set keep their place.</summary>
    internal Line Style(Color? color, object? width, StyleParam.DrawingStyle? dash)
    {
        SetIf("color", color?.Json);
        SetIf("width", width);
        SetIf("dash", dash?.Json);
        return this;
    }
}

/// <summary>A color bar (Plotly.NET's ColorBar); only its title is modelled.</summary>
public class ColorBar : DynamicObj.DynamicObj
{
    /// <summary>
    /// Creates a color bar. From C# both type arguments are needed (element types of the later TickText and
    /// TickVals parameters): <c>ColorBar.init&lt;string, double&gt;(Title: …)</c>. Pass Title by name.
    /// </summary>
    /// <typeparam name="a">TickText element type (not modelled).</typeparam>
    /// <typeparam name="b">TickVals element type (not modelled).</typeparam>
    /// <param name="Title">The color bar title.</param>
    public static ColorBar init<a, b>(FSharpOption<Title>? Title = null)
        where a : System.IConvertible
        where b : System.IConvertible
    {
        var colorBar = new ColorBar();
        colorBar.SetIf("title", Opt.Of(Title));
        return colorBar;
    }
}
