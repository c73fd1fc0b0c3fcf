using NeuronFromScratch.Course;

namespace Course.Tests;

/// <summary>Every verdict names what the learner sees: each exercise's place is its notebook's section and check heading.</summary>
public sealed class PlaceTests
{
    public static TheoryData<string> Exercises() => new(Answers.Exercises.Select(e => e.Place.Check));

    private static Exercise Named(string check) => Answers.Exercises.Single(e => e.Place.Check == check);

    [Theory, MemberData(nameof(Exercises))]
    public void ThePlaceIsTheNotebooksSectionAndHeading(string check)
    {
        var place = Named(check).Place;
        Assert.Equal(place.File, Path.GetFileName(Directory.GetFiles(Path.Combine(Repository.Root, "notebooks"), $"{place.Notebook:00}-*.ipynb").Single()));
        var section = CourseNotebooks.Sections(place.File).SingleOrDefault(s => s.Number == place.Section);
        Assert.True(section.Cells is not null, $"{place.File} has no section {place.Section}.");
        Assert.Equal(place.Heading, section.Heading);
        var prompt = CourseNotebooks.Prompt(Named(check));
        Assert.Contains(prompt, section.Cells);
    }

    [Theory, MemberData(nameof(Exercises))]
    public void TheNotebookRunsTheCheckAndOffersHelpRightAfterThePrompt(string check)
    {
        var exercise = Named(check);
        var cells = CourseNotebooks.Cells(exercise.Place.File).ToList();
        var after = cells.Skip(cells.IndexOf(CourseNotebooks.Prompt(exercise))).ToList();
        var checkCell = after.FirstOrDefault(c => c.Kind == "code" && c.Source.Contains($"{exercise.Call}.Check("));
        Assert.True(checkCell is not null, $"No cell after “{check}” runs {exercise.Call}.Check(…).");
        Assert.Matches(@"^(ex\d+|mine-[a-z]+|capstone)-check$", checkCell.Id);
        if (exercise is PieceExercise || exercise == Ex04.Capstone)
            Assert.Contains("#load \"MyNeuron.csx\"", checkCell.Source);
        if (exercise != Ex04.Capstone)
        {
            var help = cells[cells.IndexOf(checkCell) + 1];
            Assert.Equal(checkCell.Id.Replace("-check", "-help"), help.Id);
            Assert.EndsWith($"{exercise.Call}.Help()", help.Source.Trim());
        }
    }

    [Fact]
    public void NoNotebookNamesACellId()
    {
        // Messages and prose name what the learner sees; the ids of cells are for the tools.
        var ids = Answers.Exercises.Select(e => e.Place.File).Distinct()
            .SelectMany(file => CourseNotebooks.Cells(file).Select(c => c.Id)).Where(id => id.Contains('-')).ToHashSet();
        foreach (var file in Answers.Exercises.Select(e => e.Place.File).Distinct())
            foreach (var cell in CourseNotebooks.Cells(file))
                foreach (var id in ids)
                    Assert.False(cell.Source.Contains(id, StringComparison.Ordinal) && cell.Source.Contains($"run {id}"),
                        $"{file} {cell.Id} tells the learner to run cell {id}.");
        string verdicts = string.Join("\n", Catalogue.WrongAnswers.All.Select(w => Answers.Check(w.Exercise, w.Code).Message));
        foreach (var id in ids.Where(id => id.EndsWith("-check") || id.EndsWith("-answer")))
            Assert.DoesNotContain(id, verdicts);
    }
}
