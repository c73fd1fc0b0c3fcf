using LessonGenerator;
using LessonGenerator.Lessons;

namespace Lessons.Tests.Generation;

/// <summary>The committed lessons are exactly what the generator writes from the notebooks (CI's sync check).</summary>
public sealed class UpToDateTests
{
    // Generating reads every cell with Roslyn: once for the tests that read the repository.
    private static readonly Lazy<IReadOnlyList<GeneratedFile>> Generated = new(() => CourseLessons.Generate(Repository.Root));

    [Fact]
    public void TheCommittedLessonsAreWhatTheGeneratorWritesFromTheNotebooks()
    {
        var stale = CourseLessons.Stale(Repository.Root, Generated.Value);
        Assert.True(stale.Count == 0,
            $"lessons/ is out of date with notebooks/: {string.Join(", ", stale)}. Run `dotnet run --project tools/LessonGenerator`.");
    }

    [Fact]
    public void EveryNotebookHasItsLessonAndEveryLoadedFileItsTranslation()
    {
        var paths = Generated.Value.Select(f => f.Path).ToList();
        foreach (string lesson in Repository.LessonNames())
            Assert.Contains($"{lesson}.cs", paths);
        Assert.Contains("MyNeuron.cs", paths);
        Assert.DoesNotContain("setup/build-library.cs", paths);   // a program's #:project builds the library
        Assert.DoesNotContain("setup/Kernel.cs", paths);          // a program saves charts and prints verdicts itself
        // The checks, the charts' layout and Display come from the course library's project, not copies in lessons/.
        Assert.Equal(["01-forward-pass.cs", "02-loss.cs", "03-backward-pass.cs", "04-training.cs", "05-two-features.cs", "06-network.cs", "MyNeuron.cs"],
            paths.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Repository.Lessons, "checks")));
        Assert.False(Directory.Exists(Path.Combine(Repository.Lessons, "setup")));
    }

    [Fact]
    public void CheckNamesAChangedLessonAndAnUngeneratedFileAndExitsWithOne()
    {
        using var copy = CopyOfCourse();
        File.AppendAllText(Path.Combine(copy.Path, "lessons", "02-loss.cs"), "// an edit\n");
        File.WriteAllText(Path.Combine(copy.Path, "lessons", "Checks99.cs"), "// left over\n");
        var (code, output, _) = RunCli("--check", "--root", copy.Path);

        Assert.Equal(1, code);
        Assert.Contains("stale: lessons/02-loss.cs", output);
        Assert.Contains("stale: lessons/Checks99.cs", output);
        Assert.DoesNotContain("01-forward-pass", output);
    }

    [Fact]
    public void WritingRestoresAChangedLessonButKeepsTheLearnersChangedNeuron()
    {
        using var copy = CopyOfCourse();
        string lesson = Path.Combine(copy.Path, "lessons", "02-loss.cs"), mine = Path.Combine(copy.Path, "lessons", "MyNeuron.cs");
        string original = File.ReadAllText(lesson);
        File.WriteAllText(lesson, "// broken\n");
        File.AppendAllText(mine, "// my work\n");

        var (code, output, _) = RunCli("--root", copy.Path);

        Assert.Equal(0, code);
        Assert.Equal(original, File.ReadAllText(lesson));
        Assert.EndsWith("// my work\n", File.ReadAllText(mine));
        Assert.Contains("kept lessons/MyNeuron.cs", output);
    }

    [Fact]
    public void BadArgumentsExitWithTwoAndSayWhatWasExpected()
    {
        var (code, output, errors) = RunCli("--chek");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("'--chek'", errors);
        Assert.Contains("expected --check", errors);
    }

    // The exit code and what the command line wrote to stdout; errors and progress go to stderr.
    private static (int Code, string Output, string Errors) RunCli(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        int code = Cli.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    // notebooks/ and lessons/ of the repository, copied: what the generator reads and writes.
    private static TempFolder CopyOfCourse()
    {
        var copy = new TempFolder();
        foreach (string folder in new[] { "notebooks", "lessons" })
            Repository.CopyTree(Path.Combine(Repository.Root, folder), Path.Combine(copy.Path, folder));
        return copy;
    }
}
