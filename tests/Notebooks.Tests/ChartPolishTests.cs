using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Tests;

/// <summary>
/// Every chart of every executed notebook is laid out for a notebook column (issue 9): an explicit size, a one-line
/// title, named axes, a legend that leaves the plot its width, log axes ticked at powers of ten, hover text that says
/// what a point is. Read from the figure JSON plotly.js receives (what Plotly.NET writes).
/// </summary>
public sealed class ChartPolishTests
{
    public static TheoryData<string> Notebooks() => new(Course.NotebookFiles());

    // How many charts each notebook draws (06 draws its hinge chart four times): a check that finds no chart passes nothing.
    private static readonly Dictionary<string, int> ChartCounts = new()
    {
        ["01-forward-pass.ipynb"] = 1, ["02-loss.ipynb"] = 2, ["03-backward-pass.ipynb"] = 1,
        ["04-training.ipynb"] = 6, ["05-two-features.ipynb"] = 5, ["06-network.ipynb"] = 7,
    };

    // A title fits on one line if it has at most width / 12 characters. Plotly writes titles in 16.8 px (1.4 × its 12 px
    // font) starting at 5 % of the width (the template's title.x); measured in Chromium the course's titles take 7.0 to
    // 8.3 px per character. So width / 12 characters end before 5 % + 8.3 / 12 ≈ 74 % of the width: one line, with room
    // for a font about a third wider than the one measured.
    private const int PixelsPerTitleCharacter = 12;

    [Theory, MemberData(nameof(Notebooks))]
    public async Task EveryChartIsSizedForANotebookColumnWithAOneLineTitleAndNamedAxes(string file)
    {
        var charts = (await Course.RunAsync(file)).Charts;
        Assert.Equal(ChartCounts[file], charts.Count);
        foreach (var chart in charts)
        {
            var (width, height) = ((int?)chart.Layout["width"], (int?)chart.Layout["height"]);
            // Plotly.NET's default is a 600 × 600 square with the legend taking a third of it: a column is wider than high.
            Assert.True(width is >= 640 and <= 760 && height is >= 400 and <= 600 && height < width,
                $"{file}: chart '{chart.Title}' is {width} × {height} px; a notebook column wants 640 to 760 wide, 400 to 600 high.");
            Assert.False(string.IsNullOrWhiteSpace(chart.Title), $"{file}: a chart has no title.");
            Assert.True(chart.Title!.Length <= width / PixelsPerTitleCharacter,
                $"{file}: the title '{chart.Title}' has {chart.Title.Length} characters; at {width} px one line holds " +
                $"{width / PixelsPerTitleCharacter}. Move the detail into the prose or the legend.");
            Assert.False(string.IsNullOrWhiteSpace(chart.XAxisTitle), $"{file}: chart '{chart.Title}' has no x axis title.");
            Assert.False(string.IsNullOrWhiteSpace(chart.YAxisTitle), $"{file}: chart '{chart.Title}' has no y axis title.");
            // A chart shows text as it is: v_k would be read as "v underscore k". Subscripts are Unicode: vₖ.
            foreach (string text in new[] { chart.Title, chart.XAxisTitle, chart.YAxisTitle }.Concat(chart.Traces.Select(t => t.Name)).OfType<string>())
                Assert.False(text.Contains('_') || text.Contains('^'), $"{file}: chart '{chart.Title}' shows TeX-like text '{text}'.");
        }
    }

    [Theory, MemberData(nameof(Notebooks))]
    public async Task EveryLegendIsHorizontalAndOutsideThePlot(string file)
    {
        foreach (var chart in (await Course.RunAsync(file)).Charts)
        {
            // Plotly draws a legend when the layout asks for one, or by itself once two traces have a legend entry.
            int entries = chart.Traces.Count(InLegend);
            bool? asked = (bool?)chart.Layout["showlegend"];
            if (!(asked ?? entries >= 2))
                continue;
            Assert.True(entries >= 1, $"{file}: chart '{chart.Title}' shows a legend with nothing in it.");
            var legend = chart.Layout["legend"]?.AsObject();
            string where = legend?.ToJsonString() ?? "none (Plotly's default: a column at the right, a third of the width)";
            Assert.True(legend is not null && (string?)legend["orientation"] == "h", $"{file}: chart '{chart.Title}': legend {where}, not horizontal.");
            double y = (double?)legend!["y"] ?? 1;
            string? anchor = (string?)legend["yanchor"];
            Assert.True((y < 0 && anchor == "top") || (y > 1 && anchor == "bottom"),
                $"{file}: chart '{chart.Title}': the legend {where} is not under (or above) the plot.");
        }
    }

    [Theory, MemberData(nameof(Notebooks))]
    public async Task EveryLogAxisIsTickedAtPowersOfTenAndSpansItsValues(string file)
    {
        foreach (var chart in (await Course.RunAsync(file)).Charts.Where(c => c.YAxisType == "log"))
        {
            var axis = chart.Layout["yaxis"]!.AsObject();
            // Without these plotly labels a log axis "100μ, 1μ, 10n" next to "10⁻¹⁶", or 2, 3, …, 9 between the powers.
            Assert.True((string?)axis["exponentformat"] == "power",
                $"{file}: chart '{chart.Title}': the log axis has exponentformat '{axis["exponentformat"]}', not 'power' (10⁻³).");
            int dtick = axis["dtick"]!.GetValue<int>();
            double[] range = axis["range"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
            Assert.True(dtick >= 1 && range.Length == 2 && range.All(r => r == Math.Round(r)) && range[0] < range[1],
                $"{file}: chart '{chart.Title}': dtick {dtick}, range [{string.Join(", ", range)}]: want whole powers of ten.");
            int ticks = (int)((range[1] - range[0]) / dtick) + 1;
            Assert.InRange(ticks, 2, 9);
            foreach (double value in chart.Traces.SelectMany(t => t.Y).Where(v => v > 0 && double.IsFinite(v)))
                Assert.InRange(Math.Log10(value), range[0], range[1]);
        }
    }

    [Theory, MemberData(nameof(Notebooks))]
    public async Task EveryTraceSaysWhatAPointIsWhenHovered(string file)
    {
        foreach (var chart in (await Course.RunAsync(file)).Charts)
            foreach (var trace in chart.Traces)
            {
                string what = $"{file}: chart '{chart.Title}', trace '{trace.Name}'";
                string template = trace.HoverTemplate ?? throw new Xunit.Sdk.XunitException($"{what} has no hovertemplate.");
                Assert.True(template.Contains("%{"), $"{what}: the hovertemplate '{template}' shows no value of the point.");
                // An empty <extra></extra> would hide the trace's name, which says which line the point is on.
                Assert.DoesNotContain("<extra></extra>", template);
                if (chart.XAxisTitle == "epoch")
                    Assert.True(template.Contains("epoch") && template.Contains("loss"), $"{what}: '{template}' should name the epoch and the loss.");
                if (trace.Type == "contour")
                    Assert.True(template.Contains("%{z"), $"{what}: '{template}' should give the loss, z.");
                else if (chart.Traces.Any(t => t.Type == "contour"))
                    Assert.True(template.Contains("epoch"), $"{what}: '{template}' should say after which epoch the path was there.");
            }
    }

    // A trace gets a legend entry if it has a name, is shown, and does not opt out; contours opt in (plotly's default).
    private static bool InLegend(RecordedTrace trace)
    {
        bool? show = trace.Json["showlegend"] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? v.GetValue<bool>() : null;
        return !string.IsNullOrEmpty(trace.Name) && trace.Visible && (show ?? trace.Type is not ("contour" or "heatmap"));
    }
}
