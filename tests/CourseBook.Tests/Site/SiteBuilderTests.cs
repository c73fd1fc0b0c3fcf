using System.Text.Json.Nodes;
using CourseBook.Site;
using CourseBook.Tests.Support;

namespace CourseBook.Tests.Site;

/// <summary>What the site holds: pages, links, copied files, outputs, assets, the executed notebooks.</summary>
public sealed class SiteBuilderTests
{
    private static JsonObject Notebook(params JsonObject[] cells) =>
        new() { ["nbformat"] = 4, ["nbformat_minor"] = 5, ["metadata"] = new JsonObject(), ["cells"] = new JsonArray(cells) };

    private static JsonObject Markdown(string source) => new() { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = source };

    private static JsonObject Code(string source, params JsonObject[] outputs) => new()
    {
        ["cell_type"] = "code", ["metadata"] = new JsonObject(), ["execution_count"] = 1, ["source"] = source, ["outputs"] = new JsonArray(outputs),
    };

    /// <summary>A course folder (notebooks/ and assets/) and a site folder beside it.</summary>
    private static (string Notebooks, string Site) Course(string name)
    {
        string root = Paths.Scratch(name);
        Directory.CreateDirectory(Path.Combine(root, "notebooks"));
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "assets", "pic.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        return (Path.Combine(root, "notebooks"), Path.Combine(root, "site"));
    }

    private static IReadOnlyList<BookPage> Build(string notebooks, string site, TextWriter warnings, params BookNotebook[] book) =>
        SiteBuilder.Build(book, new SiteOptions(site, notebooks, Paths.Web, "Test course", "Test charts."), warnings);

    [Fact]
    public void Links_to_notebooks_become_pages_and_course_files_are_copied_into_the_site()
    {
        var (notebooks, site) = Course(nameof(Links_to_notebooks_become_pages_and_course_files_are_copied_into_the_site));
        var warnings = new StringWriter();

        Build(notebooks, site, warnings,
            new BookNotebook("01-a.ipynb", Notebook(Markdown("# A\n\n![pic](../assets/pic.svg) see [B](02-b.ipynb#part) and [gone](../lib/Gone.cs)"))),
            new BookNotebook("02-b.ipynb", Notebook(Markdown("# B"))));

        string page = File.ReadAllText(Path.Combine(site, "01-a.html"));
        Assert.Contains("<img src=\"files/assets/pic.svg\" alt=\"pic\" />", page);
        Assert.True(File.Exists(Path.Combine(site, "files", "assets", "pic.svg")));
        Assert.Contains("<a href=\"02-b.html#part\">B</a>", page);
        Assert.Contains("<a href=\"../lib/Gone.cs\">gone</a>", page);
        Assert.Contains("01-a.ipynb links to '../lib/Gone.cs', which is not a file", warnings.ToString());
        Assert.Contains("rel=\"next\" href=\"02-b.html\"", page);
        Assert.DoesNotContain("rel=\"prev\"", page);
    }

    [Fact]
    public void Outputs_are_shown_as_text_errors_without_colour_codes_and_charts_as_figure_JSON()
    {
        var (notebooks, site) = Course(nameof(Outputs_are_shown_as_text_errors_without_colour_codes_and_charts_as_figure_JSON));
        string chart = ChartHtml.Of(ChartHtml.Figure(2, title: "<b>bold</b> & more"));

        var pages = Build(notebooks, site, TextWriter.Null, new BookNotebook("01-a.ipynb", Notebook(
            Code("Print(1 < 2);",
                new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = new JsonArray("a < b\n", "c\n") },
                new JsonObject { ["output_type"] = "execute_result", ["data"] = new JsonObject { ["text/plain"] = "[ 1, 2 ]" }, ["metadata"] = new JsonObject(), ["execution_count"] = 1 },
                new JsonObject { ["output_type"] = "error", ["ename"] = "E", ["evalue"] = "bad", ["traceback"] = new JsonArray("\u001b[0;31mCell 1: bad\u001b[0m") },
                new JsonObject { ["output_type"] = "display_data", ["data"] = new JsonObject { ["text/html"] = ChartHtml.PlotlyLibrary }, ["metadata"] = new JsonObject() },
                new JsonObject { ["output_type"] = "display_data", ["data"] = new JsonObject { ["text/html"] = chart }, ["metadata"] = new JsonObject() }))));

