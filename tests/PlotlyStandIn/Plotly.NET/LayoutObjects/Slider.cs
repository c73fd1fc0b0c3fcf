using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.FSharp.Core;

namespace Plotly.NET.LayoutObjects;

/// <summary>
/// A layout slider (Plotly.NET's Slider). <c>init</c>'s F# optional parameters have no [Optional] attribute, so
/// C# must pass all 23 (null = not set; CS7036 otherwise); <c>new Slider()</c> + <c>SetValue</c> is the short form.
/// </summary>
public class Slider : DynamicObj.DynamicObj
{
    /// <summary>Creates a slider; keys are written in parameter order (active, …, pad, steps, …, yanchor).</summary>
#pragma warning disable CS1573 // 23 plotly.js slider attributes, named as in plotly.js; see the summary.
    public static Slider init(
        FSharpOption<int>? Active, FSharpOption<Color>? ActiveBgColor, FSharpOption<Color>? BgColor,
        FSharpOption<Color>? BorderColor, FSharpOption<int>? BorderWidth, FSharpOption<SliderCurrentValue>? CurrentValue,
        FSharpOption<Font>? Font, FSharpOption<double>? Len, FSharpOption<StyleParam.UnitMode>? LenMode,
        FSharpOption<int>? MinorTickLen, FSharpOption<string>? Name, FSharpOption<Padding>? Padding,
        FSharpOption<IEnumerable<SliderStep>>? Steps, FSharpOption<string>? TemplateItemName, FSharpOption<Color>? TickColor,
        FSharpOption<int>? TickLen, FSharpOption<int>? TickWidth, FSharpOption<Transition>? Transition,
        FSharpOption<bool>? Visible, FSharpOption<int>? X, FSharpOption<StyleParam.XAnchorPosition>? XAnchor,
        FSharpOption<int>? Y, FSharpOption<StyleParam.YAnchorPosition>? YAnchor)
#pragma warning restore CS1573
    {
        var slider = new Slider();
        slider.SetIf("active", Opt.Of(Active));
        slider.SetIf("activebgcolor", Opt.Get(ActiveBgColor)?.Json);
        slider.SetIf("bgcolor", Opt.Get(BgColor)?.Json);
        slider.SetIf("bordercolor", Opt.Get(BorderColor)?.Json);
        slider.SetIf("borderwidth", Opt.Of(BorderWidth));
        slider.SetIf("currentvalue", Opt.Of(CurrentValue));
        slider.SetIf("font", Opt.Of(Font));
        slider.SetIf("len", Opt.Of(Len));
        slider.SetIf("minorticklen", Opt.Of(MinorTickLen));
        slider.SetIf("name", Opt.Of(Name));
        slider.SetIf("pad", Opt.Of(Padding));
        slider.SetIf("steps", Opt.Of(Steps));
        slider.SetIf("templateitemname", Opt.Of(TemplateItemName));
        slider.SetIf("tickcolor", Opt.Get(TickColor)?.Json);
        slider.SetIf("ticklen", Opt.Of(TickLen));
        slider.SetIf("tickwidth", Opt.Of(TickWidth));
        slider.SetIf("visible", Opt.Of(Visible));
        slider.SetIf("x", Opt.Of(X));
        slider.SetIf("xanchor", Opt.Get(XAnchor)?.Json);
        slider.SetIf("y", Opt.Of(Y));
        slider.SetIf("yanchor", Opt.Get(YAnchor)?.Json);
        return slider;
    }
}

/// <summary>One slider step (Plotly.NET's SliderStep); all 8 <c>init</c> arguments are required from C#.</summary>
public class SliderStep : DynamicObj.DynamicObj
{
    /// <summary>
    /// Creates a step. Each (key, value) of <paramref name="Args"/> becomes a one-key object in "args":
    /// <c>[("visible", bool[])]</c> → <c>"args":[{"visible":[…]}]</c>, the arguments of <c>Plotly[method]</c>.
    /// </summary>
#pragma warning disable CS1573 // Named as the plotly.js step attributes.
    public static SliderStep init(
        FSharpOption<IEnumerable<Tuple<string, object>>>? Args, FSharpOption<bool>? Execute, FSharpOption<string>? Label,
        FSharpOption<StyleParam.Method>? Method, FSharpOption<string>? Name, FSharpOption<string>? TemplateItemName,
        FSharpOption<string>? Value, FSharpOption<bool>? Visible)
#pragma warning restore CS1573
    {
        var step = new SliderStep();
        step.SetIf("args", Opt.Get(Args)?.Select(arg => new Dictionary<string, object> { [arg.Item1] = arg.Item2 }).ToList());
        step.SetIf("execute", Opt.Of(Execute));
        step.SetIf("label", Opt.Of(Label));
        step.SetIf("method", Opt.Get(Method)?.Json);
        step.SetIf("name", Opt.Of(Name));
        step.SetIf("templateitemname", Opt.Of(TemplateItemName));
        step.SetIf("value", Opt.Of(Value));
        step.SetIf("visible", Opt.Of(Visible));
        return step;
    }
}

/// <summary>The slider's current-value label (Plotly.NET's SliderCurrentValue); all 6 arguments required from C#.</summary>
public class SliderCurrentValue : DynamicObj.DynamicObj
{
    /// <summary>Creates the label; keys font, offset, prefix, suffix, visible, xanchor.</summary>
#pragma warning disable CS1573 // Named as the plotly.js attributes.
    public static SliderCurrentValue init(
        FSharpOption<Font>? Font, FSharpOption<int>? Offset, FSharpOption<string>? Prefix, FSharpOption<string>? Suffix,
        FSharpOption<bool>? Visible, FSharpOption<StyleParam.XAnchorPosition>? XAnchor)
#pragma warning restore CS1573
    {
        var value = new SliderCurrentValue();
        value.SetIf("font", Opt.Of(Font));
        value.SetIf("offset", Opt.Of(Offset));
        value.SetIf("prefix", Opt.Of(Prefix));
        value.SetIf("suffix", Opt.Of(Suffix));
        value.SetIf("visible", Opt.Of(Visible));
        value.SetIf("xanchor", Opt.Get(XAnchor)?.Json);
        return value;
    }
}

/// <summary>Padding in px (Plotly.NET's Padding): keys b, l, r, t.</summary>
public class Padding : DynamicObj.DynamicObj
{
    /// <summary>Creates padding; pass the sides by name (<c>Padding.init(T: 50)</c>).</summary>
    /// <param name="B">Bottom.</param>
    /// <param name="L">Left.</param>
    /// <param name="R">Right.</param>
    /// <param name="T">Top.</param>
    public static Padding init(FSharpOption<int>? B = null, FSharpOption<int>? L = null, FSharpOption<int>? R = null, FSharpOption<int>? T = null)
    {
        var padding = new Padding();
        padding.SetIf("b", Opt.Of(B));
        padding.SetIf("l", Opt.Of(L));
        padding.SetIf("r", Opt.Of(R));
        padding.SetIf("t", Opt.Of(T));
        return padding;
    }
}
