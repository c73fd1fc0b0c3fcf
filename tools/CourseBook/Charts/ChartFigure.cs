using System.Text;
using System.Text.Json;

namespace CourseBook.Charts;

/// <summary>
/// A chart's plotly.js figure, taken from the HTML a notebook output holds. Plotly.NET writes the figure as three
/// JavaScript statements, <c>var data = D; var layout = L; var config = C;</c>, before <c>Plotly.newPlot</c>, both in
/// <c>GenericChart.toChartHTML</c>'s fragment and in the .NET Interactive kernel's require.js form; D, L and C are
/// JSON, so they are read with a JSON reader rather than by evaluating the script.
/// </summary>
/// <param name="Json">The figure as <c>{"data":D,"layout":L,"config":C}</c>, with D, L and C exactly as written.</param>
/// <param name="TraceCount">How many traces <c>data</c> holds.</param>
/// <param name="DrawnTraceCount">How many of them are drawn at first (not <c>"visible": false</c> or <c>"legendonly"</c>).</param>
/// <param name="HasSliders">The layout has at least one slider.</param>
public sealed record ChartFigure(string Json, int TraceCount, int DrawnTraceCount, bool HasSliders)
{
    private const string ChartCall = "Plotly.newPlot(";

    /// <summary>True when <paramref name="html"/> draws a chart (it calls <c>Plotly.newPlot</c>).</summary>
    public static bool IsChart(string html) => html.Contains(ChartCall, StringComparison.Ordinal);

    /// <summary>The figure in <paramref name="html"/>, or null when the HTML draws no chart.</summary>
    /// <exception cref="FormatException">The HTML calls Plotly.newPlot but lacks the three statements, or one is not JSON.</exception>
    public static ChartFigure? FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!IsChart(html))
            return null;
        // The chart's own script comes last: anything before it (e.g. an embedded plotly.js) is not searched.
        int start = html.LastIndexOf("var data = ", StringComparison.Ordinal);
        if (start < 0)
            throw new FormatException("The chart HTML calls Plotly.newPlot but has no 'var data = …;' statement (the form Plotly.NET's toChartHTML writes).");
        int at = start;
        string data = ReadStatement(html, "data", ref at);
        string layout = ReadStatement(html, "layout", ref at);
        string config = ReadStatement(html, "config", ref at);
        if (html.IndexOf(ChartCall, at, StringComparison.Ordinal) < 0)
            throw new FormatException("The chart HTML's 'var config = …;' is not followed by Plotly.newPlot(…).");
        return Create(data, layout, config);
    }

    private static ChartFigure Create(string data, string layout, string config)
    {
        using var traces = JsonDocument.Parse(data);
        using var layoutDocument = JsonDocument.Parse(layout);
        if (traces.RootElement.ValueKind != JsonValueKind.Array)
            throw new FormatException($"The chart's data must be a JSON array of traces, got a {traces.RootElement.ValueKind}.");
        int drawn = traces.RootElement.EnumerateArray().Count(trace =>
            !(trace.ValueKind == JsonValueKind.Object && trace.TryGetProperty("visible", out var visible)
              && (visible.ValueKind == JsonValueKind.False || (visible.ValueKind == JsonValueKind.String && visible.GetString() == "legendonly"))));
        bool sliders = layoutDocument.RootElement.ValueKind == JsonValueKind.Object
            && layoutDocument.RootElement.TryGetProperty("sliders", out var list)
            && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0;
        string json = $"{{\"data\":{data},\"layout\":{layout},\"config\":{config}}}";
        return new ChartFigure(json, traces.RootElement.GetArrayLength(), drawn, sliders);
    }

    /// <summary>Reads <c>var NAME = JSON;</c> at or after <paramref name="at"/> and returns the JSON text exactly.</summary>
    private static string ReadStatement(string html, string name, ref int at)
    {
        string head = $"var {name} = ";
        int start = html.IndexOf(head, at, StringComparison.Ordinal);
        if (start < 0)
            throw new FormatException($"The chart HTML has no 'var {name} = …;' statement after the data (the form Plotly.NET's toChartHTML writes).");
        start += head.Length;
        string json = FirstJsonValue(html, start, name);
        at = start + json.Length;
        while (at < html.Length && char.IsWhiteSpace(html[at]))
            at++;
        if (at >= html.Length || html[at] != ';')
            throw new FormatException($"The chart's '{name}' JSON is not followed by ';'.");
        return json;
    }

    /// <summary>The one JSON value that starts at <paramref name="start"/> (the text after it is not JSON).</summary>
    private static string FirstJsonValue(string html, int start, string name)
    {
        // The reader stops after the first complete value; what follows it (";\n    var layout = …") is never read.
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
