using LessonGenerator.Lessons;
using Xunit.Abstractions;

namespace Lessons.Tests.Running;

/// <summary>
/// What a learner does with a lesson: replace a starter with their code, write their neuron in lessons/MyNeuron.cs,
/// and run the lesson again. The lesson then says what the notebook says for the same code.
/// </summary>
[Collection(LessonRunsCollection.Name)]
public sealed class LearnerEditTests(CourseCopyFixture fixture, ITestOutputHelper log)
{
    [Fact]
    public async Task AnExerciseSolvedInTheLessonIsAcceptedAsInTheNotebook()
    {
        const string lesson = "02-loss";
        string starter = CellSource(lesson, "ex1-answer").TrimEnd('\n');
        string solution = NeuronFromScratch.Course.Ex02.MeanAbsoluteError.SolutionCode.TrimEnd('\n');
        string lessonText = File.ReadAllText(Path.Combine(Repository.Lessons, $"{lesson}.cs"));
        Assert.Contains(starter, lessonText);   // the starter is in the lesson as written, for the learner to replace

        var notebook = Task.Run(() => NotebookOutput.ExpectedAsync(lesson, new Dictionary<string, string> { ["ex1-answer"] = solution }));
        var run = await fixture.Copy.RunAsync(lesson, lessonText: lessonText.Replace(starter, solution, StringComparison.Ordinal));
        var (expected, _) = await notebook;
        log.WriteLine($"dotnet run --file lessons/{lesson}.cs with the solution of Your turn 1: {run.Elapsed.TotalSeconds:F1} s");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("✔ MeanAbsoluteError is right", run.Output);
        SameText.Assert(expected, run.Output, $"lessons/{lesson}.cs with the solution");
    }

    [Fact]
    public async Task TheLearnersNeuronInMyNeuronCsPassesTheCapstoneAsInTheNotebook()
    {
        const string lesson = "04-training";
        string solved = File.ReadAllText(Path.Combine(Repository.Notebooks, "solutions", "MyNeuron.csx"));
        string solvedForLessons = LoadedFileTranslator.Translate(Repository.Notebooks, "solutions/MyNeuron.csx", header: "").Text;

        var notebook = Task.Run(() => NotebookOutput.ExpectedAsync(lesson, myNeuron: solved));
        var run = await fixture.Copy.RunAsync(lesson, myNeuron: solvedForLessons);
        var (expected, _) = await notebook;
        log.WriteLine($"dotnet run --file lessons/{lesson}.cs with a written MyNeuron.cs: {run.Elapsed.TotalSeconds:F1} s");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("✔ Your neuron, trained by your loop, gives the library's numbers", run.Output);
        SameText.Assert(expected, run.Output, $"lessons/{lesson}.cs with the solved neuron");
    }

    private static string CellSource(string lesson, string cellId) =>
        LessonGenerator.Notebooks.NotebookReader.ReadCells(Path.Combine(Repository.Notebooks, $"{lesson}.ipynb"))
            .Single(c => c.Id == cellId).Source;
}
