using System.Text.Json.Nodes;
using CourseBook.Site;

namespace CourseBook.Tests.Support;

/// <summary>
/// A notebook whose outputs are the chart HTML the real Plotly.NET wrote (toChartHTML fragments) and the real
/// .NET Interactive kernel showed (require.js form): what a learner's executed notebook holds.
/// </summary>
internal static class GoldenNotebook
{
    /// <summary>The notebook of the golden charts without sliders (its page is golden-charts.html).</summary>
    public const string ChartsFile = "golden-charts.ipynb";

    /// <summary>The notebook of the golden slider charts (its page is golden-sliders.html).</summary>
    public const string SlidersFile = "golden-sliders.ipynb";

    /// <summary>Every golden chart HTML file: the 62 toChartHTML fragments, then the kernel's outputs.</summary>
    public static IReadOnlyList<string> HtmlFiles() =>
        Directory.GetFiles(Paths.Golden, "*.html").Where(f => !f.EndsWith(".embedded.html", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(Path.Combine(Paths.Golden, "kernel"), "*.kernel.html").Order(StringComparer.Ordinal))
            .ToList();

    /// <summary>The exact figure JSON (toJson) of a golden HTML file's chart.</summary>
    public static string JsonOf(string htmlFile)
    {
        string name = Path.GetFileName(htmlFile).Split('.')[0];
        return File.ReadAllText(Path.Combine(Paths.Golden, name + ".json"));
    }

    /// <summary>
    /// The golden files a page can show without a console error: all but numbers_edge, whose point at
    /// double.MaxValue makes plotly.js itself log an SVG transform error ("translate(310.65,-5.39e+293)").
    /// </summary>
    public static IReadOnlyList<string> DrawableHtmlFiles() =>
        HtmlFiles().Where(f => Path.GetFileName(f) != "numbers_edge.html").ToList();

    /// <summary>The two golden notebooks: the charts without sliders, then the slider cases (a page of their own).</summary>
    public static IReadOnlyList<BookNotebook> Create()
    {
        var sliders = DrawableHtmlFiles().ToLookup(f => Path.GetFileName(f).StartsWith("slider_", StringComparison.Ordinal));
        return [Create(ChartsFile, sliders[false]), Create(SlidersFile, sliders[true])];
    }

    /// <summary>A notebook: a markdown cell with math, then one code cell per golden file with its HTML as output.</summary>
    public static BookNotebook Create(string fileName, IEnumerable<string> files)
    {
        var cells = new JsonArray(new JsonObject
        {
            ["cell_type"] = "markdown",
            ["id"] = "title",
            ["metadata"] = new JsonObject(),
            ["source"] = "# Plotly.NET's own chart HTML\n\nEvery figure below is HTML the real Plotly.NET 5.1.0 wrote; $y = 2x + 1$ and\n\n$$\\frac{\\partial L}{\\partial w} = 2x(\\hat y - y)$$\n",
        });
        int count = 0;
        foreach (string file in files)
        {
            count++;
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["id"] = $"case-{count}",
                ["metadata"] = new JsonObject(),
                ["execution_count"] = count,
                ["source"] = $"// {Path.GetRelativePath(Paths.Golden, file)}",
                ["outputs"] = new JsonArray(new JsonObject
                {
                    ["output_type"] = "display_data",
                    ["data"] = new JsonObject { ["text/html"] = File.ReadAllText(file), ["text/plain"] = "Plotly.NET.GenericChart" },
                    ["metadata"] = new JsonObject(),
                }),
            });
        }
        var notebook = new JsonObject { ["nbformat"] = 4, ["nbformat_minor"] = 5, ["metadata"] = new JsonObject(), ["cells"] = cells };
        return new BookNotebook(fileName, notebook);
    }
}
