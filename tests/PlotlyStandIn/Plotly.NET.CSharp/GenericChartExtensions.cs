using System;
using Plotly.NET.LayoutObjects;

namespace Plotly.NET.CSharp;

/// <summary>
/// Stand-in for Plotly.NET.CSharp's fluent extensions (signatures as in 0.13.0, up to the last parameter the course
/// or the golden reference uses). Each changes the chart it is given and returns it. WithTraceInfo, SaveHtml and Show
/// also exist in Plotly.NET.GenericChartExtensions: ambiguous (CS0121) as extension calls with both namespaces.
/// </summary>
public static partial class GenericChartExtensions
{
    /// <summary>The chart's layout object (changes to it change the chart).</summary>
    /// <param name="gChart">The chart.</param>
    public static Layout GetLayout(this GenericChart gChart)
    {
        ArgumentNullException.ThrowIfNull(gChart);
        return gChart.Layout;
    }

    /// <summary>The chart's trace objects (<c>SetValue</c> on one appends/changes a key of that trace).</summary>
    /// <param name="gChart">The chart.</param>
    public static Trace[] GetTraces(this GenericChart gChart)
    {
        ArgumentNullException.ThrowIfNull(gChart);
        return gChart.Traces.ToArray();
    }

    /// <summary>Writes the chart page to <paramref name="path"/> (".html" appended if missing).</summary>
    /// <param name="gChart">The chart.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="OpenInBrowser">Ignored offline: the stand-in never starts a browser.</param>
    public static void SaveHtml(this GenericChart gChart, string path, Optional<bool> OpenInBrowser = default) =>
        Styling.SaveHtml(gChart, path);

    /// <summary>Does nothing offline: the real method opens a browser, which a headless run must not do.</summary>
    /// <param name="gChart">The chart.</param>
    public static void Show(this GenericChart gChart) => ArgumentNullException.ThrowIfNull(gChart);

    /// <summary>Sets trace info on every trace (several traces: name, name_1, name_2, …).</summary>
    /// <param name="gChart">The chart.</param>
    /// <param name="Name">Trace name.</param>
    /// <param name="Visible">Visibility.</param>
    /// <param name="ShowLegend">Whether the trace is in the legend.</param>
    /// <param name="LegendRank">Legend rank.</param>
    /// <param name="LegendGroup">Legend group.</param>
    /// <param name="LegendGroupTitle">Not modelled.</param>
    public static GenericChart WithTraceInfo(
        this GenericChart gChart,
        Optional<string> Name = default,
        Optional<StyleParam.Visible> Visible = default,
        Optional<bool> ShowLegend = default,
        Optional<int> LegendRank = default,
        Optional<string> LegendGroup = default,
        Optional<Title> LegendGroupTitle = default)
    {
        Opt.Unmodelled("WithTraceInfo", nameof(LegendGroupTitle), LegendGroupTitle.IsSome);
        return Styling.TraceInfo(gChart, Name.OrDefault(), Visible.OrDefault(), ShowLegend.IsSome ? ShowLegend.Value : null,
            LegendRank.IsSome ? LegendRank.Value : null, LegendGroup.OrDefault());
    }

    /// <summary>Sets the chart size in px; an omitted dimension keeps its value (and place).</summary>
    /// <param name="gChart">The chart.</param>
    /// <param name="Width">Width in px.</param>
    /// <param name="Height">Height in px.</param>
    public static GenericChart WithSize(this GenericChart gChart, Optional<int> Width = default, Optional<int> Height = default)
    {
        ArgumentNullException.ThrowIfNull(gChart);
        gChart.Layout.SetIf("width", Width.Boxed);
        gChart.Layout.SetIf("height", Height.Boxed);
        return gChart;
    }

    /// <summary>Merges a legend object into the layout's legend (Plotly.NET.CSharp's WithLegend).</summary>
    /// <param name="gChart">The chart.</param>
    /// <param name="legend">The legend.</param>
    public static GenericChart WithLegend(this GenericChart gChart, Legend legend) => Styling.CombineLayout(gChart, "legend", legend);

    /// <summary>Styles the legend (modelled: BorderColor, BorderWidth, Orientation, X, XAnchor, Y, YAnchor).</summary>
#pragma warning disable CS1573 // Parameters as in Plotly.NET.CSharp 0.13.0; see the summary.
    public static GenericChart WithLegendStyle(
        this GenericChart gChart, Optional<Color> BGColor = default, Optional<Color> BorderColor = default,
        Optional<double> BorderWidth = default, Optional<double> EntryWidth = default,
        Optional<StyleParam.EntryWidthMode> EntryWidthMode = default, Optional<Font> Font = default,
        Optional<StyleParam.TraceGroupClickOptions> GroupClick = default, Optional<Font> GroupTitleFont = default,
        Optional<StyleParam.TraceItemClickOptions> ItemClick = default, Optional<StyleParam.TraceItemClickOptions> ItemDoubleClick = default,
        Optional<StyleParam.TraceItemSizing> ItemSizing = default, Optional<int> ItemWidth = default,
        Optional<StyleParam.Orientation> Orientation = default, Optional<Title> Title = default, Optional<double> TraceGroupGap = default,
        Optional<StyleParam.TraceOrder> TraceOrder = default, Optional<string> UIRevision = default,
        Optional<StyleParam.VerticalAlign> VerticalAlign = default, Optional<double> X = default,
        Optional<StyleParam.XAnchorPosition> XAnchor = default, Optional<double> Y = default,
        Optional<StyleParam.YAnchorPosition> YAnchor = default)
#pragma warning restore CS1573
    {
        const string Function = "WithLegendStyle";
        Opt.Unmodelled(Function,
            (nameof(BGColor), BGColor.IsSome), (nameof(EntryWidth), EntryWidth.IsSome), (nameof(Font), Font.IsSome),
            (nameof(GroupTitleFont), GroupTitleFont.IsSome), (nameof(ItemWidth), ItemWidth.IsSome),
            (nameof(Title), Title.IsSome), (nameof(TraceGroupGap), TraceGroupGap.IsSome),
            (nameof(UIRevision), UIRevision.IsSome));
        return Styling.CombineLayout(gChart, "legend", Legend.Of(BorderColor.OrDefault(), BorderWidth.Boxed, Orientation.OrDefault(),
            X.Boxed, XAnchor.OrDefault(), Y.Boxed, YAnchor.OrDefault()));
    }
}
