using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner;

namespace CourseBook.Course;

/// <summary>
/// The chart packages: first the real ones (Plotly.NET from nuget.org, restored by the runner as a notebook would),
/// else the offline stand-in in tests/PlotlyStandIn, which writes the same chart HTML without the network.
/// </summary>
public static partial class ChartPackages
{
    /// <summary>The stand-in's project, relative to the repository root.</summary>
    public const string StandInProject = "tests/PlotlyStandIn/PlotlyStandIn.csproj";

    /// <summary>
    /// Restores the packages that <paramref name="packageLines"/> load, through the runner (a one-cell notebook), so
    /// the course run reuses the restore from the runner's cache. Returns null when they restore, else why not.
    /// </summary>
    /// <param name="packageLines">The notebooks' <c>#r "nuget:"</c> / <c>#i "nuget:"</c> lines (<see cref="CourseRun.ChartPackageLines"/>).</param>
    /// <param name="directory">The folder the probe runs in (the notebooks folder).</param>
    /// <param name="packageSources">Extra NuGet feeds, as for the course run.</param>
    /// <param name="ct">Cancels the restore.</param>
    public static async Task<string?> ProbeAsync(IReadOnlyList<string> packageLines, string directory,
        IReadOnlyList<string> packageSources, CancellationToken ct)
    {
        if (packageLines.Count == 0)
            return null;
        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject(),
            ["cells"] = new JsonArray(new JsonObject
            {
                ["cell_type"] = "code",
                ["metadata"] = new JsonObject(),
                ["source"] = string.Join("\n", packageLines),
                ["outputs"] = new JsonArray(),
            }),
        };
        var result = await NotebookExecutor.RunAsync(notebook, directory, "chart packages", new RunOptions { PackageSources = packageSources }, ct)
            .ConfigureAwait(false);
        return result.Cells.FirstOrDefault(cell => cell.Failed)?.ErrorText is { } error ? Reason(error) : null;
    }

    /// <summary>The first NuGet error of a failed restore without the generated project's path, else the first line.</summary>
    public static string Reason(string errorText)
    {
        var nuget = NuGetError().Match(errorText);
        return nuget.Success ? nuget.Groups[1].Value.Trim() : errorText.Split('\n')[0].Trim();
    }

    /// <summary>Builds the stand-in and returns the runner's stand-in map (Plotly.NET.CSharp → its dll, Interactive dropped).</summary>
    /// <exception cref="InvalidOperationException">The build failed; the message holds its output.</exception>
    public static async Task<IReadOnlyDictionary<string, string>> BuildStandInAsync(string repositoryRoot, CancellationToken ct)
    {
        string project = Path.Combine(repositoryRoot, StandInProject);
        var (exitCode, output) = await DotnetCli.RunAsync(repositoryRoot,
            ["build", project, "-nologo", "-v", "quiet", "--disable-build-servers", "-nodeReuse:false"], ct).ConfigureAwait(false);
        string binaries = Path.Combine(Path.GetDirectoryName(project)!, "bin", "Debug");
        string? dll = Directory.Exists(binaries)
            ? Directory.EnumerateFiles(binaries, "PlotlyStandIn.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        if (exitCode != 0 || dll is null)
            throw new InvalidOperationException($"Building the offline chart stand-in ({StandInProject}) failed:\n{output.Trim()}");
        return StandIns(dll);
    }

    /// <summary>The runner's stand-in map for a built PlotlyStandIn.dll.</summary>
    public static IReadOnlyDictionary<string, string> StandIns(string standInDll) => new Dictionary<string, string>
    {
        ["Plotly.NET.CSharp"] = standInDll,
        ["Plotly.NET.Interactive"] = "none",
    };

    [GeneratedRegex(@"error (NU\d{4}:[^\n]*)")]
    private static partial Regex NuGetError();
}
