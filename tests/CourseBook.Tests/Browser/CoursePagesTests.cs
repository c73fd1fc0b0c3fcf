using System.Text.RegularExpressions;
using CourseBook.Tests.Support;

namespace CourseBook.Tests.Browser;

/// <summary>
/// Every page of the course's book, opened from file:// in Chromium: offline, math drawn by KaTeX, code highlighted,
/// text outputs shown, and every chart drawn with as many traces as the executed notebook's figure holds.
/// </summary>
[Collection(BookCollection.Name)]
public sealed partial class CoursePagesTests(BookFixture book)
{
    public static TheoryData<string> Notebooks => new(Directory.GetFiles(Support.Paths.Notebooks, "*.ipynb").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    // The text a reader sees outside code and outside KaTeX's output: raw TeX left here means math was not drawn.
    private const string ProseScript = """
        () => {
            const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT, {
                acceptNode: n => n.parentElement.closest('pre, code, .katex, script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
            });
            const parts = [];
            while (walker.nextNode()) parts.push(walker.currentNode.textContent);
            return parts.join(' ');
        }
        """;

    // Playwright fills results through a parameterless constructor and setters.
    private sealed class Counts
    {
        public int Math { get; set; }
        public int MathDrawn { get; set; }
        public int CodeCells { get; set; }
        public int CodeHighlighted { get; set; }
        public int Streams { get; set; }
        public int Errors { get; set; }
    }

    private const string CountsScript = """
        () => ({
            math: document.querySelectorAll('.math').length,
            mathDrawn: document.querySelectorAll('.math > .katex, .math > .katex-display').length,
            codeCells: document.querySelectorAll('pre.source > code').length,
            codeHighlighted: Array.from(document.querySelectorAll('pre.source > code')).filter(c => c.querySelector('.token')).length,
            streams: document.querySelectorAll('pre.output.stream').length,
            errors: document.querySelectorAll('pre.output.error').length,
        })
        """;

    [Fact]
    public void The_course_ran_without_an_error()
    {
        Assert.True(book.CoursePassed, "a course notebook failed offline; its page shows the error");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task The_page_is_drawn_offline_with_math_code_outputs_and_every_charts_traces(string notebookFile)
    {
        var executed = ChartProbe.ExecutedNotebook(book.CourseSite, notebookFile);
        var figures = ChartProbe.FiguresOf(executed);
        var outputs = ChartProbe.Outputs(executed).Select(o => (string?)o["output_type"]).ToList();
        string pageName = Path.ChangeExtension(notebookFile, ".html");

        await using var visit = await PageVisit.OpenAsync(book.Browser, Path.Combine(book.CourseSite, pageName), blockNetwork: true);
        string shot = await visit.ScreenshotAsync(Path.GetFileNameWithoutExtension(notebookFile));
        var counts = await visit.Page.EvaluateAsync<Counts>(CountsScript);
        var drawn = await ChartProbe.DrawnAsync(visit.Page);
        book.Log($"{pageName}: {counts.MathDrawn} formulas, {counts.CodeHighlighted} code cells, {drawn.Count} charts; screenshot {shot}");

        visit.AssertOffline();
        Assert.True(counts.Math > 0 && counts.MathDrawn == counts.Math, $"{counts.MathDrawn} of {counts.Math} formulas drawn");
        string prose = await visit.Page.EvaluateAsync<string>(ProseScript);
        Assert.DoesNotContain("$$", prose);
        Assert.DoesNotContain("\\frac", prose);
        Assert.DoesNotMatch(InlineTex(), prose);
        Assert.True(counts.CodeCells > 0 && counts.CodeHighlighted == counts.CodeCells, $"{counts.CodeHighlighted} of {counts.CodeCells} code cells highlighted");
        Assert.Equal(outputs.Count(t => t == "stream"), counts.Streams);
        Assert.Equal(outputs.Count(t => t == "error"), counts.Errors);

        if (File.ReadAllText(Path.Combine(Support.Paths.Notebooks, notebookFile)).Contains("Chart.", StringComparison.Ordinal))
            Assert.NotEmpty(figures); // a notebook that plots must have chart outputs the book can read
        Assert.Equal(figures.Count, drawn.Count);
        for (int i = 0; i < figures.Count; i++)
        {
            Assert.True(drawn[i].Svg, $"chart {i + 1}: no SVG");
            Assert.True(figures[i].TraceCount == drawn[i].Traces, $"chart {i + 1}: plotly.js holds {drawn[i].Traces} traces, the notebook's figure {figures[i].TraceCount}");
            Assert.True(figures[i].DrawnTraceCount == drawn[i].DrawnTraces, $"chart {i + 1}: {drawn[i].DrawnTraces} traces drawn, the figure shows {figures[i].DrawnTraceCount}");
        }

        // What a reader saw once: a chart drawn 720 px wide in a 945 px box, and code lines cut off at the right edge.
        var widths = await visit.Page.EvaluateAsync<int[][]>(
            "() => Array.from(document.querySelectorAll('.output.chart')).map(box => [box.clientWidth, box.querySelector('svg.main-svg').getBoundingClientRect().width])");
        foreach (var (box, svg) in widths.Select(w => (w[0], w[1])))
            Assert.True(svg >= box - 2, $"a chart is drawn {svg} px wide in its {box} px box");
        int cutOff = await visit.Page.EvaluateAsync<int>(
            "() => Array.from(document.querySelectorAll('pre.source')).filter(pre => pre.scrollWidth > pre.clientWidth + 1).length");
        Assert.True(cutOff == 0, $"{cutOff} code cells are wider than the page's column");
    }

    [Fact]
    public async Task The_index_lists_every_notebook_by_its_first_heading_and_the_pages_link_in_order()
    {
        var files = Directory.GetFiles(Support.Paths.Notebooks, "*.ipynb").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        await using var visit = await PageVisit.OpenAsync(book.Browser, Path.Combine(book.CourseSite, "index.html"), blockNetwork: true);
        string shot = await visit.ScreenshotAsync("index");
        book.Log($"index.html: screenshot {shot}");
        visit.AssertOffline();

        var entries = await visit.Page.EvaluateAsync<string[][]>("() => Array.from(document.querySelectorAll('ul.contents > li > a:first-child')).map(a => [a.getAttribute('href'), a.textContent])");
        Assert.Equal(files.Select(f => Path.ChangeExtension(f, ".html")), entries.Select(e => e[0]));
        Assert.Equal(files.Select(FirstHeading), entries.Select(e => e[1]));
        for (int i = 0; i < files.Count; i++)
        {
            string page = File.ReadAllText(Path.Combine(book.CourseSite, Path.ChangeExtension(files[i], ".html")));
            Assert.Equal(i > 0, page.Contains($"rel=\"prev\" href=\"{Path.ChangeExtension(files[Math.Max(i - 1, 0)], ".html")}\"", StringComparison.Ordinal));
            Assert.Equal(i < files.Count - 1, page.Contains($"rel=\"next\" href=\"{Path.ChangeExtension(files[Math.Min(i + 1, files.Count - 1)], ".html")}\"", StringComparison.Ordinal));
        }
    }

    /// <summary>The first "# " line of the notebook's markdown, read without the book's code.</summary>
    private static string FirstHeading(string notebookFile) =>
        NotebookRunner.NotebookDocument.Load(Path.Combine(Support.Paths.Notebooks, notebookFile))["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "markdown")
            .SelectMany(c => NotebookRunner.NotebookDocument.SourceOf(c!.AsObject()).Split('\n'))
            .First(line => line.StartsWith("# ", StringComparison.Ordinal))[2..].Trim();

    [GeneratedRegex(@"\$[^\s$][^$\n]*\$")]
    private static partial Regex InlineTex();
}
