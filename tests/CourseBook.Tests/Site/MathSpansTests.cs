using CourseBook.Site;

namespace CourseBook.Tests.Site;

/// <summary>TeX is taken out before the markdown rules run and put back for KaTeX, as Jupyter does.</summary>
public sealed class MathSpansTests
{
    private static (string Markdown, IReadOnlyList<MathSpans.Formula> Math) Extract(string markdown) => MathSpans.Extract(markdown);

    [Fact]
    public void Inline_and_display_math_become_placeholders_in_order()
    {
        var (text, math) = Extract("Let $w_1$ and $b$ be\n\n$$z = \\sum_j w_j x_j + b$$\n");

        Assert.Equal("Let @@0@@ and @@1@@ be\n\n@@2@@\n", text);
        Assert.Equal([new("w_1", false), new("b", false), new("z = \\sum_j w_j x_j + b", true)], math);
    }

    [Fact]
    public void Display_math_may_span_lines_as_the_notebooks_write_it()
    {
        var (text, math) = Extract("by hand:\n\n$$X = \\begin{bmatrix} 1 \\\\ 0 \\end{bmatrix}, \\qquad\nW = 2$$\n\nnext");

        Assert.Equal("by hand:\n\n@@0@@\n\nnext", text);
        Assert.Equal("X = \\begin{bmatrix} 1 \\\\ 0 \\end{bmatrix}, \\qquad\nW = 2", math[0].Tex);
    }

    [Theory]
    [InlineData("Code `$\"{x}\"` and $y$", "Code `$\"{x}\"` and @@0@@")]
    [InlineData("```csharp\nPrint($\"a {b}\"); var c = $\"d\";\n```\nthen $e$", "```csharp\nPrint($\"a {b}\"); var c = $\"d\";\n```\nthen @@0@@")]
    [InlineData("It costs \\$5, not $x$", "It costs \\$5, not @@0@@")]
    [InlineData("A lone $ and\n\nanother $ stay", "A lone $ and\n\nanother $ stay")]
    [InlineData("$\\text{a $b$ c}$ d", "@@0@@ d")]
    public void Code_escaped_dollars_and_blank_lines_are_not_math(string markdown, string expected)
    {
        Assert.Equal(expected, Extract(markdown).Markdown);
    }

    [Fact]
    public void Markdown_rules_never_touch_the_TeX()
    {
        var links = new LocalLinks(Path.GetTempPath(), Path.GetTempPath(), new Dictionary<string, string>(), TextWriter.Null);

        string html = MarkdownCells.ToHtml("The *step* is $w_{t+1} = w_t - \\eta\\,g_t$ and $a < b$.\n\n| x | $\\hat y$ |\n|---|---|\n| 1 | $|x|$ |\n", links, "test.ipynb");

        Assert.Contains("<em>step</em>", html);
        Assert.Contains("<span class=\"math\">\\(w_{t+1} = w_t - \\eta\\,g_t\\)</span>", html);
        Assert.Contains("<span class=\"math\">\\(a &lt; b\\)</span>", html);
        Assert.Contains("<th><span class=\"math\">\\(\\hat y\\)</span></th>", html);
        Assert.Contains("<td><span class=\"math\">\\(|x|\\)</span></td>", html);
    }

    [Fact]
    public void Display_math_is_a_display_span_and_math_in_an_alt_text_stays_text()
    {
        var links = new LocalLinks(Path.GetTempPath(), Path.GetTempPath(), new Dictionary<string, string>(), TextWriter.Null);

        string html = MarkdownCells.ToHtml("$$\\frac{a}{b}$$\n\n![the curve $y = x^2$](https://example.org/x.png)\n", links, "test.ipynb");

        Assert.Contains("<span class=\"math display\">\\[\\frac{a}{b}\\]</span>", html);
        Assert.Contains("alt=\"the curve $y = x^2$\"", html);
    }

    [Fact]
    public void A_heading_gives_its_HTML_with_math_and_its_text_with_the_TeX()
    {
        var heading = MarkdownCells.FirstHeading("Intro\n\n# 2. The loss $L$ and `Mse`\n\n# Later");

        Assert.NotNull(heading);
        Assert.Equal("2. The loss <span class=\"math\">\\(L\\)</span> and <code>Mse</code>", heading.Value.Html);
        Assert.Equal("2. The loss L and Mse", heading.Value.Text);
    }
}
