// Generated from notebooks/setup/ChartStyle.csx by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
// change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
// class, so the lesson calls them by their plain names, as the notebook does.

// How every chart of the course is laid out, in one place, so that a chart cell says only what it draws:
//   .WithNotebookLayout()             720 px wide (a notebook column), 480 px high, the legend in rows under the plot
//   .WithHover("epoch %{x}<br>…")     what the box next to the mouse says about a point (a plotly "hovertemplate")
//   .WithLogYAxis("loss", values)     a logarithmic y axis, ticked at powers of ten only: 10⁻⁶, 10⁻³, 1
//   .WithSliderThroughLines(labels)   a slider under the plot: the data stays, the other lines show one at a time
// Plotly's own calls (WithSize, WithLegendStyle, WithSlider, …) do the work; these only choose the same values everywhere.

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;
using Plotly.NET;
using Plotly.NET.CSharp;

// static: this file declares extension methods, which C# allows only in a static class.
static partial class Program
{
    /// <summary>Chart width in px: fits the output column of Jupyter and VS Code without a scroll bar.</summary>
    const int NotebookChartWidth = 720;

    /// <summary>
    /// Sizes the chart for a notebook column (<see cref="NotebookChartWidth"/> × <paramref name="height"/> px) and puts the
    /// legend in horizontal rows centred under the plot, so that the plot keeps the whole width.
    /// </summary>
    static GenericChart WithNotebookLayout(this GenericChart chart, int height = 480) =>
        chart.WithSize(NotebookChartWidth, height)
            .WithMarginSize<int, int, int, int, int, bool>(Left: 70, Right: 30, Top: 60, Bottom: 50)
            .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal,
                X: 0.5, XAnchor: StyleParam.XAnchorPosition.Center, Y: -0.2, YAnchor: StyleParam.YAnchorPosition.Top);

    /// <summary>
    /// Sets the hover text of every trace of <paramref name="chart"/>: a plotly hovertemplate, where <c>%{x}</c>,
    /// <c>%{y}</c>, <c>%{z}</c> and <c>%{pointNumber}</c> are the point's values (<c>%{y:.3f}</c>: 3 decimals) and
    /// <c>&lt;br&gt;</c> starts a new line. The trace's name appears beside the box.
    /// </summary>
    static GenericChart WithHover(this GenericChart chart, string template)
    {
        foreach (var trace in chart.GetTraces())
            trace.SetValue("hovertemplate", template);
        return chart;
    }

    /// <summary>
    /// A logarithmic y axis titled <paramref name="title"/> that spans <paramref name="values"/> in whole powers of ten,
    /// with ticks only at powers of ten (10⁻³, never 1m or 0.001), every power or every few, at most 9 ticks.
    /// </summary>
    static GenericChart WithLogYAxis(this GenericChart chart, string title, IEnumerable<double> values)
    {
        double[] positive = values.Where(v => v > 0 && double.IsFinite(v)).ToArray();   // a log axis has no 0
        if (positive.Length == 0)
            return chart.WithYAxisStyle<double, double, string>(TitleText: title, AxisType: StyleParam.AxisType.Log);
        int low = (int)Math.Floor(Math.Log10(positive.Min())), high = (int)Math.Ceiling(Math.Log10(positive.Max()));
        if (high == low) high++;
        // Plotly's own log ticks mix 1μ, 100p and 10⁻¹⁶; these two axis settings have no C# parameter (see the README of
        // tests/PlotlyStandIn): exponentformat "power" writes 10⁻³, dtick n puts a tick at every n-th power of ten.
        var powersOfTen = new Plotly.NET.LayoutObjects.LinearAxis();
        powersOfTen.SetValue("exponentformat", "power");
        powersOfTen.SetValue("dtick", (high - low + 7) / 8);
        chart.GetLayout().SetValue("yaxis", powersOfTen);
        // On a log axis plotly's range is in powers of ten: (-3, 0) is 0.001 to 1.
        return chart.WithYAxisStyle<double, double, string>(TitleText: title, AxisType: StyleParam.AxisType.Log,
            MinMax: Tuple.Create((double)low, (double)high));
    }

    /// <summary>
    /// A slider under the plot through the chart's lines: the first trace (the data) always shows, the others one at a
    /// time: step k shows trace k + 1, is labelled <paramref name="labels"/>[k], and the label of the chosen step is
    /// written above the slider after <paramref name="prefix"/>. At first step 0 shows. The legend moves above the plot.
    /// </summary>
    static GenericChart WithSliderThroughLines(this GenericChart chart, string[] labels, string prefix)
    {
        var traces = chart.GetTraces();
        if (labels.Length != traces.Length - 1)
            throw new ArgumentException(
                $"WithSliderThroughLines needs one label per line after the data: {traces.Length - 1}, but labels has {labels.Length}.", nameof(labels));
        foreach (var line in traces.Skip(2))
            line.SetValue("visible", false);   // until the slider moves: the data and the first line
        var steps = labels.Select((label, k) => Plotly.NET.LayoutObjects.SliderStep.init(
            Args: new[] { Tuple.Create<string, object>("visible", traces.Select((_, i) => i == 0 || i == k + 1).ToArray()) },
            Execute: null, Label: label, Method: StyleParam.Method.Restyle, Name: null, TemplateItemName: null, Value: null, Visible: null));
        // Plotly.NET's Slider.init has no optional parameters from C#: every one is named, null where plotly's default is fine;
        // Len 0.9 (of the plot's width) leaves room at the right for the last step's label.
        var slider = Plotly.NET.LayoutObjects.Slider.init(
            Active: 0, ActiveBgColor: null, BgColor: null, BorderColor: null, BorderWidth: null,
            CurrentValue: Plotly.NET.LayoutObjects.SliderCurrentValue.init(
                Font: null, Offset: null, Prefix: prefix, Suffix: null, Visible: true, XAnchor: StyleParam.XAnchorPosition.Left),
            Font: null, Len: 0.9, LenMode: null, MinorTickLen: null, Name: null, Padding: Plotly.NET.LayoutObjects.Padding.init(T: 50),
            Steps: steps.ToArray(), TemplateItemName: null, TickColor: null, TickLen: null, TickWidth: null, Transition: null,
            Visible: null, X: null, XAnchor: null, Y: null, YAnchor: null);
        return chart.WithSlider(slider)
            .WithMarginSize<int, int, int, int, int, bool>(Left: 70, Right: 30, Top: 90, Bottom: 50)
            .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal,
                X: 0.0, XAnchor: StyleParam.XAnchorPosition.Left, Y: 1.02, YAnchor: StyleParam.YAnchorPosition.Bottom);
    }
}
