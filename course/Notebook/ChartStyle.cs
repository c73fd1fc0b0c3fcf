using Plotly.NET;
using Plotly.NET.CSharp;
using Plotly.NET.LayoutObjects;

namespace NeuronFromScratch.Course;

/// <summary>
/// How every chart of the course is laid out, in one place, so that a chart cell says only what it draws:
/// <c>.WithTitle("…")</c> (one line above the plot), <c>.WithNotebookLayout()</c> (720 px wide, the legend under the plot),
/// <c>.WithHover("epoch %{x}&lt;br&gt;…")</c>, <c>.WithLogYAxis("loss", values)</c> (ticks at powers of ten only),
/// <c>.WithSliderThroughLines(labels, prefix)</c> and <c>ColorBarTitled("…")</c>.
/// Plotly.NET.CSharp's calls (WithSize, WithLegendStyle, …) do the work where it has them. Where it has none, these set
/// plotly.js's own attributes by name ("title", "margin", "sliders": plotly.js's reference lists them) with Plotly.NET's
/// SetProperty.
/// </summary>
public static class ChartStyle
{
    /// <summary>Chart width in px: fits the output column of Jupyter and VS Code without a scroll bar.</summary>
    public const int NotebookChartWidth = 720;

    /// <summary>The chart's title, above the plot: one line, short enough for <see cref="NotebookChartWidth"/>.</summary>
    public static GenericChart WithTitle(this GenericChart chart, string title)
    {
        chart.GetLayout().SetProperty("title", new { text = title });
        return chart;
    }

    /// <summary>
    /// Sizes the chart for a notebook column (<see cref="NotebookChartWidth"/> × <paramref name="height"/> px) and puts the
    /// legend in horizontal rows centred under the plot, so that the plot keeps the whole width.
    /// </summary>
    public static GenericChart WithNotebookLayout(this GenericChart chart, int height = 480) =>
        chart.WithSize(NotebookChartWidth, height)
            .WithMargins(top: 60)
            .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal,
                X: 0.5, XAnchor: StyleParam.XAnchorPosition.Center, Y: -0.2, YAnchor: StyleParam.YAnchorPosition.Top);

    // The space around the plot in px: room for the axis titles at the left and bottom, and the title (or slider) on top.
    internal static GenericChart WithMargins(this GenericChart chart, int top)
    {
        chart.GetLayout().SetProperty("margin", new { l = 70, r = 30, t = top, b = 50 });
        return chart;
    }

    /// <summary>A colour bar (the scale beside a contour or heatmap) with <paramref name="title"/> above it.</summary>
    public static ColorBar ColorBarTitled(string title)
    {
        var colorBar = new ColorBar();
        colorBar.SetProperty("title", new { text = title });
        return colorBar;
    }

    /// <summary>
    /// Sets the hover text of every trace of <paramref name="chart"/>: a plotly hovertemplate, where <c>%{x}</c>,
    /// <c>%{y}</c>, <c>%{z}</c> and <c>%{pointNumber}</c> are the point's values (<c>%{y:.3f}</c>: 3 decimals) and
    /// <c>&lt;br&gt;</c> starts a new line. The trace's name appears beside the box.
    /// </summary>
    public static GenericChart WithHover(this GenericChart chart, string template)
    {
        foreach (var trace in chart.GetTraces())
            trace.SetProperty("hovertemplate", template);
        return chart;
    }

    /// <summary>
    /// A logarithmic y axis titled <paramref name="title"/> that spans <paramref name="values"/> in whole powers of ten,
    /// with ticks only at powers of ten (10⁻³, never 1m or 0.001), every power or every few, at most 9 ticks.
    /// </summary>
    public static GenericChart WithLogYAxis(this GenericChart chart, string title, IEnumerable<double> values)
    {
        double[] positive = values.Where(v => v > 0 && double.IsFinite(v)).ToArray();   // a log axis has no 0
        if (positive.Length == 0)
            return chart.WithYAxisStyle<double, double, string>(TitleText: title, AxisType: StyleParam.AxisType.Log);
        int low = (int)Math.Floor(Math.Log10(positive.Min())), high = (int)Math.Ceiling(Math.Log10(positive.Max()));
        if (high == low) high++;
        // Plotly's own log ticks mix 1μ, 100p and 10⁻¹⁶; these two axis settings have no C# parameter:
        // exponentformat "power" writes 10⁻³, dtick n puts a tick at every n-th power of ten.
        var powersOfTen = new LinearAxis();
        powersOfTen.SetProperty("exponentformat", "power");
        powersOfTen.SetProperty("dtick", (high - low + 7) / 8);
        chart.GetLayout().SetProperty("yaxis", powersOfTen);
        // On a log axis plotly's range is in powers of ten: (-3, 0) is 0.001 to 1.
        return chart.WithYAxisStyle<double, double, string>(TitleText: title, AxisType: StyleParam.AxisType.Log,
            MinMax: Tuple.Create((double)low, (double)high));
    }

    /// <summary>
    /// A slider under the plot through the chart's lines: the first trace (the data) always shows, the others one at a
    /// time: step k shows trace k + 1, is labelled <paramref name="labels"/>[k], and the label of the chosen step is
    /// written above the slider after <paramref name="prefix"/>. At first step 0 shows. The legend moves above the plot.
    /// </summary>
    public static GenericChart WithSliderThroughLines(this GenericChart chart, string[] labels, string prefix)
    {
        var traces = chart.GetTraces();
        if (labels.Length != traces.Length - 1)
            throw new ArgumentException(
                $"WithSliderThroughLines needs one label per line after the data: {traces.Length - 1}, but labels has {labels.Length}.", nameof(labels));
        foreach (var line in traces.Skip(2))
            line.SetProperty("visible", false);   // until the slider moves: the data and the first line
        // Step k "restyles" the traces' visible attribute: the data and line k + 1 on, every other line off.
        var steps = labels.Select((label, k) => new
        {
            method = "restyle",
            label,
            args = new object[] { new { visible = traces.Select((_, i) => i == 0 || i == k + 1).ToArray() } },
        });
        // len 0.9 (of the plot's width) leaves room at the right for the last step's label.
        var slider = new { active = 0, len = 0.9, pad = new { t = 50 }, currentvalue = new { prefix, visible = true, xanchor = "left" }, steps };
        chart.GetLayout().SetProperty("sliders", new[] { slider });
        return chart.WithMargins(top: 90)
            .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal,
                X: 0.0, XAnchor: StyleParam.XAnchorPosition.Left, Y: 1.02, YAnchor: StyleParam.YAnchorPosition.Bottom);
    }

    /// <summary>
    /// The x values [from, to] over which every one of the given straight lines stays inside the box
    /// [<paramref name="xLow"/>, <paramref name="xHigh"/>] × [<paramref name="yLow"/>, <paramref name="yHigh"/>], so that
    /// all the lines span the same stretch and none runs off the chart.
    /// </summary>
    public static double[] SharedRange(double xLow, double xHigh, double yLow, double yHigh, params Func<double, double>[] lines)
    {
        double from = xLow, to = xHigh;
        foreach (var yAt in lines)
        {
            double a = yAt(0), k = yAt(1) - a;   // a straight line: y = a + k·x
            if (k == 0)
                continue;
            double atLow = (yLow - a) / k, atHigh = (yHigh - a) / k;
            from = Math.Max(from, Math.Min(atLow, atHigh));
            to = Math.Min(to, Math.Max(atLow, atHigh));
        }
        return [from, to];
    }
}
