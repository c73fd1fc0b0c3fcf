namespace PlotlyStandIn.Tests.Support;

/// <summary>Locates the repository and the shared API reference that sits beside it (../shared/reference).</summary>
internal static class RepositoryPaths
{
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

    public static string PlotlyReference
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference", "plotly-net-csharp-0.13.0.md"));
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"The Plotly.NET API reference was expected beside the repository at '{path}' but is missing.", path);
            }

            return path;
        }
    }
}
