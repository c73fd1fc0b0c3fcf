using System;

namespace Plotly.NET;

/// <summary>The HTML Plotly.NET 5.1.0 writes around the figure JSON (byte-exact, checked against the golden pages).</summary>
internal static class ChartHtml
{
    private const string RequireJs = "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js";

    /// <summary>The div and script of a chart (toChartHTML wraps it in one more div).</summary>
    public static string Body(string data, string layout, string config, PlotlyJSReference reference, Guid guid)
    {
        string id = guid.ToString("D");
        string render = "renderPlotly_" + guid.ToString("N");
        string div = $"<div id=\"{id}\"><!-- Plotly chart will be drawn inside this DIV --></div><script type=\"text/javascript\">";
        if (reference is PlotlyJSReference.Require require)
        {
            return div
                + $"\nvar {render} = function() {{\n"
                + $"    var fsharpPlotlyRequire = requirejs.config({{context:'fsharp-plotly',paths:{{plotly:'{require.Item}'}}}}) || require;\n"
                + "    fsharpPlotlyRequire(['plotly'], function(Plotly) {\n"
                + $"        var data = {data};\n        var layout = {layout};\n        var config = {config};\n"
                + $"        Plotly.newPlot('{id}', data, layout, config);\n"
                + "    });\n};\n"
                + "if ((typeof(requirejs) !==  typeof(Function)) || (typeof(requirejs.config) !== typeof(Function))) {\n"
                + "    var script = document.createElement(\"script\");\n"
                + "    script.setAttribute(\"charset\", \"utf-8\");\n"
                + $"    script.setAttribute(\"src\", \"{RequireJs}\");\n"
                + $"    script.onload = function(){{\n        {render}();\n    }};\n"
                + "    document.getElementsByTagName(\"head\")[0].appendChild(script);\n}\n"
                + $"else {{\n    {render}();\n}}\n</script>";
        }

        return div
            + $"var {render} = function() {{\n"
            + $"    var data = {data};\n    var layout = {layout};\n    var config = {config};\n"
            + $"    Plotly.newPlot('{id}', data, layout, config);\n"
            + $"}};\n{render}();\n</script>";
    }

    /// <summary>The whole page: head (plotly.js reference, title, charset, description, favicon) and body.</summary>
    public static string Page(PlotlyJSReference reference, string body) =>
        "<!DOCTYPE html>\n<html><head>"
        + HeadScript(reference)
        + "<title>Plotly.NET Datavisualization</title><meta charset=\"UTF-8\">"
        + "<meta name=\"description\" content=\"A plotly.js graph generated with Plotly.NET\">"
        + $"<link id=\"favicon\" rel=\"shortcut icon\" type=\"image/png\" href=\"data:image/png;base64,{Defaults.FaviconBase64}\">"
        + "</head><body>" + body + "</body></html>";

    private static string HeadScript(PlotlyJSReference reference) => reference switch
    {
        PlotlyJSReference.CDN cdn => $"<script src=\"{cdn.Item}\" charset=\"utf-8\"></script>",
        PlotlyJSReference.Require or PlotlyJSReference.NoReferenceCase => "",
        // The real page inlines all of plotly.js 2.27.1 (3.6 MB); the stand-in ships no copy of it.
        _ => throw new NotSupportedException(
            "PlotlyJSReference.Full: the offline Plotly stand-in cannot inline plotly.js into toEmbeddedHTML/SaveHtml; "
            + "use the CDN (default) or NoReference offline."),
    };
}
