using System.Diagnostics;

namespace Lessons.Tests.Running;

/// <summary>
/// The offline chart stand-in (tests/PlotlyStandIn) as a NuGet package, under an id and a version no registry has,
/// and the rewrite of a lesson's Plotly package line to it.
/// </summary>
internal static class StandInPackage
{
    public const string Id = "PlotlyStandIn";

    /// <summary>A version made up for this test run: a restore that finds it found it in the run's own feed.</summary>
    public static readonly string Version = $"0.0.0-lessons.{DateTime.UtcNow:yyyyMMddHHmmss}";

    private const string RealPackageLine = "#:package Plotly.NET.CSharp@";

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>Packs the stand-in, as built for these tests, into <paramref name="feed"/>.</summary>
    public static async Task PackAsync(string feed)
    {
        string project = Path.Combine(Repository.Root, "tests", "PlotlyStandIn", "PlotlyStandIn.csproj");
        var pack = Process.Start(new ProcessStartInfo("dotnet",
            ["pack", project, "--no-build", "-c", Configuration, "-o", feed, $"-p:PackageId={Id}", $"-p:PackageVersion={Version}",
             $"-p:NuspecOutputPath={Path.Combine(feed, "nuspec")}{Path.DirectorySeparatorChar}", "--nologo", "-v", "quiet"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = pack.StandardOutput.ReadToEndAsync();
        string errors = await pack.StandardError.ReadToEndAsync();
        await pack.WaitForExitAsync();
        if (pack.ExitCode != 0 || !File.Exists(Path.Combine(feed, $"{Id}.{Version}.nupkg")))
            throw new InvalidOperationException($"dotnet pack of the Plotly stand-in failed ({pack.ExitCode}):\n{await output}{errors}");
    }

    /// <summary>The lesson with its Plotly.NET.CSharp package line pointing at the stand-in package.</summary>
    public static string Rewrite(string lesson)
    {
        var lines = lesson.Split('\n');
        if (lines.Contains($"#:package {Id}@{Version}"))
            return lesson;   // rewritten before: the same lesson run again
        int line = Array.FindIndex(lines, l => l.StartsWith(RealPackageLine, StringComparison.Ordinal));
        if (line < 0)
            throw new InvalidOperationException($"The lesson has no `{RealPackageLine}…` line to point at the stand-in.");
        lines[line] = $"#:package {Id}@{Version}";
        return string.Join('\n', lines);
    }
}
