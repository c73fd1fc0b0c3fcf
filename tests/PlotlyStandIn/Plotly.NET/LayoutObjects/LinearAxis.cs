using System;

namespace Plotly.NET.LayoutObjects;

/// <summary>
/// A 2D axis (Plotly.NET's LinearAxis). Axis styling merges into the layout's existing axis object: keys already
/// there keep their place, new ones are appended in Plotly.NET's order title, type, range, showgrid, zeroline.
/// A <c>new LinearAxis()</c> with <c>SetValue</c> keys, put into the layout before styling, keeps those keys first.
/// </summary>
public class LinearAxis : DynamicObj.DynamicObj
{
    /// <summary>Applies the modelled axis styles in Plotly.NET's key order.</summary>
    internal LinearAxis Style(Title? title, StyleParam.AxisType? type, object[]? range, bool? showGrid, bool? zeroLine)
    {
        if (title is not null)
        {
            CombineAt("title", title);
        }

        SetIf("type", type?.Json);
        SetIf("range", range);
        SetIf("showgrid", showGrid);
        SetIf("zeroline", zeroLine);
        return this;
    }

    /// <summary>[min, max] of a MinMax tuple, or null.</summary>
    internal static object[]? Range<TMin, TMax>(Tuple<TMin, TMax>? minMax) =>
        minMax is null ? null : new object[] { minMax.Item1!, minMax.Item2! };

    private void CombineAt(string key, DynamicObj.DynamicObj part)
    {
        if (Get(key) is DynamicObj.DynamicObj existing)
        {
            existing.Combine(part);
        }
        else
        {
            SetValue(key, part);
        }
    }
}

/// <summary>The layout's grid of subplots (written by Chart.Grid and Chart.SingleStack).</summary>
internal sealed class LayoutGrid : DynamicObj.DynamicObj
{
    public LayoutGrid(int rows, int columns)
    {
        SetValue("rows", rows);
        SetValue("columns", columns);
        SetValue("roworder", "top to bottom");
        SetValue("pattern", "independent");
    }
}
