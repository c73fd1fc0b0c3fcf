using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace NotebookRunner.Tests;

/// <summary>#r "nuget:": explicit stand-ins, dropped packages, real restores and restore failures.</summary>
public sealed class PackageTests
{
    private static RunOptions WithPlotlyStandIn => new()
    {
        StandIns = new Dictionary<string, string>
        {
            ["Plotly.NET.CSharp"] = Fixture.PlotlyStandIn,
            ["plotly.net.interactive"] = "none", // ids match case-insensitively
        },
    };

    [Fact]
    public async Task A_stand_in_replaces_the_package_and_a_chart_value_renders_through_its_toChartHTML()
    {
        var result = await Fixture.RunAsync("plotly-chart.ipynb", WithPlotlyStandIn);

        Assert.True(result.Succeeded, string.Join("\n", result.Cells.Select(c => c.ErrorText)));
        string html = result.Cell(2).Result("text/html") ?? throw new Xunit.Sdk.XunitException("no text/html result");
        // Plotly.NET's toChartHTML: "var data = [...];\n    var layout = {...};" then Plotly.newPlot.
        var figure = Regex.Match(html, @"var data = (?<data>.*?);\n\s*var layout = (?<layout>.*?);\n", RegexOptions.Singleline);
        Assert.True(figure.Success, "no Plotly.NET figure in the chart's text/html:\n" + html);
        Assert.Contains("Plotly.newPlot(", html);
        Assert.Equal("Squares", JsonNode.Parse(figure.Groups["layout"].Value)!["title"]!["text"]!.GetValue<string>());
        var trace = JsonNode.Parse(figure.Groups["data"].Value)![0]!;
        Assert.Equal("squares", trace["name"]!.GetValue<string>());
        Assert.Equal([1.0, 4.0, 9.0], trace["y"]!.AsArray().Select(v => v!.GetValue<double>()));
    }

    [Fact]
    public async Task Without_a_stand_in_a_missing_package_fails_naming_package_version_and_every_source_tried()
    {
        using var optionFeed = new TempFolder();
        using var cellFeed = new TempFolder();
        var notebook = NotebookDocument.Load(Fixture.PathOf("plotly-chart.ipynb"));
        var firstCell = notebook["cells"]![0]!;
        firstCell["source"] = $"#i \"nuget: {cellFeed.Path}\"\n" + NotebookDocument.SourceOf(firstCell.AsObject());
        var options = new RunOptions
        {
            PackageSources = [optionFeed.Path],
            StandIns = new Dictionary<string, string> { ["Plotly.NET.Interactive"] = "none" },
        };

        var result = await NotebookExecutor.RunAsync(notebook, Fixture.Folder, "plotly-chart.ipynb", options);

        var failed = Assert.Single(result.Cells);
        Assert.True(failed.Failed);
        Assert.StartsWith("Cell 1: Could not restore NuGet package Plotly.NET.CSharp 0.13.0 (sources tried: ", failed.ErrorText);
        Assert.Contains(optionFeed.Path, failed.ErrorText);
        Assert.Contains(cellFeed.Path, failed.ErrorText);
        Assert.Contains("NU1101", failed.ErrorText);
        Assert.Equal("PackageRestoreError", failed.OfType("error")[0]["ename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stand_in_path_that_does_not_exist_is_an_error_naming_it()
    {
        var options = WithPlotlyStandIn with
        {
            StandIns = new Dictionary<string, string> { ["Plotly.NET.CSharp"] = "/no/such/StandIn.dll", ["Plotly.NET.Interactive"] = "none" },
        };

        var result = await Fixture.RunAsync("plotly-chart.ipynb", options);

        Assert.Contains("'/no/such/StandIn.dll', which does not exist", result.Cell(1).ErrorText);
    }

    [Fact]
    public async Task A_package_in_the_registry_is_restored_for_real_and_usable_in_later_cells()
    {
        var result = await Fixture.RunAsync("nuget-restore.ipynb");

        Assert.True(result.Succeeded, string.Join("\n", result.Cells.Select(c => c.ErrorText)));
        Assert.Contains("<h1", result.Cell(2).Result());
        Assert.Contains("Title</h1>", result.Cell(2).Result());
    }
}
