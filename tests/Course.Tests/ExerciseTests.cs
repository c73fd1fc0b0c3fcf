using NeuronFromScratch.Course;

namespace Course.Tests;

/// <summary>The checks accept the solutions, say "not done yet" to the starters, and give their hints one at a time.</summary>
public sealed class ExerciseTests
{
    public static TheoryData<string> Exercises() => new(Answers.Exercises.Select(e => e.Place.Check));

    private static Exercise Named(string check) => Answers.Exercises.Single(e => e.Place.Check == check);

    [Theory, MemberData(nameof(Exercises))]
    public void TheSolutionPasses(string check)
    {
        var exercise = Named(check);
        var verdict = Answers.Check(exercise, exercise is PieceExercise or NeuronFromScratch.Course.Exercises.Notebook04.Capstone
            ? Solutions.MyNeuron : exercise.SolutionCode);
        Assert.True(verdict.Passed, verdict.ToString());
        Assert.StartsWith("✔ ", verdict.ToString());
    }

    public static TheoryData<string> PieceExercises() =>
        new(Answers.Exercises.Where(e => e is PieceExercise || e == Ex04.Capstone).Select(e => e.Place.Check));

    [Theory, MemberData(nameof(PieceExercises))]
    public void TheStarterIsNotDoneYet(string check)
    {
        var verdict = Answers.Check(Named(check), Answers.Starter);
        Assert.Equal(Outcome.NotDoneYet, verdict.Outcome);
        Assert.StartsWith("✘ Not done yet: ", verdict.ToString());
        Assert.Contains("FromLibrary", verdict.Message + (Named(check) == Ex04.Capstone ? "FromLibrary" : ""));
    }

    [Theory, MemberData(nameof(Exercises))]
    public void HintsComeOneAtATimeAndNoneIsTheSolution(string check)
    {
        var exercise = Named(check);
        Assert.InRange(exercise.Hints.Count, 2, 4);
        for (int step = 1; step <= exercise.Hints.Count; step++)
        {
            var hint = exercise.Hint(step);
            Assert.Contains($"Hint {step} of {exercise.Hints.Count}", hint.Title);
            Assert.False(hint.IsCode);
            Assert.NotEqual(exercise.SolutionCode, hint.Text);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => exercise.Hint(0));
        var tooFar = Assert.Throws<ArgumentOutOfRangeException>(() => exercise.Hint(exercise.Hints.Count + 1));
        Assert.Contains("Solution()", tooFar.Message);
        Assert.True(exercise.Solution().IsCode);
        Assert.Equal(exercise.SolutionCode, exercise.Solution().Text);
        string help = exercise.Help().ToHtml();
        Assert.Equal(exercise.Hints.Count + 1, help.Split("<details").Length - 1);
        Assert.DoesNotContain(" open", help);   // folded until opened
    }

    [Fact]
    public void EveryPieceHasOneSolutionInSolutionsMyNeuron()
    {
        foreach (var piece in Pieces.All)
        {
            string code = Solutions.Of(piece);
            Assert.True(Solutions.MyNeuron.Replace("\r\n", "\n").Contains(code.Split('\n')[0].Trim()), $"{piece}: {code}");
            Assert.True(code.EndsWith('}') || code.EndsWith(';'), $"{piece}'s solution is cut: {code}");
        }
        Assert.Contains("public double[] Forward(double[,] X)\n{", Solutions.Of(Piece.Forward));
        Assert.EndsWith("return yHat;\n}", Solutions.Of(Piece.Forward));
        Assert.Equal("static double Sigma(double z) => z;", Solutions.Of(Piece.Sigma));
    }

    [Fact]
    public void NotebookExercisesSayNotDoneYetWhileTheyThrowNotImplemented()
    {
        Func<double, double> starter = _ => throw new NotImplementedException("✍️ your code here");
        Assert.Equal(Outcome.NotDoneYet, Ex03.DTanh.Check(starter).Outcome);
        Assert.Equal(Outcome.NotDoneYet, Ex05.Sigmoid.Check(starter, starter).Outcome);
        Assert.Equal(Outcome.NotDoneYet, Ex02.MeanAbsoluteError.Check((_, _) => throw new NotImplementedException("✍️ your code here")).Outcome);
        Assert.Equal(Outcome.NotDoneYet, Ex06.TrainStep.Check((_, _, _, _) => throw new NotImplementedException("✍️")).Outcome);
        Assert.Equal(Outcome.NotDoneYet, Ex01.Line.Check(new NeuronFromScratch.Neuron(1) { W = [0.0], b = 0 }).Outcome);
    }

    [Fact]
    public void TheLibraryStandInsTrainAsTheLibrarysTrainerDoes()
    {
        var (X, y) = NeuronFromScratch.Data.GetData();
        var starter = Answers.Neuron(Answers.Starter);
        var mine = starter.New(1, 0);
        var losses = starter.Train(mine, X, y, 5, 0.05);
        var library = new NeuronFromScratch.Neuron(1);
        var expected = NeuronFromScratch.Trainer.Train(library, X, y, 5, 0.05).Loss;
        Assert.Equal(expected, losses);
        Assert.Equal(library.W, mine.W);
        Assert.Equal(library.b, mine.b);
    }
}
