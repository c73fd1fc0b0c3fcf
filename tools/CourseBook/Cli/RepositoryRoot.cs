namespace CourseBook.Cli;

/// <summary>Finds the course repository, whose folders give the book's defaults.</summary>
internal static class RepositoryRoot
{
    private const string Solution = "NeuronFromScratch.sln";

    /// <summary>The folder holding NeuronFromScratch.sln above the tool's binaries, else above the current directory.</summary>
    /// <exception cref="DirectoryNotFoundException">Neither is inside the repository.</exception>
    public static string Find()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Solution)))
                    return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException(
            $"No folder holding {Solution} above '{AppContext.BaseDirectory}' or the current directory; run the book from the course repository.");
    }

    /// <summary>The README's first heading (the course's name), or "The course".</summary>
    public static string CourseTitle(string root)
    {
        string readme = Path.Combine(root, "README.md");
        string? heading = File.Exists(readme)
            ? File.ReadLines(readme).FirstOrDefault(line => line.StartsWith("# ", StringComparison.Ordinal))
            : null;
        return heading?[2..].Trim() ?? "The course";
    }
}
