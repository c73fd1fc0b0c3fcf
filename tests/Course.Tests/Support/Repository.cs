namespace Course.Tests;

/// <summary>Where the repository is: the folder with NeuronFromScratch.sln above the test's binaries.</summary>
internal static class Repository
{
    public static readonly string Root = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NeuronFromScratch.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No NeuronFromScratch.sln above {AppContext.BaseDirectory}.");
    }
}
