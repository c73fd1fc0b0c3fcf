using Xunit;

namespace NotebookRunner.Tests;

/// <summary>Directive handling before compilation: what is stripped, parsed and kept.</summary>
public sealed class PreparedCellTests
{
    [Fact]
    public void NuGet_directives_are_parsed_and_blanked_keeping_line_numbers()
    {
        string source = "#r \"nuget: Plotly.NET.CSharp, 0.13.0\"\n#r \"nuget:Markdig\"\n#i \"nuget: https://example.org/feed\"\n#r \"../x.dll\"\nvar a = 1;";

        var cell = PreparedCell.From(source, "csharp");

        Assert.Equal([new PackageRequest("Plotly.NET.CSharp", "0.13.0"), new PackageRequest("Markdig", null)], cell.Packages);
        Assert.Equal(["https://example.org/feed"], cell.PackageSources);
        Assert.Equal("\n\n\n#r \"../x.dll\"\nvar a = 1;", cell.Code);
    }

    [Theory]
    [InlineData("#!csharp\nvar a = 1;", "fsharp", "csharp")]
    [InlineData("#!c#\nvar a = 1;", "fsharp", "csharp")]
    [InlineData("#!markdown\n# Title", "csharp", "markdown")]
    [InlineData("#!pwsh\nls", "csharp", "pwsh")]
    [InlineData("var a = 1;\n#!markdown", "csharp", "csharp")]
    public void Only_a_leading_magic_line_switches_the_language(string source, string metadataLanguage, string expected)
    {
        var cell = PreparedCell.From(source, metadataLanguage);

        Assert.Equal(expected, cell.Language);
        Assert.Equal(source.Split('\n').Length, cell.Code.Split('\n').Length);
    }

    [Fact]
    public void Directives_in_cells_of_other_languages_are_left_alone()
    {
        var cell = PreparedCell.From("#r \"nuget: Markdig\"", "fsharp");

        Assert.Empty(cell.Packages);
        Assert.Equal("#r \"nuget: Markdig\"", cell.Code);
    }
}
