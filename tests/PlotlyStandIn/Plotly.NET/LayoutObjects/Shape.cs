using System;
using Microsoft.FSharp.Core;

namespace Plotly.NET.LayoutObjects;

/// <summary>A layout shape (Plotly.NET's Shape); keys in its parameter order.</summary>
public class Shape : DynamicObj.DynamicObj
{
    /// <summary>
    /// Creates a shape (Plotly.NET's <c>Shape.init</c>, up to Yref). From C# the four type arguments (X0, X1, Y0, Y1)
    /// are needed: <c>Shape.init&lt;double, double, double, double&gt;(…)</c>. Modelled: FillColor, Line, Opacity,
    /// ShapeType, X0, X1, Xref, Y0, Y1, Yref; any other given value is rejected.
    /// </summary>
#pragma warning disable CS1573 // The parameters are the real ones; the modelled ones are listed in the summary.
    public static Shape init<a, b, c, d>(
        FSharpOption<bool>? Editable = null, FSharpOption<Color>? FillColor = null,
        FSharpOption<StyleParam.FillRule>? FillRule = null, FSharpOption<ShapeLabel>? Label = null,
        FSharpOption<bool>? ShowLegend = null, FSharpOption<StyleParam.SubPlotId>? Legend = null,
        FSharpOption<int>? LegendRank = null, FSharpOption<string>? LegendGroup = null,
        FSharpOption<Title>? LegendGroupTitle = null, FSharpOption<double>? LegendWidth = null,
        FSharpOption<StyleParam.Layer>? Layer = null, FSharpOption<Line>? Line = null, FSharpOption<string>? Name = null,
        FSharpOption<double>? Opacity = null, FSharpOption<string>? Path = null, FSharpOption<string>? TemplateItemName = null,
        FSharpOption<StyleParam.ShapeType>? ShapeType = null, FSharpOption<bool>? Visible = null,
        FSharpOption<a>? X0 = null, FSharpOption<b>? X1 = null, FSharpOption<StyleParam.LinearAxisId>? XAnchor = null,
        FSharpOption<string>? Xref = null, FSharpOption<StyleParam.ShapeSizeMode>? XSizeMode = null,
        FSharpOption<c>? Y0 = null, FSharpOption<d>? Y1 = null, FSharpOption<StyleParam.LinearAxisId>? YAnchor = null,
        FSharpOption<string>? Yref = null)
#pragma warning restore CS1573
        where a : IConvertible where b : IConvertible where c : IConvertible where d : IConvertible
    {
        Opt.Unmodelled("Shape.init",
            (nameof(Editable), Editable is not null), (nameof(ShowLegend), ShowLegend is not null),
            (nameof(LegendRank), LegendRank is not null), (nameof(LegendGroup), LegendGroup is not null),
            (nameof(LegendGroupTitle), LegendGroupTitle is not null), (nameof(LegendWidth), LegendWidth is not null),
            (nameof(Name), Name is not null), (nameof(Path), Path is not null),
            (nameof(TemplateItemName), TemplateItemName is not null), (nameof(Visible), Visible is not null));

        var shape = new Shape();
        shape.SetIf("fillcolor", Opt.Get(FillColor)?.Json);
        shape.SetIf("line", Opt.Of(Line));
        shape.SetIf("opacity", Opt.Of(Opacity));
        shape.SetIf("type", Opt.Get(ShapeType)?.Json);
        shape.SetIf("x0", Opt.Of(X0));
        shape.SetIf("x1", Opt.Of(X1));
        shape.SetIf("xref", Opt.Of(Xref));
        shape.SetIf("y0", Opt.Of(Y0));
        shape.SetIf("y1", Opt.Of(Y1));
        shape.SetIf("yref", Opt.Of(Yref));
        return shape;
    }
}
