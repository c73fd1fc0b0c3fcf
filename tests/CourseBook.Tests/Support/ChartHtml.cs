using System.Text.Json.Nodes;

namespace CourseBook.Tests.Support;

/// <summary>
/// Chart outputs in the form the course's chart formatter (notebooks/setup/Kernel.csx) gives the kernel, for the book's
/// unit tests; the browser tests read the real kernel's outputs of the course itself.
/// </summary>
internal static class ChartHtml
{
    /// <summary>A chart output's HTML: a div and a script that draws <paramref name="figure"/> once plotly.js is there.</summary>
    public static string Of(JsonObject figure, string id = "chart-1") => $$"""
        <div id="{{id}}"></div>
        <script type="text/javascript">
        (function () {
            var figure = {{figure.ToJsonString()}};
            var config = {"responsive":true};
            var waited = 0;
            (function draw() {
                if (window.Plotly) { Plotly.newPlot('{{id}}', figure.data, figure.layout, config); return; }
                if ((waited += 100) < 60000) { setTimeout(draw, 100); return; }
            })();
        })();
        </script>
        """;

    /// <summary>A figure of <paramref name="traces"/> line traces, the first shown and the rest hidden, with or without a slider.</summary>
    public static JsonObject Figure(int traces, bool slider = false, string title = "A chart")
    {
        var data = new JsonArray(Enumerable.Range(0, traces).Select(k => (JsonNode)new JsonObject
        {
            ["type"] = "scatter", ["mode"] = "lines", ["name"] = $"line {k}", ["x"] = new JsonArray(0, 1), ["y"] = new JsonArray(k, k + 1),
            ["visible"] = k == 0 ? null : false,
        }).ToArray());
        var layout = new JsonObject { ["title"] = new JsonObject { ["text"] = title }, ["width"] = 720, ["height"] = 480 };
        if (slider)
            layout["sliders"] = new JsonArray(new JsonObject
            {
                ["active"] = 0,
                ["steps"] = new JsonArray(Enumerable.Range(0, traces).Select(k => (JsonNode)new JsonObject
                {
                    ["method"] = "restyle", ["label"] = $"{k}",
                    ["args"] = new JsonArray(new JsonObject { ["visible"] = new JsonArray(Enumerable.Range(0, traces).Select(i => (JsonNode)JsonValue.Create(i == k)).ToArray()) }),
                }).ToArray()),
            });
        return new JsonObject { ["data"] = data, ["layout"] = layout, ["frames"] = new JsonArray() };
    }

    /// <summary>What the setup cell outputs once per notebook: plotly.js itself (here a stand-in script of a few bytes).</summary>
    public const string PlotlyLibrary = "<script type=\"text/javascript\" data-plotly-js=\"2.28.0\">\nwindow.Plotly = window.Plotly || { newPlot: function () {} };\n</script>";
}
