using NeuronFromScratch;
using NeuronFromScratch.Course;
using Course.Tests.Catalogue;

namespace Course.Tests;

/// <summary>
/// Code a learner could write, run through a check as a notebook's check cell runs it: a MyNeuron.csx through its piece's
/// check (as <c>Yours</c>), an answer cell's code through its exercise's check (as the method groups the cell passes).
/// </summary>
internal static class Answers
{
    /// <summary>Notebook 5's learned line for RedOnTheLine's check (the notebook passes its own).</summary>
    public static readonly (double[] W, double b, double[] mu, double[] s) Line = ([2.1, -3.9], 0.3, [9.2, 5.1], [3.4, 0.85]);

    /// <summary>The learner's starter MyNeuron.csx (every piece borrowing) and the written-out one.</summary>
    public static string Starter => File.ReadAllText(Path.Combine(Repository.Root, "notebooks", "MyNeuron.csx"));

    /// <summary>Every exercise of the course, in order.</summary>
    public static IReadOnlyList<Exercise> Exercises { get; } =
    [
        Ex01.Constructor, Ex01.Forward, Ex01.Line, Ex02.MeanAbsoluteError, Ex02.Mse, Ex02.DMseDYHat,
        Ex03.BatchGradients, Ex03.Backward, Ex03.ResetGrad, Ex03.DTanh, Ex04.Step, Ex04.Train, Ex04.FullBatchEpoch, Ex04.Capstone,
        Ex05.Sigmoid, Ex05.RedOnTheLine, Ex06.LayerForward, Ex06.NeuronDLossDX, Ex06.TrainStep,
        Ex06.Epoch, Ex06.NewLayer,
    ];

    /// <summary>Every piece of code the tests run, compiled together once.</summary>
    public static IEnumerable<string> AllCode() =>
        WrongAnswers.All.Select(w => Shape(w.Exercise, w.Code))
            .Concat(Exercises.Where(e => e is not PieceExercise and not NeuronFromScratch.Course.Exercises.Notebook04.Capstone)
                .Select(e => Shape(e, e.SolutionCode)))
            .Append(Solutions.MyNeuron).Append(Starter);

    /// <summary>The learner's neuron of a whole MyNeuron.csx.</summary>
    public static YourNeuron Neuron(string myNeuron) => Submissions.Yours(Submissions.Name(myNeuron));

    /// <summary>What <paramref name="exercise"/>'s check says about <paramref name="code"/> (a MyNeuron.csx or an answer cell).</summary>
    public static Verdict Check(Exercise exercise, string code)
    {
        if (exercise is PieceExercise piece)
            return piece.Check(Neuron(code));
        if (exercise == Ex04.Capstone)
            return Ex04.Capstone.Check(Neuron(code));
        string name = Submissions.Name(Shape(exercise, code));
        T F<T>(string method) where T : Delegate => Submissions.Function<T>(name, method);
        return exercise switch
        {
            _ when exercise == Ex01.Line => Ex01.Line.Check(F<Func<Neuron>>("Answer")()),
            _ when exercise == Ex02.MeanAbsoluteError => Ex02.MeanAbsoluteError.Check(F<Func<double[], double[], double>>("MeanAbsoluteError")),
            _ when exercise == Ex03.BatchGradients => Ex03.BatchGradients.Check(F<Func<double[,], double[], double, double, (double, double)>>("BatchGradients")),
            _ when exercise == Ex03.DTanh => Ex03.DTanh.Check(F<Func<double, double>>("DTanhDz")),
            _ when exercise == Ex04.FullBatchEpoch => Ex04.FullBatchEpoch.Check(F<Func<Neuron, double[,], double[], double, double>>("FullBatchEpoch")),
            _ when exercise == Ex05.Sigmoid => Ex05.Sigmoid.Check(F<Func<double, double>>("Sigmoid"), F<Func<double, double>>("DSigmoidDz")),
            _ when exercise == Ex05.RedOnTheLine => Ex05.RedOnTheLine.Check(
                F<Func<double, double[], double, double[], double[], double>>("RedOnTheLine"), Line.W, Line.b, Line.mu, Line.s),
            _ when exercise == Ex06.LayerForward => Ex06.LayerForward.Check(F<Func<IReadOnlyList<Neuron>, double[,], double[,]>>("LayerForward")),
            _ when exercise == Ex06.NeuronDLossDX => Ex06.NeuronDLossDX.Check(F<Func<Neuron, double[,], double[], double[,]>>("NeuronDLossDX")),
            _ when exercise == Ex06.TrainStep => Ex06.TrainStep.Check(F<Func<NeuralNetwork, double[,], double[], double, double>>("TrainStep")),
            _ when exercise == Ex06.Epoch => Ex06.Epoch.Check(F<Func<NeuralNetwork, double[,], double[], int, double, Random, double>>("Epoch"),
                F<Func<NeuralNetwork, double[,], double[], double, double>>("TrainStep")),
            _ when exercise == Ex06.NewLayer => Ex06.NewLayer.Check(F<Func<int, int, Activation, int, Layer>>("NewLayer")),
            _ => throw new ArgumentException($"No way to run {exercise.Place.Check}.", nameof(exercise)),
        };
    }

    // An answer cell as a class can hold it: notebook 1's answer is statements, so they become a method's body; notebook
    // 6's Epoch runs with the TrainStep the learner wrote before it (the solution's, unless the answer brings its own).
    private static string Shape(Exercise exercise, string code) =>
        exercise == Ex01.Line ? $"Neuron Answer()\n{{\n{code}\nreturn myNeuron;\n}}"
        : exercise == Ex06.Epoch && !code.Contains("double TrainStep(", StringComparison.Ordinal) ? code + "\n" + Ex06.TrainStep.SolutionCode
        : code;
}
