namespace Lessons.Tests;

/// <summary>The repository the tests run in: its notebooks, its lessons, and temporary copies.</summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();
    public static readonly string Notebooks = Path.Combine(Root, "notebooks");
    public static readonly string Lessons = Path.Combine(Root, "lessons");

    /// <summary>The lesson names, one per notebook, in order: 01-forward-pass, ...</summary>
    public static IReadOnlyList<string> LessonNames() =>
        Directory.GetFiles(Notebooks, "*.ipynb").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()!;

    /// <summary>
    /// Copies the files under <paramref name="from"/> to <paramref name="to"/>, leaving out build output and saved
    /// charts (any bin/, obj/ or output/ folder on the way).
    /// </summary>
    public static void CopyTree(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[..^1].Any(folder => folder is "bin" or "obj" or "output"))
                continue;
            string target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));   // a newer copy would look like a change
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NeuronFromScratch.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No NeuronFromScratch.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A temporary folder, deleted with everything in it when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("lessons-tests-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }   // a process still closing a file: the OS cleans temp folders
    }
}
