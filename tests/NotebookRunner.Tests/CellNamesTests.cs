using System.Text.Json.Nodes;
using Xunit;

namespace NotebookRunner.Tests;

/// <summary>How errors name cells and places: as the reader of the notebook sees them.</summary>
public sealed class CellNamesTests
{
    private static JsonObject Markdown(string text) => new() { ["cell_type"] = "markdown", ["source"] = text };

    private static JsonObject Code(string text) => new() { ["cell_type"] = "code", ["source"] = text };

    [Fact]
    public void A_cell_is_named_by_the_last_heading_above_it_and_its_first_comment()
    {
        var cells = new[] { Markdown("# 1. Title\n\ntext"), Markdown("## 3. The activation\nmore"), Code("var a = 1;\n// Checks your Forward\nCheck();") };

        Assert.Equal("section “3. The activation”, the cell “// Checks your Forward”", CellNames.Describe(cells, 2));
    }

    [Fact]
    public void A_cell_without_a_comment_is_named_by_its_first_line_and_long_text_is_shortened()
    {
        var cells = new[] { Code("\n" + "var x = " + new string('1', 100) + ";") };

        string name = CellNames.Describe(cells, 0);

        Assert.StartsWith("the cell “var x = 111", name);
        Assert.EndsWith("…”", name);
        Assert.True(name.Length < 100);
    }

    [Fact]
    public void Compiler_places_become_a_file_relative_to_the_notebook_and_a_line()
    {
        string error = "/course/notebooks/setup/ChartStyle.csx(19,10): error CS1061: no WithMarginSize\n(3,5): error CS0103: no x";

        string located = CellNames.Locate(error, "/course/notebooks");

        Assert.Equal("setup/ChartStyle.csx, line 19: error CS1061: no WithMarginSize\nline 3: error CS0103: no x", located);
    }
}
