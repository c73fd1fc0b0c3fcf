using LessonGenerator.Lessons;

namespace LessonGenerator;

/// <summary>
/// The command line: <c>[--check] [--root DIR]</c>. Writes lessons/ from notebooks/ (exit code 0), or with
/// <c>--check</c> only reports the files of lessons/ that are not what the notebooks generate (exit code 1 if any).
/// Bad arguments: exit code 2.
/// </summary>
public static class Cli
{
    /// <summary>Runs the command line with <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        bool check = false;
        string? root = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--check")
                check = true;
            else if (args[i] == "--root" && i + 1 < args.Length)
                root = args[++i];
            else
            {
                errors.WriteLine($"error: unexpected argument '{args[i]}'; expected --check and/or --root DIR.");
                return 2;
            }
        }
        root ??= FindRepositoryRoot(Directory.GetCurrentDirectory());
        if (root is null || !Directory.Exists(Path.Combine(root, LessonPaths.Notebooks)))
        {
            errors.WriteLine($"error: expected a repository with notebooks/ (--root, or a folder with NeuronFromScratch.sln " +
                             $"here or above), but found {root ?? "none"}.");
            return 2;
        }
        var generated = CourseLessons.Generate(root, notebook => errors.WriteLine($"generating from notebooks/{notebook}"));
        var stale = CourseLessons.Stale(root, generated);
        if (!check)
            return LessonFiles.Write(root, generated, stale, output);
        foreach (string path in stale)
            output.WriteLine($"stale: lessons/{path}");
        output.WriteLine(stale.Count == 0
            ? $"lessons/ is up to date ({generated.Count} generated files)."
            : $"{stale.Count} file(s) of lessons/ differ from what notebooks/ generates: run `dotnet run --project tools/LessonGenerator`.");
        return stale.Count == 0 ? 0 : 1;
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NeuronFromScratch.sln")))
                return dir.FullName;
        return null;
    }
}
