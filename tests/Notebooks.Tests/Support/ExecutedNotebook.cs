using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner;

namespace Notebooks.Tests;

/// <summary>An executed notebook, read the way a test needs it: texts, errors and the charts it drew.</summary>
internal sealed partial class ExecutedNotebook(NotebookResult result)
{
    public NotebookResult Result { get; } = result;

    public IReadOnlyList<string> Errors { get; } = result.Cells
        .SelectMany(c => c.Outputs.Select(o => (Cell: c, Output: o!.AsObject())))
        .Where(x => (string?)x.Output["output_type"] == "error")
        .Select(x => $"cell {x.Cell.Number} ({x.Cell.CellId}): {x.Output["ename"]}: {x.Output["evalue"]}\n" +
                     string.Join("\n", x.Output["traceback"]?.AsArray().Select(t => (string?)t) ?? []))
        .ToList();

    public string AllOutputText => string.Join("\n", Result.Cells.Select(c => Text(c.Outputs)));

    public IReadOnlyList<RecordedChart> Charts => Result.Cells.SelectMany(c => ChartsIn(c.Outputs)).ToList();

    public string OutputText(string cellId) => Text(CellById(cellId).Outputs);

    /// <summary>The HTML a cell displayed (its text/html outputs, joined): what Jupyter and VS Code draw.</summary>
    public string OutputHtml(string cellId) => string.Concat(CellById(cellId).Outputs.Select(o => Join(o!["data"]?["text/html"])));

    /// <summary>What a cell printed: its stream outputs, in order.</summary>
    public string StreamText(string cellId) => string.Concat(CellById(cellId).Outputs.Select(o => o!.AsObject())
        .Where(o => (string?)o["output_type"] == "stream").Select(o => Join(o["text"])));

    /// <summary>The figure JSON of each chart a cell drew, as the chart formatter wrote it.</summary>
    public IReadOnlyList<string> FigureJson(string cellId) => CellById(cellId).Outputs
        .Select(o => Join(o!["data"]?["text/html"])).SelectMany(html => PlotlyFigure().Matches(html)).Select(m => m.Groups["figure"].Value).ToList();

    public IReadOnlyList<RecordedChart> ChartsOf(string cellId) => ChartsIn(CellById(cellId).Outputs).ToList();

    private CellResult CellById(string cellId) =>
        Result.Cells.FirstOrDefault(c => c.CellId == cellId)
        ?? throw new InvalidOperationException($"{Result.DisplayName}: no executed cell with id '{cellId}'.");

    private static string Text(JsonArray outputs) => string.Concat(outputs.Select(o => o!.AsObject()).Select(o =>
        (string?)o["output_type"] switch
        {
            "stream" => Join(o["text"]),
            "display_data" or "execute_result" => Join(o["data"]?["text/plain"]) is { Length: > 0 } plain ? plain : PlainTextIn(Join(o["data"]?["text/html"])),
            "error" => $"{o["ename"]}: {o["evalue"]}\n",
            _ => "",
        }));

    // The kernel shows a value it has no richer view of as <div class="dni-plaintext"><pre>text</pre></div>.
    private static string PlainTextIn(string html) =>
        PlainTextHtml().Match(html) is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value) : "";

    private static string Join(JsonNode? text) => text switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    };

    private static IEnumerable<RecordedChart> ChartsIn(JsonArray outputs) =>
        outputs.Select(o => Join(o!["data"]?["text/html"]))
            .SelectMany(html => PlotlyFigure().Matches(html))
            .Select(m => RecordedChart.FromFigure(m.Groups["figure"].Value));

    // A chart's text/html (notebooks/setup/Kernel.csx): "var figure = {"data":[…],"layout":{…},"frames":[]};\n", Plotly.NET's
    // own figure JSON. It holds no raw newline (Newtonsoft escapes it), so the literal ends at the first ";\n".
    [GeneratedRegex(@"var figure = (?<figure>.*?);\n", RegexOptions.Singleline)]
    private static partial Regex PlotlyFigure();

    [GeneratedRegex(@"<div class=""dni-plaintext""><pre>(?<text>.*?)</pre></div>", RegexOptions.Singleline)]
    private static partial Regex PlainTextHtml();
}

/// <summary>
/// What one chart plotted, read from the figure JSON (data and layout) plotly.js receives; <see cref="Layout"/> is that
/// layout as it is, for what the named properties do not cover (size, legend, axes' ticks, sliders).
/// </summary>
internal sealed record RecordedChart(
    string? Title, string? XAxisTitle, string? YAxisTitle, string? YAxisType, IReadOnlyList<RecordedTrace> Traces, JsonObject Layout)
{
    public static RecordedChart FromFigure(string figureJson)
    {
        var figure = JsonNode.Parse(figureJson)!.AsObject();
        var layout = figure["layout"]!.AsObject();
        return new RecordedChart(
            (string?)layout["title"]?["text"], (string?)layout["xaxis"]?["title"]?["text"], (string?)layout["yaxis"]?["title"]?["text"],
            (string?)layout["yaxis"]?["type"],
            figure["data"]!.AsArray().Select(t => new RecordedTrace(
                (string)t!["type"]!, (string?)t["mode"], (string?)t["name"], Numbers(t["x"]), Numbers(t["y"]),
                t["z"]?.AsArray().Select(Numbers).ToArray(), t.AsObject())).ToList(),
            layout);
    }

    public RecordedTrace Trace(string name) =>
        Traces.SingleOrDefault(t => t.Name == name)
        ?? throw new InvalidOperationException(
            $"Chart '{Title}' has no trace named '{name}'; it has: {string.Join(", ", Traces.Select(t => t.Name))}.");

    // Plotly.NET writes NaN and infinities as the strings "NaN", "Infinity", "-Infinity"; categories stay NaN here.
    private static double[] Numbers(JsonNode? values) =>
        values?.AsArray().Select(v => v!.GetValueKind() switch
        {
            JsonValueKind.Number => v.GetValue<double>(),
            JsonValueKind.String => v.GetValue<string>() switch
            {
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                _ => double.NaN,
            },
            _ => double.NaN,
        }).ToArray() ?? [];
}

/// <summary>One trace of a chart: kind, drawing mode, name, x/y, (contour, heatmap) z rows, and the trace's JSON as it is.</summary>
internal sealed record RecordedTrace(string Type, string? Mode, string? Name, double[] X, double[] Y, double[][]? Z, JsonObject Json)
{
    /// <summary>What plotly's hover box says about a point of this trace (its hovertemplate), or null.</summary>
    public string? HoverTemplate => (string?)Json["hovertemplate"];

    /// <summary>False when the trace starts hidden (<c>"visible": false</c>), as the lines behind a slider do.</summary>
    public bool Visible => Json["visible"] is not JsonValue v || v.GetValueKind() != JsonValueKind.False;
}
