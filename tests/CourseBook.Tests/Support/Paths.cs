namespace CourseBook.Tests.Support;

/// <summary>Where the tests find the course and the book's npm folder, and where screenshots go.</summary>
internal static class Paths
{
    /// <summary>The repository root (the folder holding NeuronFromScratch.sln).</summary>
    public static readonly string Root = FindRoot();

    /// <summary>The course's notebooks.</summary>
    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>The book's npm folder (package.json, package-lock.json, book.css, book.js), its packages installed.</summary>
    public static string Web => InstalledWeb.Value;

    // npm ci runs at most once per test run, and only where .ci/run has not already run it.
    private static readonly Lazy<string> InstalledWeb = new(() =>
    {
        string folder = Path.Combine(Root, "tools", "CourseBook", "web");
        CourseBook.Site.WebAssets.EnsureInstalledAsync(folder, CancellationToken.None).GetAwaiter().GetResult();
        return folder;
    });

    /// <summary>Where the browser tests save their screenshots (gitignored).</summary>
    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    /// <summary>A fresh folder under the test output, emptied if an earlier run left it.</summary>
    public static string Scratch(string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "scratch", name);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NeuronFromScratch.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No NeuronFromScratch.sln above {AppContext.BaseDirectory}.");
    }
}
