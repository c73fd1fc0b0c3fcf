namespace PlotlyStandIn.Tests.Support;

/// <summary>
/// Locates the repository and the Plotly.NET API reference. The reference (public signatures read from the released
/// Plotly.NET 5.1.0 / Plotly.NET.CSharp 0.13.0 assemblies) is committed under tests/PlotlyStandIn.Tests/Reference,
/// so the tests run in any clone; it was copied from the project's shared/reference folder.
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
}
