using System.Diagnostics;
using System.Text.Json.Nodes;
using NotebookRunner;

namespace Notebooks.Tests.RealFrontEnds;

/// <summary>
/// A notebook executed by one of the front ends a learner runs it in (dotnet-repl, Jupyter), read back from the .ipynb it
/// saved: its errors, its compiler diagnostics, its outcome line and its charts.
/// </summary>
internal sealed partial class FrontEndRun(JsonObject executed, int exitCode, string log)
{
    public int ExitCode { get; } = exitCode;

    /// <summary>What the front end printed, for a failure message.</summary>
    public string Log { get; } = log;

    private IEnumerable<JsonObject> Outputs => executed["cells"]!.AsArray()
        .SelectMany(cell => cell!["outputs"] as JsonArray ?? []).OfType<JsonObject>();

    /// <summary>The error outputs, one line each.</summary>
    public IReadOnlyList<string> Errors => Outputs.Where(o => (string?)o["output_type"] == "error")
        .Select(o => $"{o["ename"]}: {o["evalue"]}").ToList();

    /// <summary>Compiler warnings and infos in any output (Jupyter prints them as stderr text).</summary>
    public IReadOnlyList<string> Diagnostics => Outputs.Select(Text)
        .SelectMany(text => text.Split('\n')).Where(line => line.Contains("warning CS") || line.Contains("info CS")).ToList();

    /// <summary>The text the last code cell (the outcome) printed.</summary>
    public string Outcome => string.Concat((executed["cells"]!.AsArray().Last(c => (string?)c!["cell_type"] == "code")!["outputs"] as JsonArray ?? [])
        .OfType<JsonObject>().Select(Text));

    /// <summary>The text a cell printed (its streams, in order), by the cell's id.</summary>
    public string StreamText(string cellId) => string.Concat(OutputsOf(cellId)
        .Where(o => (string?)o["output_type"] == "stream").Select(o => Join(o["text"])));

    /// <summary>The plain text of the values a cell displayed (a check's verdict, a help cell's calls), by the cell's id.</summary>
    public string DisplayedText(string cellId) => string.Concat(OutputsOf(cellId)
        .Where(o => (string?)o["output_type"] is "display_data" or "execute_result").Select(o => Join(o["data"]?["text/plain"])));

    /// <summary>The figure JSON of each chart a cell drew, by the cell's id (Plotly.NET's own, as the chart formatter wrote it).</summary>
    public IReadOnlyList<string> Figures(string cellId) => OutputsOf(cellId)
        .Select(o => Join(o["data"]?["text/html"])).Select(html => FigureJson().Match(html)).Where(m => m.Success)
        .Select(m => m.Groups[1].Value).ToList();

    private IEnumerable<JsonObject> OutputsOf(string cellId) =>
        (executed["cells"]!.AsArray().Single(c => (string?)c!["id"] == cellId)!["outputs"] as JsonArray ?? []).OfType<JsonObject>();

    /// <summary>How many outputs are course charts, and how many carry plotly.js itself.</summary>
    public (int Charts, int PlotlyLibraries) Charts
    {
        get
        {
            var html = Outputs.Select(o => Join(o["data"]?["text/html"])).ToList();
            return (html.Count(h => h.Contains("var figure = ") && h.Contains("Plotly.newPlot(")), html.Count(h => h.Contains("data-plotly-js=")));
        }
    }

    /// <summary>Runs <paramref name="program"/> in <paramref name="notebooks"/> and reads the notebook it saved to <paramref name="saved"/>.</summary>
    public static async Task<FrontEndRun> RunAsync(string program, IEnumerable<string> args, string notebooks, string saved,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = notebooks,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within 5 minutes.");
        }
        string log = (await output) + (await errors);
        Assert.True(File.Exists(saved), $"{program} saved no notebook at {saved} (exit code {process.ExitCode}):\n{log}");
        return new FrontEndRun(NotebookDocument.Load(saved), process.ExitCode, log);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"var figure = (.*?);\n", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex FigureJson();

    private static string Text(JsonObject output) => (string?)output["output_type"] switch
    {
        "stream" => Join(output["text"]),
        "error" => $"{output["ename"]}: {output["evalue"]}",
        _ => Join(output["data"]?["text/plain"]),
    };

    private static string Join(JsonNode? text) => text switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    };
}
