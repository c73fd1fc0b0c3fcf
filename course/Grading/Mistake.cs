namespace NeuronFromScratch.Course;

/// <summary>
/// A mistake a learner makes, as a row of data: its name, what code with that mistake gives on a case, and the clue
/// that explains it.
/// </summary>
/// <typeparam name="TCase">What a check runs the code on.</typeparam>
/// <typeparam name="TResult">What the code gives there.</typeparam>
/// <param name="Name">The mistake as a learner would make it, e.g. "forgets the bias".</param>
/// <param name="Gives">What code with this mistake returns on a case (or throws: then it must throw there too).</param>
/// <param name="Clue">What the verdict says when the learner's code behaves exactly so: the likely cause and the fix.</param>
internal sealed record Mistake<TCase, TResult>(string Name, Func<TCase, TResult> Gives, string Clue);

/// <summary>The one diagnosis: which known mistakes behave exactly as the learner's code did.</summary>
internal static class Diagnosis
{
    /// <summary>
    /// The clues of the mistakes that behave as the learner's code did on every case tried: the same numbers where it
    /// returned, an exception of the same type where it threw. When it threw on every case, the exceptions must also come
    /// from a method of the same name (a mistake in a loop that makes Backward run past an array's end throws in
    /// Backward, not in the loop). Joined with " Or: "; null when none does.
    /// </summary>
    public static string? Clue<TCase, TResult>(IEnumerable<Mistake<TCase, TResult>> mistakes,
        IReadOnlyList<(TCase Case, Attempt<TResult> Attempt)> tried, Func<TResult, TResult, bool> same)
    {
        bool alwaysThrew = tried.All(t => t.Attempt.Threw);
        var clues = mistakes.Where(mistake => tried.All(t => Behaves(mistake, t.Case, t.Attempt, same, alwaysThrew)))
            .Select(mistake => mistake.Clue).Distinct().ToList();
        return clues.Count == 0 ? null : string.Join(" Or: ", clues);
    }

    private static bool Behaves<TCase, TResult>(Mistake<TCase, TResult> mistake, TCase @case, Attempt<TResult> yours,
        Func<TResult, TResult, bool> same, bool sameMethod)
    {
        var would = Attempt<TResult>.Of(() => mistake.Gives(@case));
        if (yours.Error is Exception error)
            return would.Error?.GetType() == error.GetType()
                && (!sameMethod || would.Error.TargetSite?.Name == error.TargetSite?.Name);
        return !would.Threw && same(would.Value!, yours.Value!);
    }
}
