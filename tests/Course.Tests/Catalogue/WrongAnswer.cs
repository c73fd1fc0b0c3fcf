using NeuronFromScratch.Course;

namespace Course.Tests.Catalogue;

/// <summary>
/// A known-wrong answer to one exercise, and the clue its check must give for it (Kaggle learntools' idea: the grader is
/// itself tested). The answer is the exercise's solution with <see cref="Find"/> replaced by <see cref="Replace"/> (and
/// any <see cref="More"/> edits): solutions/MyNeuron.csx for a piece of the learner's neuron, else the exercise's
/// <see cref="Exercise.SolutionCode"/>.
/// </summary>
/// <param name="Name">The mistake, as a learner would make it, e.g. "forgets the bias".</param>
/// <param name="Exercise">The exercise whose check must answer ✘ with <paramref name="Clue"/>.</param>
/// <param name="Find">Text of the solution that the mistake changes (it must occur exactly once).</param>
/// <param name="Replace">What the mistake puts there instead.</param>
/// <param name="Clue">Text the verdict must contain: the likely cause it names.</param>
public sealed record WrongAnswer(string Name, Exercise Exercise, string Find, string Replace, string Clue)
{
    /// <summary>Further edits of the same answer, for mistakes that change two places.</summary>
    public (string Find, string Replace)[] More { get; init; } = [];

    /// <summary>True when the mistake is in MyNeuron.csx (then the capstone must catch it too).</summary>
    public bool IsPiece => Exercise is PieceExercise;

    /// <summary>The solution with the mistake made in it.</summary>
    public string Code => More.Aggregate(Edit(IsPiece ? Solutions.MyNeuron : Exercise.SolutionCode, Find, Replace),
        (code, edit) => Edit(code, edit.Find, edit.Replace));

    /// <summary>The name xunit shows for the case.</summary>
    public override string ToString() => $"{Exercise.Place.Check}: {Name}";

    private string Edit(string solution, string find, string replace)
    {
        int first = solution.IndexOf(find, StringComparison.Ordinal);
        if (first < 0 || solution.IndexOf(find, first + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"Wrong answer '{Name}': the text to replace must occur exactly once in the "
                + $"solution, but it occurs {(first < 0 ? "0 times" : "more than once")}: {find}");
        return solution[..first] + replace + solution[(first + find.Length)..];
    }
}
