using NeuronFromScratch.Course;

namespace Course.Tests.Catalogue;

/// <summary>
/// Every catalogued wrong answer through its check, and every wrong piece of MyNeuron.csx through the capstone as well:
/// a failed verdict ("✘", never "✔") that names the likely mistake.
/// </summary>
public sealed class CatalogueTests
{
    public static TheoryData<WrongAnswer> Rows() => new(WrongAnswers.All);

    public static TheoryData<WrongAnswer> PieceRows() => new(WrongAnswers.All.Where(w => w.IsPiece));

    [Theory, MemberData(nameof(Rows))]
    public void TheCheckRejectsItAndNamesTheLikelyMistake(WrongAnswer wrong) =>
        AssertNamesTheMistake(Answers.Check(wrong.Exercise, wrong.Code), wrong.Clue);

    [Theory, MemberData(nameof(PieceRows))]
    public void TheCapstoneRejectsItAndNamesTheLikelyMistake(WrongAnswer wrong) =>
        AssertNamesTheMistake(Ex04.Capstone.Check(Answers.Neuron(wrong.Code)), wrong.Clue);

    [Theory, MemberData(nameof(PieceRows))]
    public void TheProgressViewShowsThePieceFailing(WrongAnswer wrong)
    {
        var progress = Progress.Of(Answers.Neuron(wrong.Code));
        Assert.Contains(progress.Rows, row => row.Verdict.Outcome == Outcome.Failed);
        Assert.True(progress.Passing < progress.Rows.Count);
    }

    [Fact]
    public void EveryMistakeAGraderKnowsIsInTheCatalogue()
    {
        var verdicts = WrongAnswers.All.Select(w => Answers.Check(w.Exercise, w.Code).Message).ToList();
        var known = typeof(Verdict).Assembly.GetTypes()
            .SelectMany(type => type.GetProperties(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public))
            .Where(p => p.PropertyType.IsArray && p.PropertyType.GetElementType()!.IsGenericType
                && p.PropertyType.GetElementType()!.GetGenericTypeDefinition() == typeof(Mistake<,>))
            .SelectMany(p => ((Array)p.GetValue(null)!).Cast<object>()
                .Select(m => (Where: p.DeclaringType!.Name, Name: (string)m.GetType().GetProperty("Name")!.GetValue(m)!,
                    Clue: (string)m.GetType().GetProperty("Clue")!.GetValue(m)!)))
            .ToList();
        Assert.True(known.Count >= 80, $"Only {known.Count} mistakes found in the graders: is the reflection right?");
        var missing = known.Where(m => !verdicts.Any(v => v.Contains(m.Clue, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "No catalogued wrong answer gets these clues:\n"
            + string.Join("\n", missing.Select(m => $"{m.Where}: {m.Name}")));
    }

    [Fact]
    public void TheCatalogueHoldsTheMistakesLearnersMake()
    {
        Assert.True(WrongAnswers.All.Count >= 150, $"Only {WrongAnswers.All.Count} wrong answers are catalogued.");
        Assert.Equal(WrongAnswers.All.Count, WrongAnswers.All.Select(w => (w.Exercise, w.Name)).Distinct().Count());
        string[] required =
        [
            "forgets the bias", "adds the bias inside the feature loop", "does not reset z for each row", "reads X transposed",
            "forgets 1/n (the loss is a sum)", "writes 2 / n (integer division)", "flips the sign", "forgets the x factor in dL/dw",
            "uses a stale global x instead of the row's x", "assigns instead of adding in Backward", "divides by n again in Backward",
            "forgets ResetGrad", "Step adds instead of subtracting", "Step forgets the bias", "returns the loss after the step",
            "updates only W[0]", "flips the sign of DMseDYHat and of Step", "runs Forward on the whole X and then takes row i",
            "updates W, then recomputes ŷ before updating b", "sigmoid derivative evaluated at σ(z)",
            "shuffles X and y separately", "drops the last partial batch", "averages the batches' losses without their sizes",
            "steps the network inside the backward loop", "makes a new Random inside Epoch", "starts every weight at 0",
            "gives every neuron the same seed",
        ];
        var missing = required.Where(r => !WrongAnswers.All.Any(w => w.Name == r)).ToList();
        Assert.True(missing.Count == 0, $"The catalogue lacks: {string.Join("; ", missing)}");
    }

    private static void AssertNamesTheMistake(Verdict verdict, string clue)
    {
        Assert.Equal(Outcome.Failed, verdict.Outcome);
        Assert.StartsWith("✘ ", verdict.ToString());
        Assert.DoesNotContain("✔", verdict.ToString());
        Assert.True(verdict.Message.Contains(clue, StringComparison.Ordinal),
            $"The verdict should name the mistake ('{clue}'), but it says:\n{verdict}");
    }
}
