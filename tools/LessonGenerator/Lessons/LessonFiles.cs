namespace LessonGenerator.Lessons;

/// <summary>Writes generated files into lessons/, keeping a learner's own MyNeuron.cs.</summary>
public static class LessonFiles
{
    /// <summary>
    /// Writes the <paramref name="stale"/> files of <paramref name="generated"/>, except a learner's changed MyNeuron.cs,
    /// and reports each stale file to <paramref name="log"/>. Returns the exit code: 0.
    /// </summary>
    public static int Write(string repositoryRoot, IReadOnlyList<GeneratedFile> generated, IReadOnlyList<string> stale, TextWriter log)
    {
        string lessons = Path.Combine(Path.GetFullPath(repositoryRoot), LessonPaths.Lessons);
        string learners = LessonPaths.Translated(LessonPaths.LearnersFile);
        foreach (string path in stale)
        {
            string target = Path.Combine(lessons, path);
            var file = generated.FirstOrDefault(f => f.Path == path);
            if (file is null)
            {
                // Perhaps a leftover of a removed notebook, perhaps the learner's own: the maintainer decides.
                log.WriteLine($"left lessons/{path}: no notebook generates it (delete it if it is a leftover)");
            }
            else if (path == learners && File.Exists(target))
            {
                // It may hold the learner's work: never overwrite it.
                log.WriteLine($"kept lessons/{path}: it differs from notebooks/{LessonPaths.LearnersFile} and may hold your work; " +
                              "delete it and run again to start it afresh.");
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, file.Text);
                log.WriteLine($"wrote lessons/{path}");
            }
        }
        log.WriteLine($"lessons/: {generated.Count} generated files, {stale.Count} changed.");
        return 0;
    }
}
