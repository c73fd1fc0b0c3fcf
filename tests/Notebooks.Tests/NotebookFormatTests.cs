using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>What every course notebook must be as a file: valid nbformat 4, opening as C#, committed clean.</summary>
public sealed partial class NotebookFormatTests
{
    public static TheoryData<string> Notebooks() => new(Course.NotebookFiles());

    [Fact]
    public void TheCourseHasItsSixNotebooksInOrder() =>
        Assert.Equal(
            ["01-forward-pass.ipynb", "02-loss.ipynb", "03-backward-pass.ipynb", "04-training.ipynb",
             "05-two-features.ipynb", "06-network.ipynb"],
            Course.NotebookFiles());

    [Theory, MemberData(nameof(Notebooks))]
    public void IsNbformat4WithTheDotNetCSharpKernel(string file)
    {
        var nb = Course.Load(file);
        Assert.Equal(4, (int?)nb["nbformat"]);
        Assert.True((int?)nb["nbformat_minor"] >= 5, "nbformat_minor must be ≥ 5: cells carry ids");
        Assert.Equal(".net-csharp", (string?)nb["metadata"]?["kernelspec"]?["name"]);
        Assert.Equal("C#", (string?)nb["metadata"]?["kernelspec"]?["language"]);
        Assert.Equal("csharp", (string?)nb["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]);
        foreach (var cell in Course.Cells(nb))
        {
            Assert.Contains((string?)cell["cell_type"], new[] { "markdown", "code" });
            Assert.Matches("^[a-z0-9-]{1,64}$", (string?)cell["id"] ?? "");
            if ((string?)cell["cell_type"] != "code") continue;
            Assert.Equal("csharp", (string?)cell["metadata"]?["polyglot_notebook"]?["kernelName"]);
            Assert.Equal("csharp", (string?)cell["metadata"]?["dotnet_interactive"]?["language"]);
        }
        var ids = Course.Cells(nb).Select(c => (string?)c["id"]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory, MemberData(nameof(Notebooks))]
    public void IsCommittedWithoutOutputs(string file)
    {
        foreach (var cell in Course.Cells(Course.Load(file)).Where(c => (string?)c["cell_type"] == "code"))
        {
            Assert.Empty(cell["outputs"]!.AsArray());
            Assert.Null(cell["execution_count"]);
        }
    }

    [Theory, MemberData(nameof(Notebooks))]
    public void OpensWithTheSharedSetupAndEndsWithItsOutcome(string file)
    {
        var cells = Course.Cells(Course.Load(file)).ToList();
        Assert.Equal(["title", "setup-build", "setup-references"], cells.Take(3).Select(c => (string?)c["id"]));
        Assert.Equal("outcome", (string?)cells[^1]["id"]);
        Assert.StartsWith("# ", Course.Source(cells[0]));

        foreach (var id in new[] { "setup-build", "setup-references" })
            Assert.Equal(Course.CellSource(Course.NotebookFiles().First(), id), Course.CellSource(file, id));
        int firstCodeLines = Course.CellSource(file, "setup-build").TrimEnd().Split('\n').Length;
        Assert.True(firstCodeLines <= 6, $"{file}: the first code cell has {firstCodeLines} lines; a learner should meet an idea, not plumbing.");
        var references = Course.CellSource(file, "setup-references");
        // The learner's file in a cell of its own (notebooks 1 to 4, where it is written), so that a typo in it stops
        // only that cell and not the references every later cell needs.
        Assert.DoesNotContain("MyNeuron.csx", references);
        bool writesTheNeuron = string.CompareOrdinal(file, "05") < 0;
        Assert.Equal(writesTheNeuron, cells.Any(c => (string?)c["id"] == "setup-neuron"));
        if (writesTheNeuron)
        {
            Assert.Equal("setup-neuron", (string?)cells[3]["id"]);
            Assert.EndsWith("#load \"MyNeuron.csx\"", Course.Source(cells[3]).Trim());
        }
        Assert.Contains("#r \"nuget: Plotly.NET.Interactive, 6.0.0\"", references);
        Assert.Contains("#r \"nuget: Plotly.NET.CSharp, 0.14.0\"", references);
        Assert.Contains("#load \"setup/Kernel.csx\"", references);
        // The versions the setup cell pins are the ones setup/Kernel.csx checks for (it names both if they differ).
        string charts = File.ReadAllText(Path.Combine(Course.NotebooksFolder, "setup", "Kernel.csx"));
        foreach (System.Text.RegularExpressions.Match pin in System.Text.RegularExpressions.Regex.Matches(references, @"#r ""nuget: (?<id>[\w.]+), (?<version>[\d.]+)"""))
            Assert.Contains($"(\"{pin.Groups["id"].Value}\", \"{pin.Groups["version"].Value}\")", charts);
        Assert.Contains("#r \"../lib/bin/NeuronFromScratch.dll\"", references);
        Assert.Contains("#r \"../lib/bin/NeuronFromScratch.Course.dll\"", references);
    }

    [Theory, MemberData(nameof(Notebooks))]
    public void HasAtLeastTwoCompleteExercisesAndAPrediction(string file)
    {
        var cells = Course.Cells(Course.Load(file)).ToList();
        var ids = cells.Select(c => (string?)c["id"]).ToHashSet();
        var exercises = ExerciseNumbers(file).ToList();
        int pieces = ids.Count(id => id is not null && id.StartsWith("mine-") && id.EndsWith("-check"));
        Assert.True(exercises.Count + pieces >= 2,
            $"{file} has {exercises.Count} exercises and {pieces} pieces of MyNeuron to write; the course asks for at least 2.");
        foreach (var check in ids.Where(id => id is not null && id.StartsWith("mine-") && id.EndsWith("-check")))
            foreach (var part in new[] { "prompt", "help" })
                Assert.Contains(check!.Replace("-check", $"-{part}"), ids);
        foreach (int n in exercises)
            foreach (var part in new[] { "prompt", "answer", "check", "help" })
                Assert.Contains($"ex{n}-{part}", ids);
        Assert.Contains(cells, c => (string?)c["cell_type"] == "markdown" && Course.Source(c).Contains("Predict"));
        Assert.Contains("summary", ids);
    }

    [Theory, MemberData(nameof(Notebooks))]
    public void EveryImageHasAltTextAndExists(string file)
    {
        foreach (var cell in Course.Cells(Course.Load(file)).Where(c => (string?)c["cell_type"] == "markdown"))
            foreach (Match image in MarkdownImage().Matches(Course.Source(cell)))
            {
                Assert.False(string.IsNullOrWhiteSpace(image.Groups["alt"].Value), $"{file}: image without alt text");
                var path = Path.GetFullPath(Path.Combine(Course.NotebooksFolder, image.Groups["path"].Value));
                Assert.True(File.Exists(path), $"{file}: image {image.Groups["path"].Value} not found at {path}");
            }
    }

    /// <summary>The numbers N of the exercises a notebook has (cells exN-answer).</summary>
    internal static IEnumerable<int> ExerciseNumbers(string file) =>
        Course.Cells(Course.Load(file))
            .Select(c => ExerciseAnswer().Match((string?)c["id"] ?? ""))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value));

    [GeneratedRegex(@"!\[(?<alt>[^\]]*)\]\((?<path>[^)\s]+)\)")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"^ex(\d+)-answer$")]
    private static partial Regex ExerciseAnswer();
}
