using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CourseBook.Charts;

/// <summary>
/// A chart's plotly.js figure, taken from the HTML a notebook output holds. The course's chart formatter
/// (notebooks/setup/Kernel.csx) writes Plotly.NET's figure and config as two JavaScript statements,
/// <c>var figure = F;</c> and <c>var config = C;</c>, before it calls <c>Plotly.newPlot</c>; F and C are JSON, so they
/// are read with a JSON reader rather than by running the script.
/// </summary>
/// <param name="Json">The figure as <c>{"data":…,"layout":…,"config":…}</c>.</param>
/// <param name="TraceCount">How many traces <c>data</c> holds.</param>
/// <param name="DrawnTraceCount">How many of them are drawn at first (not <c>"visible": false</c> or <c>"legendonly"</c>).</param>
/// <param name="HasSliders">The layout has at least one slider.</param>
public sealed record ChartFigure(string Json, int TraceCount, int DrawnTraceCount, bool HasSliders)
{
    private const string ChartCall = "Plotly.newPlot(";

    /// <summary>The attribute of the script element that carries plotly.js itself (the setup cell's output).</summary>
    public const string PlotlyLibraryMarker = "data-plotly-js=";

    /// <summary>True when <paramref name="html"/> is plotly.js itself, as the setup cell outputs it once per notebook.</summary>
    public static bool IsPlotlyLibrary(string html) => html.Contains(PlotlyLibraryMarker, StringComparison.Ordinal);

    /// <summary>True when <paramref name="html"/> draws a chart (it calls <c>Plotly.newPlot</c>, and is not plotly.js itself).</summary>
    public static bool IsChart(string html) => html.Contains(ChartCall, StringComparison.Ordinal) && !IsPlotlyLibrary(html);

    /// <summary>The figure in <paramref name="html"/>, or null when the HTML draws no chart.</summary>
    /// <exception cref="FormatException">The HTML calls Plotly.newPlot but lacks the two statements, or one is not JSON.</exception>
    public static ChartFigure? FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!IsChart(html))
            return null;
        int at = 0;
        var figure = ReadStatement(html, "figure", ref at) as JsonObject
            ?? throw new FormatException("The chart's 'figure' must be a JSON object with data and layout.");
        var config = ReadStatement(html, "config", ref at);
        if (html.IndexOf(ChartCall, at, StringComparison.Ordinal) < 0)
            throw new FormatException("The chart HTML's 'var config = …;' is not followed by Plotly.newPlot(…).");
        var traces = figure["data"] as JsonArray ?? throw new FormatException("The chart's figure has no 'data' array of traces.");
        var layout = figure["layout"] as JsonObject ?? [];
        int drawn = traces.Count(trace => trace?["visible"] is not JsonValue visible
            || !(visible.GetValueKind() == JsonValueKind.False || (visible.GetValueKind() == JsonValueKind.String && visible.GetValue<string>() == "legendonly")));
        bool sliders = layout["sliders"] is JsonArray { Count: > 0 };
        var json = new JsonObject { ["data"] = traces.DeepClone(), ["layout"] = layout.DeepClone(), ["config"] = config?.DeepClone() };
        return new ChartFigure(json.ToJsonString(), traces.Count, drawn, sliders);
    }

    /// <summary>Reads <c>var NAME = JSON;</c> at or after <paramref name="at"/>.</summary>
    private static JsonNode? ReadStatement(string html, string name, ref int at)
    {
        string head = $"var {name} = ";
        int start = html.IndexOf(head, at, StringComparison.Ordinal);
        if (start < 0)
            throw new FormatException($"The chart HTML has no 'var {name} = …;' statement (the form notebooks/setup/Kernel.csx writes).");
        start += head.Length;
        string json = FirstJsonValue(html, start, name);
        at = start + json.Length;
        while (at < html.Length && char.IsWhiteSpace(html[at]))
            at++;
        if (at >= html.Length || html[at] != ';')
            throw new FormatException($"The chart's '{name}' JSON is not followed by ';'.");
        return JsonNode.Parse(json);
    }

    /// <summary>The one JSON value that starts at <paramref name="start"/> (the text after it is not JSON).</summary>
    private static string FirstJsonValue(string html, int start, string name)
    {
        // The reader stops after the first complete value; what follows it (";\n    var config = …") is never read.
        byte[] utf8 = Encoding.UTF8.GetBytes(html[start..]);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowMultipleValues = true });
        try
        {
            if (!reader.Read() || !reader.TrySkip())
                throw new FormatException($"The chart's '{name}' value is empty or cut off.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"The chart's '{name}' value is not JSON: {e.Message}", e);
        }
        return Encoding.UTF8.GetString(utf8, 0, (int)reader.BytesConsumed);
    }
}
