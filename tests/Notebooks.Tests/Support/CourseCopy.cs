namespace Notebooks.Tests;

/// <summary>
/// A copy of the course in a temporary folder, as a learner's clone has it where the notebooks need it: notebooks/
/// (copied with their times, so its MyNeuron.csx can be the learner's), lib/ and course/ (linked: built once, never
/// changed by a test), the library's project (with its own time, so the setup cell sees the library up to date and does
/// not rebuild it) and the tool manifest that pins the kernel. Deleted when disposed.
/// </summary>
internal sealed class CourseCopy : IDisposable
{
    private CourseCopy(string root) => Root = root;

    public string Root { get; }

    public string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>Copies the course, with <paramref name="myNeuron"/> as the learner's notebooks/MyNeuron.csx.</summary>
    public static CourseCopy Create(string myNeuron)
    {
        var copy = new CourseCopy(Directory.CreateTempSubdirectory("course-").FullName);
        CopyFolder(Course.NotebooksFolder, copy.Notebooks);
        copy.WriteNeuron(myNeuron);
        foreach (string folder in new[] { "lib", "course" })
            Directory.CreateSymbolicLink(Path.Combine(copy.Root, folder), Path.Combine(Course.RepositoryRoot, folder));
        foreach (string file in new[] { "NeuronFromScratch.csproj", Path.Combine(".config", "dotnet-tools.json") })
        {
            string original = Path.Combine(Course.RepositoryRoot, file), copied = Path.Combine(copy.Root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(copied)!);
            File.Copy(original, copied);
            File.SetLastWriteTimeUtc(copied, File.GetLastWriteTimeUtc(original));
        }
        return copy;
    }

    /// <summary>Saves <paramref name="myNeuron"/> as the learner's file, as a learner saves it in the editor.</summary>
    public void WriteNeuron(string myNeuron) => File.WriteAllText(Path.Combine(Notebooks, "MyNeuron.csx"), myNeuron);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));   // solutions/MyNeuron.csx is built into the checks
        }
    }
}
