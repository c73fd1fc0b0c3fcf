using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>
/// Makes an executed notebook's charts draw offline: plotly.js is put once into the first output that calls
/// <c>Plotly.newPlot</c>, and every later chart output of the notebook finds it as <c>window.Plotly</c>.
/// Plotly.NET's <c>toChartHTML</c> (what the runner shows for a chart) expects a global <c>Plotly</c> and loads none;
/// VS Code and Jupyter show all outputs of a notebook in one page, so one copy serves them all.
/// </summary>
public static class PlotlyEmbedding
{
    /// <summary>The attribute that marks the script element holding the embedded library.</summary>
    public const string Marker = "data-embedded-plotly-js";

    private const string ChartCall = "Plotly.newPlot(";

    /// <summary>Reads a plotly.js bundle (e.g. plotly.min.js) and checks it can live inside an HTML script element.</summary>
    /// <param name="path">The file, e.g. <c>node_modules/plotly.js-dist-min/plotly.min.js</c>.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not plotly.js, or contains <c>&lt;/script</c>.</exception>
    public static string ReadLibrary(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The plotly.js file '{path}' does not exist; expected a plotly.min.js (npm package plotly.js-dist-min).", path);
        string script = File.ReadAllText(path);
        if (!script.Contains("Plotly", StringComparison.Ordinal))
            throw new InvalidDataException($"The file '{path}' does not look like plotly.js: it never mentions Plotly.");
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase))
            throw new InvalidDataException($"The file '{path}' contains '</script', which would end the HTML script element it is embedded in.");
        return script;
    }

    /// <summary>
    /// Puts <paramref name="plotlyJs"/> in front of the first chart output's text/html, unless the notebook already
    /// carries it. Returns how many outputs call <c>Plotly.newPlot</c> (0: nothing was changed).
    /// </summary>
    /// <param name="notebook">An executed nbformat 4 notebook; changed in place.</param>
    /// <param name="plotlyJs">The library's source, as <see cref="ReadLibrary"/> returns it.</param>
    public static int Embed(JsonObject notebook, string plotlyJs)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentException.ThrowIfNullOrEmpty(plotlyJs);
        var charts = HtmlBundles(notebook).Where(bundle => HtmlOf(bundle).Contains(ChartCall, StringComparison.Ordinal)).ToList();
        if (charts.Count > 0 && !charts.Any(bundle => HtmlOf(bundle).Contains(Marker, StringComparison.Ordinal)))
            charts[0]["text/html"] = ScriptElement(plotlyJs) + HtmlOf(charts[0]);
        return charts.Count;
    }

    /// <summary>
    /// The library in a script element. The bundle is UMD: where a page has an AMD loader (classic Jupyter's
    /// require.js) it would register a module instead of setting window.Plotly, so define/exports/module are
    /// hidden from it; a page that already has Plotly keeps its own.
    /// </summary>
    private static string ScriptElement(string plotlyJs) =>
        $"<script type=\"text/javascript\" {Marker}=\"true\">\n"
        + "if (typeof window.Plotly === \"undefined\") { (function (define, exports, module) {\n"
        + plotlyJs
        + "\n}).call(window); }\n</script>\n";

    /// <summary>The mime bundles of every display_data and execute_result output that has text/html.</summary>
    private static IEnumerable<JsonObject> HtmlBundles(JsonObject notebook) =>
        (notebook["cells"] as JsonArray ?? [])
            .SelectMany(cell => cell?["outputs"] as JsonArray ?? [])
            .Select(output => output?["data"] as JsonObject)
            .Where(data => data?["text/html"] is not null)
            .Select(data => data!);

    /// <summary>A text/html value as one string (nbformat allows a string or a list of lines).</summary>
    private static string HtmlOf(JsonObject bundle) => bundle["text/html"] switch
    {
        JsonArray lines => string.Concat(lines.Select(line => line?.GetValue<string>() ?? "")),
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
        _ => "",
    };
}
