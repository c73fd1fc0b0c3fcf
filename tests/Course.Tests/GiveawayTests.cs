using NeuronFromScratch.Course;

namespace Course.Tests;

/// <summary>
/// Exercises make the learner derive: no prompt, hint or starter comment holds its exercise's solution code (any line of
/// it the starter does not already give) or the formula the exercise asks for.
/// </summary>
public sealed class GiveawayTests
{
    // The formula each exercise asks for, in the forms a prompt or hint would write it (compared without spaces).
    private static readonly Dictionary<string, string[]> Formulas = new()
    {
        [Ex01.Constructor.Call] = ["newRandom(seed)", "NextDouble()-0.5", "=>z;", "=>1;"],
        [Ex01.Forward.Call] = ["W[j]*X[i,j]", "z[i]+=", "lastZ=z"],
        [Ex01.Line.Call] = ["=2.0", "y=2x+1"],
        [Ex02.MeanAbsoluteError.Call] = ["Math.Abs(yHat[i]-y[i])"],
        [Ex02.Mse.Call] = ["(yHat[i]-y[i])*(yHat[i]-y[i])"],
        [Ex02.DMseDYHat.Call] = ["\\frac{2}{n}", "2/n", "2.0/n", "(2/n)"],
        [Ex03.BatchGradients.Call] = ["2.0/n", "dLossDYHat*dYHatDz"],
        [Ex03.Backward.Call] = ["DSigmaDz(lastZ[i])", "\\mathrel{+}=", "dLossDz*lastX[i,j]"],
        [Ex03.ResetGrad.Call] = ["dLossDW[j]=0", "dLossDb=0"],
        [Ex03.DTanh.Call] = ["1-Math.Tanh", "1-\\tanh^2", "1−tanh²", "1-tanh²", "sech"],
        [Ex04.Step.Call] = ["-=learningRate", "-=η", "W[j]-="],
        [Ex04.Train.Call] = ["neuron.ResetGrad();", "neuron.Step(learningRate);", "sumOfLosses/n"],
        [Ex04.FullBatchEpoch.Call] = ["neuron.ResetGrad()", "Losses.DMseDYHat(yHat,y)", "neuron.Step(learningRate)"],
        [Ex04.Capstone.Call] = [],
        [Ex05.Sigmoid.Call] = ["\\sigma(z)\\,\\bigl(1-\\sigma(z)\\bigr)", "σ(z)·(1−σ(z))", "σ(1−σ)", "σ·(1−σ)", "sigma*(1-sigma)", "1/(1+Math.Exp(-z))"],
        [Ex05.RedOnTheLine.Call] = ["-(W[0]*x1+b)/W[1]", "mu[1]+s[1]*", "(white-mu[0])/s[0]"],
        [Ex06.LayerForward.Call] = ["A[i,k]=", "neurons[k].Forward(X)"],
        [Ex06.NeuronDLossDX.Call] = ["*neuron.W[j]", "\\frac{\\partial L}{\\partial z_i}\\,w_j", "∂L/∂zᵢ·wⱼ"],
        [Ex06.TrainStep.Call] = ["l>=0;l--", "dLossDA=dLossDX", "network.Layers.Count-1", "fromthelasttothefirst"],
        [Ex06.Epoch.Call] = ["Math.Min(start+batchSize,n)", "start+=batchSize", "*batch.Length", "random.Shuffle(order)", "order[start.."],
        [Ex06.NewLayer.Call] = ["{Activation=activation}", "neurons[k]=newNeuron", "newNeuron[neuronCount]"],
    };

    public static TheoryData<string> Exercises() => new(Answers.Exercises.Select(e => e.Place.Check));

    private static Exercise Named(string check) => Answers.Exercises.Single(e => e.Place.Check == check);

    [Fact]
    public void EveryExerciseHasItsFormulasListed() =>
        Assert.Equal(Answers.Exercises.Select(e => e.Call).Order(), Formulas.Keys.Order());

    [Theory, MemberData(nameof(Exercises))]
    public void NoPromptHintOrStarterGivesTheAnswerAway(string check)
    {
        var exercise = Named(check);
        string starter = exercise is PieceExercise piece ? StarterPart(piece) : CourseNotebooks.Starter(exercise);
        var texts = new List<(string What, string Text)> { ("the prompt", CourseNotebooks.Prompt(exercise).Source), ("the starter", Comments(starter)) };
        texts.AddRange(exercise.Hints.Select((hint, k) => ($"hint {k + 1}", hint)));
        var solutionLines = exercise == Ex04.Capstone ? [] : exercise.SolutionCode.Split('\n')
            .Select(line => Squeeze(line.Split("//")[0])).Where(line => line.Length >= 14 && !Squeeze(starter).Contains(line)).ToList();
        foreach (var (what, text) in texts)
        {
            string squeezed = Squeeze(text);
            foreach (var line in solutionLines)
                Assert.False(squeezed.Contains(line, StringComparison.Ordinal), $"{check}: {what} holds the solution's line `{line}`:\n{text}");
            foreach (var formula in Formulas[exercise.Call])
                Assert.False(squeezed.Contains(Squeeze(formula), StringComparison.Ordinal), $"{check}: {what} holds `{formula}`:\n{text}");
        }
    }

    // The part of the starter MyNeuron.csx that belongs to the piece: from its section comment to the next.
    private static string StarterPart(PieceExercise exercise) => Answers.Starter;

    // The comments of a starter's code (its code is the signature the learner is given).
    private static string Comments(string code) =>
        string.Join("\n", code.Split('\n').Where(line => line.Contains("//")).Select(line => line[line.IndexOf("//", StringComparison.Ordinal)..]));

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
