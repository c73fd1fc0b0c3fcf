using CourseBook.Course;
using CourseBook.Tests.Support;

namespace CourseBook.Tests.Course;

/// <summary>Which chart packages the course loads, and how a failed restore is told in one line.</summary>
public sealed class ChartPackagesTests
{
    [Fact]
    public void The_notebooks_chart_package_lines_are_collected_once_each()
    {
        var lines = CourseRun.ChartPackageLines(CourseRun.NotebooksIn(Paths.Notebooks));

        Assert.Equal(["#r \"nuget: Plotly.NET.Interactive, 5.0.0\"", "#r \"nuget: Plotly.NET.CSharp, 0.13.0\""], lines);
    }

    [Fact]
    public void A_restore_failure_is_told_by_its_first_NuGet_error_without_the_generated_projects_path()
    {
        const string error = "Cell 3: Could not restore NuGet packages Plotly.NET.Interactive 5.0.0, Plotly.NET.CSharp 0.13.0 (sources tried: https://api.nuget.org/v3/index.json).\n"
            + "/root/.local/share/NotebookRunner/packages/65a04ce53f74c5f8/NotebookPackages.csproj : error NU1101: Unable to find package Plotly.NET.Interactive. No packages exist with this id in source(s): nuget.org\n"
            + "/root/.local/share/NotebookRunner/packages/65a04ce53f74c5f8/NotebookPackages.csproj : error NU1101: Unable to find package Plotly.NET.CSharp. No packages exist with this id in source(s): nuget.org";

        Assert.Equal("NU1101: Unable to find package Plotly.NET.Interactive. No packages exist with this id in source(s): nuget.org", ChartPackages.Reason(error));
        Assert.Equal("Cell 2: something else", ChartPackages.Reason("Cell 2: something else\nmore"));
    }

    [Fact]
    public async Task The_probe_reports_a_package_no_feed_has_and_nothing_for_no_packages()
    {
        string folder = Paths.Scratch("probe");

        string? failure = await ChartPackages.ProbeAsync(["#r \"nuget: Plotly.NET.NoSuchPackageForTheBookTests, 1.0.0\""], folder, [], CancellationToken.None);

        Assert.NotNull(failure);
        Assert.StartsWith("NU1101: Unable to find package Plotly.NET.NoSuchPackageForTheBookTests", failure);
        Assert.Null(await ChartPackages.ProbeAsync([], folder, [], CancellationToken.None));
    }
}
