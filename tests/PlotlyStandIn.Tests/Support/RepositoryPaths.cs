namespace PlotlyStandIn.Tests.Support;

/// <summary>
/// Locates the repository, the Plotly.NET API reference and the golden reference. The API reference (public
/// signatures read from the released Plotly.NET 5.1.0 / Plotly.NET.CSharp 0.13.0 assemblies) is committed under
/// tests/PlotlyStandIn.Tests/Reference; the golden figures (what the REAL libraries produced) are read from the
/// shared folder beside the repository (../shared/reference/plotly-golden), as CI checks it out.
/// </summary>
internal static class RepositoryPaths
{
    private const string ReferenceFile = "plotly-net-csharp-0.13.0.md";

    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NeuronFromScratch.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException(
                $"No folder holding NeuronFromScratch.sln above '{AppContext.BaseDirectory}'; expected the tests to run inside the repository.");
        }
    }

    /// <summary>The committed copy of the reference.</summary>
    public static string PlotlyReference =>
        Path.Combine(Root, "tests", "PlotlyStandIn.Tests", "Reference", ReferenceFile);

    /// <summary>The shared folder's copy beside the repository (../shared/reference), where a checkout has one.</summary>
    public static string SharedPlotlyReference =>
        Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference", ReferenceFile));

    /// <summary>The golden reference folder (../shared/reference/plotly-golden from the repository root).</summary>
    public static string GoldenFolder => Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference", "plotly-golden"));

    /// <summary>The golden folder, or a failure that says where it was expected and why it is needed.</summary>
    public static string RequireGoldenFolder() => Directory.Exists(GoldenFolder)
        ? GoldenFolder
        : throw new Xunit.Sdk.XunitException(
            $"The golden Plotly reference is missing: expected '{GoldenFolder}' (../shared/reference/plotly-golden beside the "
            + "repository, as CI checks out shared/). It holds the real Plotly.NET output the stand-in is compared with.");
}
