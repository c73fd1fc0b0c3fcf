namespace Notebooks.Tests.Graders;

/// <summary>
/// A known-wrong answer to one exercise, and the clue its check cell must give for it (the Kaggle-learntools idea:
/// the grader is itself tested). The answer is the exercise's solution with <see cref="Find"/> replaced by
/// <see cref="Replace"/>: in <c>solutions/MyNeuron.csx</c> when <see cref="AnswerCellId"/> is null (a piece of the
/// learner's neuron), else in the code of the notebook's revealed solution for that answer cell.
/// </summary>
/// <param name="Name">The mistake, as a learner would make it, e.g. "forgets the bias".</param>
/// <param name="Notebook">The notebook's file name.</param>
/// <param name="CheckCellId">The check cell that must answer ✘ with <paramref name="Clue"/>.</param>
/// <param name="Find">Text of the solution that the mistake changes (it must occur exactly once).</param>
/// <param name="Replace">What the mistake puts there instead.</param>
/// <param name="Clue">Text the check's verdict must contain: the likely cause it names.</param>
/// <param name="AnswerCellId">For an in-notebook exercise, the answer cell; null for MyNeuron.csx.</param>
public sealed record WrongAnswer(
    string Name, string Notebook, string CheckCellId, string Find, string Replace, string Clue, string? AnswerCellId = null)
{
    /// <summary>The solution with the mistake made in it.</summary>
    public string Apply(string solution)
    {
        int first = solution.IndexOf(Find, StringComparison.Ordinal);
        if (first < 0 || solution.IndexOf(Find, first + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException(
                $"Wrong answer '{Name}': the text to replace must occur exactly once in the solution, " +
                $"but it occurs {(first < 0 ? "0 times" : "more than once")}: {Find}");
        return solution[..first] + Replace + solution[(first + Find.Length)..];
    }

    /// <summary>The name xunit shows for the case.</summary>
    public override string ToString() => $"{Notebook} {CheckCellId}: {Name}";
}
