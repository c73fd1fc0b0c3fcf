using System.Text.Json.Nodes;
using NotebookRunner.CommandLine;
using Xunit;

namespace NotebookRunner.Tests.CommandLine;

/// <summary>--embed-plotly: plotly.js once per executed notebook, in front of its first chart output.</summary>
public sealed class EmbedPlotlyTests
{
    // Stands for plotly.min.js: the tests check where the text lands, not that it draws (the book's browser tests do).
    private const string FakePlotly = "window.Plotly = { newPlot: function () {} }; /* fake plotly.js for the runner tests */";

    private static async Task<(int ExitCode, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = await CommandLineRunner.RunAsync(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    private static string Html(JsonObject notebook, int cell, int output = 0) =>
        notebook["cells"]![cell]!["outputs"]![output]!["data"]!["text/html"]!.GetValue<string>();

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    [Fact]
    public async Task The_library_goes_once_in_front_of_the_first_chart_output_and_later_charts_are_unchanged()
    {
        using var temp = new TempFolder();
        string plotly = Path.Combine(temp.Path, "plotly.min.js");
        File.WriteAllText(plotly, FakePlotly);
        var plain = await Fixture.RunAsync("plotly-html.ipynb");

        var (exitCode, _, stderr) = await RunAsync("--output", temp.Path, "--embed-plotly", plotly, Fixture.PathOf("plotly-html.ipynb"));

        Assert.True(exitCode == 0, stderr);
        string written = File.ReadAllText(Path.Combine(temp.Path, "plotly-html.ipynb"));
        Assert.Equal(1, Count(written, "fake plotly.js for the runner tests"));
        var executed = NotebookDocument.Load(Path.Combine(temp.Path, "plotly-html.ipynb"));
        string first = Html(executed, 0);
        Assert.StartsWith($"<script type=\"text/javascript\" {PlotlyEmbedding.Marker}=\"true\">\n", first);
        Assert.EndsWith("</script>\n" + Html(plain.Executed, 0), first);
        Assert.True(first.IndexOf(FakePlotly, StringComparison.Ordinal) < first.IndexOf("Plotly.newPlot('a'", StringComparison.Ordinal));
        Assert.Equal(Html(plain.Executed, 2), Html(executed, 2));
        Assert.Equal("no chart here\n", executed["cells"]![1]!["outputs"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_chart_value_rendered_by_Plotly_NETs_toChartHTML_gets_the_library_in_front()
    {
        using var temp = new TempFolder();
        string plotly = Path.Combine(temp.Path, "plotly.min.js");
        File.WriteAllText(plotly, FakePlotly);

        var (exitCode, _, stderr) = await RunAsync("--output", temp.Path, "--embed-plotly", plotly,
            "--stand-in", $"Plotly.NET.CSharp={Fixture.PlotlyStandIn}", "--stand-in", "Plotly.NET.Interactive=none", Fixture.PathOf("plotly-chart.ipynb"));

        Assert.True(exitCode == 0, stderr);
        var executed = NotebookDocument.Load(Path.Combine(temp.Path, "plotly-chart.ipynb"));
        string html = Html(executed, 1);
        Assert.StartsWith($"<script type=\"text/javascript\" {PlotlyEmbedding.Marker}=\"true\">", html);
        Assert.True(html.IndexOf(FakePlotly, StringComparison.Ordinal) < html.IndexOf("Plotly.newPlot(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_notebook_without_charts_is_written_as_without_the_option()
    {
        using var temp = new TempFolder();
        string plotly = Path.Combine(temp.Path, "plotly.min.js");
        File.WriteAllText(plotly, FakePlotly);

        var (exitCode, _, _) = await RunAsync("--output", Path.Combine(temp.Path, "out"), "--embed-plotly", plotly, Fixture.PathOf("state.ipynb"));

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("fake plotly.js", File.ReadAllText(Path.Combine(temp.Path, "out", "state.ipynb")));
    }

    [Fact]
    public async Task Embedding_twice_keeps_one_copy()
    {
        var result = await Fixture.RunAsync("plotly-html.ipynb");

        Assert.Equal(2, PlotlyEmbedding.Embed(result.Executed, FakePlotly));
        Assert.Equal(2, PlotlyEmbedding.Embed(result.Executed, FakePlotly));

        Assert.Equal(1, Count(NotebookDocument.Serialize(result.Executed), "fake plotly.js for the runner tests"));
    }

    [Fact]
    public void The_library_runs_with_define_exports_and_module_hidden_unless_the_page_has_Plotly()
    {
        var result = new JsonObject
        {
            ["cells"] = new JsonArray(new JsonObject
            {
                ["outputs"] = new JsonArray(new JsonObject { ["data"] = new JsonObject { ["text/html"] = "<script>Plotly.newPlot('c', [], {}, {});</script>" } }),
            }),
        };

        PlotlyEmbedding.Embed(result, FakePlotly);

        string html = result["cells"]![0]!["outputs"]![0]!["data"]!["text/html"]!.GetValue<string>();
        Assert.Contains("if (typeof window.Plotly === \"undefined\") { (function (define, exports, module) {\n" + FakePlotly + "\n}).call(window); }", html);
    }

    [Theory]
    [InlineData(null, "does not exist")]
    [InlineData("console.log('not it');", "does not look like plotly.js")]
    [InlineData("var Plotly = '</script>';", "contains '</script'")]
    public async Task An_unusable_file_is_a_usage_error_naming_the_option(string? content, string expected)
    {
        using var temp = new TempFolder();
        string plotly = Path.Combine(temp.Path, "plotly.min.js");
        if (content is not null)
            File.WriteAllText(plotly, content);

        var (exitCode, _, stderr) = await RunAsync("--output", temp.Path, "--embed-plotly", plotly, Fixture.PathOf("state.ipynb"));

        Assert.Equal(2, exitCode);
        Assert.Contains($"run-notebooks: Option '--embed-plotly': ", stderr);
        Assert.Contains(expected, stderr);
        Assert.False(File.Exists(Path.Combine(temp.Path, "state.ipynb")));
    }
}
