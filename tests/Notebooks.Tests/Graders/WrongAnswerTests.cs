namespace Notebooks.Tests.Graders;

/// <summary>
/// Every catalogued wrong answer runs through the real check cell of its notebook and must get ✘ with its clue.
/// </summary>
public sealed class WrongAnswerTests
{
    /// <summary>The whole catalogue, one notebook's list after another.</summary>
    public static IReadOnlyList<WrongAnswer> Catalogue { get; } =
        [.. WrongAnswers01.All, .. WrongAnswers02.All, .. WrongAnswers03.All, .. WrongAnswers04.All,
         .. WrongAnswers05.All, .. WrongAnswers06.All];

    public static TheoryData<WrongAnswer> Cases() => new(Catalogue);

    [Theory, MemberData(nameof(Cases))]
    public async Task TheCheckRejectsItAndNamesTheLikelyMistake(WrongAnswer wrong)
    {
        // In the notebook's kernel, as a learner does it: save MyNeuron.csx (or type the answer), run the check again.
        ExecutedNotebook run;
        if (wrong.AnswerCellId is null)
        {
            run = await Course.RerunWithNeuronAsync(wrong.Notebook, wrong.Apply(Course.SolvedNeuron), wrong.CheckCellId);
        }
        else
        {
            string solutionCellId = wrong.AnswerCellId.Replace("-answer", "-solution");
            string answer = wrong.Apply(Course.SolutionCode(wrong.Notebook, solutionCellId));
            run = await Course.RerunCellsAsync(wrong.Notebook, new Dictionary<string, string> { [wrong.AnswerCellId] = answer }, wrong.CheckCellId);
        }

        Assert.True(run.Errors.Count == 0, $"The check cell must report, not fail:\n{string.Join("\n", run.Errors)}");
        string verdict = run.OutputText(wrong.CheckCellId);
        Assert.Contains("✘", verdict);
        Assert.DoesNotContain("✔", verdict);
        Assert.True(verdict.Contains(wrong.Clue, StringComparison.Ordinal),
            $"The verdict should name the mistake ('{wrong.Clue}'), but it says:\n{verdict}");
    }

    [Fact]
    public void TheCatalogueCoversTheMistakesLearnersMake()
    {
        Assert.True(Catalogue.Count >= 30, $"Only {Catalogue.Count} wrong answers are catalogued; at least 30 are wanted.");
        Assert.Equal(Catalogue.Count, Catalogue.Select(w => (w.Notebook, w.CheckCellId, w.Name)).Distinct().Count());
        string[] required =
        [
            "forgets the bias", "adds the bias inside the feature loop", "does not reset z for each row",
            "forgets 1/n", "writes 2 / n (integer division)", "flips the sign", "forgets the x factor in dL/dw",
            "uses a stale global x instead of the row's x", "assigns instead of adding in Backward",
            "forgets ResetGrad", "Step adds instead of subtracting", "Step forgets the bias",
            "returns the loss after the step", "updates only W[0]",
        ];
        var missing = required.Where(r => !Catalogue.Any(w => w.Name == r)).ToList();
        Assert.True(missing.Count == 0, $"The catalogue lacks: {string.Join("; ", missing)}");
    }
}
