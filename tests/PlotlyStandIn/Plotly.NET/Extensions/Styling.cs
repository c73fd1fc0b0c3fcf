using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Plotly.NET.LayoutObjects;

namespace Plotly.NET;

/// <summary>Chart styling shared by both extension classes and Plotly.NET's Chart functions (all mutate the chart).</summary>
internal static class Styling
{
    /// <summary>
    /// Sets trace info on every trace, keys in the order name, visible, showlegend, legendrank, legendgroup. With
    /// several traces the first gets the name, the others name_1, name_2, ….
    /// </summary>
    public static GenericChart TraceInfo(GenericChart chart, string? name, StyleParam.Visible? visible, bool? showLegend, int? legendRank, string? legendGroup)
    {
        ArgumentNullException.ThrowIfNull(chart);
        for (var i = 0; i < chart.Traces.Count; i++)
        {
            var trace = chart.Traces[i];
            trace.SetIf("name", name is null ? null : i == 0 ? name : $"{name}_{i}");
            trace.SetIf("visible", visible?.Json);
            trace.SetIf("showlegend", showLegend);
            trace.SetIf("legendrank", legendRank);
            trace.SetIf("legendgroup", legendGroup);
        }

        return chart;
    }

    /// <summary>Styles the layout's axis <paramref name="key"/> ("xaxis"/"yaxis"), creating it if missing.</summary>
    public static GenericChart Axis(GenericChart chart, string key, Title? title, StyleParam.AxisType? type, object[]? range, bool? showGrid, bool? zeroLine)
    {
        ArgumentNullException.ThrowIfNull(chart);
        chart.Layout.Axis(key).Style(title, type, range, showGrid, zeroLine);
        return chart;
    }

    /// <summary>Merges <paramref name="part"/> into the layout object under <paramref name="key"/>.</summary>
    public static GenericChart CombineLayout(GenericChart chart, string key, DynamicObj.DynamicObj part)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(part, key);
        chart.Layout.CombineAt(key, part);
        return chart;
    }

    /// <summary>Appends items to the layout list under <paramref name="key"/> (annotations, shapes).</summary>
    public static GenericChart Append<T>(GenericChart chart, string key, IEnumerable<T> items, string parameter)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(items, parameter);
        var list = chart.Layout.Get(key) as List<object> ?? new List<object>();
        list.AddRange(items.Select((item, i) => (object?)item ?? throw new ArgumentException($"{parameter}[{i}] is null.", parameter)));
        chart.Layout.SetValue(key, list);
        return chart;
    }

    /// <summary>Sets the layout's sliders.</summary>
    public static GenericChart Sliders(GenericChart chart, IEnumerable<Slider> sliders)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(sliders);
        chart.Layout.SetValue("sliders", sliders.ToList());
        return chart;
    }

    /// <summary>Writes the chart page (".html" appended if missing).</summary>
    public static void SaveHtml(GenericChart chart, string path)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? path : path + ".html";
        File.WriteAllText(file, GenericChart.toEmbeddedHTML(chart));
    }
}