        string page = File.ReadAllText(Path.Combine(site, "01-a.html"));
        Assert.Contains("<pre class=\"output stream stdout\">a &lt; b\nc</pre>", page);
        Assert.Contains("<pre class=\"output result\">[ 1, 2 ]</pre>", page);
        Assert.Contains("<pre class=\"output error\">Cell 1: bad</pre>", page);
        Assert.Contains("<code class=\"language-csharp\">Print(1 &lt; 2);</code>", page);
        Assert.Single(pages[0].Charts);
        // The title holds "<b>bold</b>": in the page's script element it must not be a raw '<'.
        Assert.Contains("\\u003Cb\\u003Ebold\\u003C/b\\u003E", page);
        Assert.DoesNotContain("<b>bold</b>", page);
        // plotly.js comes from the site, once per page; the copy the setup cell's output carries is left out.
        Assert.Contains("src=\"assets/plotly/plotly.min.js\"", page);
        Assert.DoesNotContain("data-plotly-js", page);
    }

    [Fact]
    public void The_site_carries_its_libraries_and_the_executed_notebooks_as_they_ran()
    {
        var (notebooks, site) = Course(nameof(The_site_carries_its_libraries_and_the_executed_notebooks_as_they_ran));
        var notebook = Notebook(Markdown("# A"), Code("Chart()",
            new JsonObject { ["output_type"] = "display_data", ["data"] = new JsonObject { ["text/html"] = ChartHtml.PlotlyLibrary }, ["metadata"] = new JsonObject() }));

        Build(notebooks, site, TextWriter.Null, new BookNotebook("01-a.ipynb", notebook));

        foreach (string asset in new[] { WebAssets.Plotly, WebAssets.Katex, WebAssets.KatexCss, WebAssets.Prism, WebAssets.PrismCSharp, WebAssets.PrismCss, WebAssets.BookCss, WebAssets.BookJs })
            Assert.True(File.Exists(Path.Combine(site, asset)), asset);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site, "assets", "katex", "fonts"), "*.woff2"));
        // plotly.js at the version Plotly.NET 6.0.0 ships (Globals.PLOTLYJS_VERSION) and the book's package.json pins.
        Assert.StartsWith("/**\n* plotly.js v2.28.0", File.ReadAllText(Path.Combine(site, WebAssets.Plotly)));
        Assert.Equal("2.28.0", WebAssets.PlotlyVersion(Paths.Web));
        string executed = File.ReadAllText(Path.Combine(site, SiteBuilder.NotebooksFolder, "01-a.ipynb"));
        Assert.Contains("data-plotly-js", executed);
    }

    [Fact]
    public void A_check_cell_shows_its_call_and_its_verdict_and_the_help_cell_stays_folded()
    {
        var (notebooks, site) = Course(nameof(A_check_cell_shows_its_call_and_its_verdict_and_the_help_cell_stays_folded));
        static JsonObject Shown(string html, string text) => new()
        {
            ["output_type"] = "execute_result", ["execution_count"] = 1, ["metadata"] = new JsonObject(),
            ["data"] = new JsonObject { ["text/html"] = html, ["text/plain"] = text },
        };
        var check = Code("// Checks your Forward.\n#load \"MyNeuron.csx\"\nEx01.Forward.Check(Yours)",
            Shown("<div class=\"verdict failed\" style=\"border-left: 4px solid #cf222e;\">✘ Every row is off by exactly b</div>", "✘ Every row is off by exactly b"));
        check["id"] = "mine-forward-check";
        var help = Code("Ex01.Forward.Help()",
            Shown("<div class=\"help\"><details><summary>Hint 1 of 2</summary>a nudge</details></div>", "Stuck?"));
        help["id"] = "mine-forward-help";

        Build(notebooks, site, TextWriter.Null, new BookNotebook("01-a.ipynb", Notebook(Markdown("# A"), check, help)));

        string page = File.ReadAllText(Path.Combine(site, "01-a.html"));
        Assert.Contains("<code class=\"language-csharp\">// Checks your Forward.\n#load &quot;MyNeuron.csx&quot;\nEx01.Forward.Check(Yours)</code>", page);
        Assert.Contains("<div class=\"output html\"><div class=\"verdict failed\"", page);
        Assert.Contains("<details><summary>Hint 1 of 2</summary>a nudge</details>", page);
        Assert.DoesNotContain("<details open", page);
    }

    [Fact]
    public void A_folder_the_book_did_not_write_is_never_cleared_and_its_own_is_rebuilt()
    {
        var (notebooks, site) = Course(nameof(A_folder_the_book_did_not_write_is_never_cleared_and_its_own_is_rebuilt));
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "mine.txt"), "keep me");

        var error = Assert.Throws<IOException>(() => Build(notebooks, site, TextWriter.Null, new BookNotebook("01-a.ipynb", Notebook(Markdown("# A")))));

        Assert.Contains("was not written by the course book", error.Message);
        Assert.True(File.Exists(Path.Combine(site, "mine.txt")));
        File.Delete(Path.Combine(site, "mine.txt"));
        Build(notebooks, site, TextWriter.Null, new BookNotebook("01-a.ipynb", Notebook(Markdown("# A"))));
        Build(notebooks, site, TextWriter.Null, new BookNotebook("02-b.ipynb", Notebook(Markdown("# B"))));
        Assert.False(File.Exists(Path.Combine(site, "01-a.html")));
        Assert.True(File.Exists(Path.Combine(site, "02-b.html")));
    }
}
