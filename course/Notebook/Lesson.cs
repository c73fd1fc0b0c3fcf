using System.Collections;
using System.Globalization;
using Plotly.NET;

namespace NeuronFromScratch.Course;

/// <summary>
/// What a notebook shows below a cell, for a lesson run with <c>dotnet run --file lessons/….cs</c> (no kernel). The
/// notebook shows the value of a cell's last expression; the lesson passes that value to <c>Display("cell-id", value)</c>.
/// A chart is saved as an HTML page in lessons/output/&lt;lesson&gt;/&lt;cell-id&gt;.html that draws offline: plotly.js
/// (the copy inside Plotly.NET.dll, the version it draws with) is written once beside the pages, in lessons/output/. The
/// page's path is printed; no browser is opened. Any other value is printed as text (a check's verdict as its ✔ or ✘
/// line), numbers the same in every culture.
/// </summary>
public static class Lesson
{
    // How many values display has shown, to name their files.
    private static int displayed;

    /// <summary>Shows <paramref name="value"/> as the notebook shows the last value of cell <paramref name="cellId"/>.</summary>
    public static void Display(string cellId, object? value)
    {
        if (value is GenericChart chart)
        {
            string file = Path.Combine(OutputFolder(), cellId + ".html");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, ChartPage(chart, PlotlyJsFile()));
            string shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
            Console.WriteLine($"[chart: {(shown.StartsWith("..", StringComparison.Ordinal) ? file : shown)}]");
            return;
        }
        Console.WriteLine(Text(value));
    }

    /// <summary>The kernel's <c>display(value)</c>: shows a value at this point, as <see cref="Display"/> does.</summary>
    public static void display(object? value) => Display($"display-{++displayed}", value);

    // A page that draws Plotly.NET's figure with the plotly.js file beside the lesson's output folder.
    private static string ChartPage(GenericChart chart, string plotlyJs) => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>{{Path.GetFileNameWithoutExtension(OutputFolder())}}</title>
        <script src="../{{Path.GetFileName(plotlyJs)}}"></script></head>
        <body><div id="chart"></div>
        <script>
        var figure = {{GenericChart.toFigureJson(chart)}};
        Plotly.newPlot('chart', figure.data, figure.layout, {"responsive": true});
        </script></body></html>
        """;

    // lessons/output/plotly-<version>.min.js, written from Plotly.NET.dll the first time a chart is saved.
    private static string PlotlyJsFile()
    {
        string file = Path.Combine(Path.GetDirectoryName(OutputFolder())!, $"plotly-{Globals.PLOTLYJS_VERSION}.min.js");
        if (!File.Exists(file))
        {
            using var resource = typeof(GenericChart).Assembly.GetManifestResourceStream($"Plotly.NET.plotly-{Globals.PLOTLYJS_VERSION}.min.js")
                ?? throw new InvalidOperationException($"Plotly.NET.dll has no plotly-{Globals.PLOTLYJS_VERSION}.min.js inside.");
            using var copy = File.Create(file);
            resource.CopyTo(copy);
        }
        return file;
    }

    // Where the lesson's charts go: output/<lesson name>/ beside the lesson file (the SDK tells a file-based app its
    // path), or under the current folder when run some other way.
    private static string OutputFolder()
    {
        string lesson = AppContext.GetData("EntryPointFilePath") as string ?? Path.Combine(Directory.GetCurrentDirectory(), "lesson");
        return Path.Combine(Path.GetDirectoryName(lesson)!, "output", Path.GetFileNameWithoutExtension(lesson));
    }

    // Text as the kernel's plain-text view shows it: sequences as [ 1, 2, 3 ], numbers culture-invariant.
    private static string Text(object? value) => value switch
    {
        null => "<null>",
        string text => text,
        IEnumerable sequence => "[ " + string.Join(", ", sequence.Cast<object?>().Select(Text)) + " ]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
