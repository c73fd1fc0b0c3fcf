using System;
using System.Collections.Generic;
using Plotly.NET.TraceObjects;

namespace Plotly.NET.CSharp;

public static partial class Chart
{
#pragma warning disable CS1573 // Parameters as in Plotly.NET.CSharp 0.13.0; see its documentation.
    /// <summary>Horizontal bars: values on x, keys on y, "orientation":"h".</summary>
    public static GenericChart Bar<ValuesType, KeysType, TextType>(
        IEnumerable<ValuesType> values, Optional<IEnumerable<KeysType>> Keys = default, Optional<string> Name = default,
        Optional<bool> ShowLegend = default, Optional<double> Opacity = default, Optional<IEnumerable<double>> MultiOpacity = default,
        Optional<TextType> Text = default, Optional<IEnumerable<TextType>> MultiText = default, Optional<Color> MarkerColor = default)
        where ValuesType : IConvertible where KeysType : IConvertible where TextType : IConvertible
    {
        BarCommon("Chart.Bar", ShowLegend.IsSome, Opacity.IsSome, MultiOpacity.IsSome, Text.IsSome, MultiText.IsSome);
        return BarTrace(values, Keys, Name, MarkerColor, horizontal: true);
    }

    /// <summary>Vertical bars: keys on x, values on y, "orientation":"v".</summary>
    public static GenericChart Column<ValuesType, KeysType, TextType>(
        IEnumerable<ValuesType> values, Optional<IEnumerable<KeysType>> Keys = default, Optional<string> Name = default,
        Optional<bool> ShowLegend = default, Optional<double> Opacity = default, Optional<IEnumerable<double>> MultiOpacity = default,
        Optional<TextType> Text = default, Optional<IEnumerable<TextType>> MultiText = default, Optional<Color> MarkerColor = default)
        where ValuesType : IConvertible where KeysType : IConvertible where TextType : IConvertible
    {
        BarCommon("Chart.Column", ShowLegend.IsSome, Opacity.IsSome, MultiOpacity.IsSome, Text.IsSome, MultiText.IsSome);
        return BarTrace(values, Keys, Name, MarkerColor, horizontal: false);
    }

    /// <summary>A histogram of X (keys: type, name, x, nbinsx, marker).</summary>
    public static GenericChart Histogram<XType, YType, TextType>(
        Optional<IEnumerable<XType>> X = default, Optional<IEnumerable<IEnumerable<XType>>> MultiX = default,
        Optional<IEnumerable<YType>> Y = default, Optional<IEnumerable<IEnumerable<YType>>> MultiY = default,
        Optional<StyleParam.Orientation> Orientation = default, Optional<string> Name = default, Optional<bool> ShowLegend = default,
        Optional<double> Opacity = default, Optional<TextType> Text = default, Optional<IEnumerable<TextType>> MultiText = default,
        Optional<StyleParam.TextPosition> TextPosition = default, Optional<StyleParam.HistFunc> HistFunc = default,
        Optional<StyleParam.HistNorm> HistNorm = default, Optional<string> AlignmentGroup = default,
        Optional<string> OffsetGroup = default, Optional<int> NBinsX = default)
        where XType : IConvertible where YType : IConvertible where TextType : IConvertible
#pragma warning restore CS1573
    {
        const string Function = "Chart.Histogram";
        Opt.Unmodelled(Function,
            (nameof(MultiX), MultiX.IsSome), (nameof(Y), Y.IsSome), (nameof(MultiY), MultiY.IsSome),
            (nameof(Orientation), Orientation.IsSome), (nameof(ShowLegend), ShowLegend.IsSome), (nameof(Opacity), Opacity.IsSome),
            (nameof(Text), Text.IsSome), (nameof(MultiText), MultiText.IsSome), (nameof(TextPosition), TextPosition.IsSome),
            (nameof(AlignmentGroup), AlignmentGroup.IsSome), (nameof(OffsetGroup), OffsetGroup.IsSome));

        var trace = new Trace("histogram");
        trace.SetIf("name", Name.Boxed);
        trace.SetIf("x", X.Boxed);
        trace.SetIf("nbinsx", NBinsX.Boxed);
        trace.SetValue("marker", new Marker().Style(pattern: new DynamicObj.DynamicObj()));
        return GenericChart.Of(trace, useDefaults: true);
    }

    private static GenericChart BarTrace<ValuesType, KeysType>(
        IEnumerable<ValuesType> values, Optional<IEnumerable<KeysType>> keys, Optional<string> name, Optional<Color> markerColor, bool horizontal)
    {
        ArgumentNullException.ThrowIfNull(values);
        var trace = new Trace("bar");
        trace.SetIf("name", name.Boxed);
        trace.SetIf("x", horizontal ? values : keys.Boxed);
        trace.SetIf("y", horizontal ? keys.Boxed : values);
        trace.SetValue("orientation", horizontal ? "h" : "v");
        trace.SetValue("marker", new Marker().Style(color: markerColor.OrDefault(), pattern: new DynamicObj.DynamicObj()));
        return GenericChart.Of(trace, useDefaults: true);
    }

    private static void BarCommon(string function, bool showLegend, bool opacity, bool multiOpacity, bool text, bool multiText)
    {
        Opt.Unmodelled(function,
            ("ShowLegend", showLegend), ("Opacity", opacity), ("MultiOpacity", multiOpacity), ("Text", text),
            ("MultiText", multiText));
    }
}
