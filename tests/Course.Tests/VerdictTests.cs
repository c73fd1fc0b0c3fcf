using System.Globalization;
using NeuronFromScratch.Course;

namespace Course.Tests;

/// <summary>How a verdict reads, in any language, and the progress view.</summary>
public sealed class VerdictTests
{
    [Fact]
    public void AVerdictIsOneLineWithItsMark()
    {
        Assert.Equal("✔ right", Verdict.Pass("right").ToString());
        Assert.Equal("✘ wrong", Verdict.Fail("wrong").ToString());
        Assert.Equal("✘ Not done yet: later", Verdict.NotDone("later").ToString());
        Assert.Contains("#1a7f37", Verdict.Pass("a < b").ToHtml());
        Assert.Contains("a &lt; b", Verdict.Pass("a < b").ToHtml());
        Assert.Contains("#cf222e", Verdict.Fail("x").ToHtml());
    }

    [Fact]
    public void NumbersInAVerdictLookTheSameInEveryCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var wrong = Catalogue.WrongAnswers.All.First(w => w.Name == "forgets the bias");
            var verdict = Answers.Check(wrong.Exercise, wrong.Code);
            Assert.Contains("expected ŷ = ", verdict.Message);
            Assert.Matches(@"expected ŷ = -?\d+\.\d{4}, got -?\d+\.\d{4}", verdict.Message);
            Assert.Equal("de-DE", CultureInfo.CurrentCulture.Name);   // the check put the learner's culture back
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void TheProgressViewCountsThePiecesAndNamesTheirChecks()
    {
        var done = Progress.Of(Answers.Neuron(Solutions.MyNeuron));
        Assert.Equal(10, done.Rows.Count);
        Assert.Equal(10, done.Passing);
        var starter = Progress.Of(Answers.Neuron(Answers.Starter));
        Assert.Equal(0, starter.Passing);
        Assert.All(starter.Rows, row => Assert.Equal(Outcome.NotDoneYet, row.Verdict.Outcome));
        Assert.StartsWith("Your neuron: 0 of 10 pieces written and passing.", starter.ToString());
        Assert.Contains("Forward: ○ borrows the library's (Ex01.Forward.Check(Yours), notebook 1 (01-forward-pass.ipynb), section 4", starter.ToString());
        Assert.Contains("notebook 1, section 4, “Your neuron: Forward”", starter.ToHtml());
        Assert.Contains("<table>", starter.ToHtml());
    }

    [Fact]
    public void AWrongPieceShowsAsFailingAndTheOthersStillPass()
    {
        var wrong = Catalogue.WrongAnswers.All.First(w => w.Name == "Step adds instead of subtracting");
        var progress = Progress.Of(Answers.Neuron(wrong.Code));
        var step = progress.Rows.Single(row => row.Piece == Piece.Step);
        Assert.Equal(Outcome.Failed, step.Verdict.Outcome);
        Assert.StartsWith("✘ With the course data", step.State);
        Assert.True(progress.Rows.Where(row => row.Piece is not Piece.Step and not Piece.Train).All(row => row.Verdict.Passed));
        Assert.Equal(8, progress.Passing);   // Train calls Step, so it cannot pass either
    }

    [Fact]
    public void HelpAsTextNamesTheCallsThatShowEachHint() =>
        Assert.Equal("Stuck on “Your neuron: Forward”? 2 hints and the solution, one at a time: Ex01.Forward.Hint(1), "
            + "Ex01.Forward.Hint(2), then Ex01.Forward.Solution().", Ex01.Forward.Help().ToString());
}
