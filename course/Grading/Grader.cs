namespace NeuronFromScratch.Course;

/// <summary>
/// The one way a check runs your code: on every case, compared with the right answer; at the first case that differs
/// (or throws), a ✘ that says what was expected and what came, with the clue of every known mistake that behaves exactly
/// as your code did on all the cases.
/// </summary>
/// <typeparam name="TCase">What the check runs your code on.</typeparam>
/// <typeparam name="TResult">What your code gives.</typeparam>
internal sealed class Grader<TCase, TResult>
{
    /// <summary>Your function as you named it ("Forward"), for "Forward threw …".</summary>
    public required string Function { get; init; }

    /// <summary>The cases, in the order they are tried: the course's data first, then cases that expose more.</summary>
    public required IReadOnlyList<TCase> Cases { get; init; }

    /// <summary>The right answer on a case (the library's).</summary>
    public required Func<TCase, TResult> Expected { get; init; }

    /// <summary>Equal up to rounding.</summary>
    public required Func<TResult, TResult, bool> Same { get; init; }

    /// <summary>What differs on a case: "On the course data, row 3: expected ŷ = 1.2, got 0.9." (yours did not throw).</summary>
    public required Func<TCase, TResult, TResult, string> Differs { get; init; }

    /// <summary>The case as a verdict names it: "the course data (30 × 1)".</summary>
    public required Func<TCase, string> Name { get; init; }

    /// <summary>The known mistakes.</summary>
    public IReadOnlyList<Mistake<TCase, TResult>> Mistakes { get; init; } = [];

    /// <summary>What to say when your numbers are wrong and no known mistake gives them: the rule, said once more.</summary>
    public string Otherwise { get; init; } = "";

    /// <summary>What to say, from what your code gave, when no known mistake gives it; null: <see cref="Otherwise"/>.</summary>
    public Func<TCase, TResult, string?> OtherwiseFor { get; init; } = (_, _) => null;

    /// <summary>What to say when your code throws and no known mistake explains it (null: the exception's usual cause).</summary>
    public Func<Exception, string?> WhenThrown { get; init; } = _ => null;

    /// <summary>
    /// Null when <paramref name="yours"/> gives the right answer on every case; else the verdict: not done yet (it throws
    /// NotImplementedException), or ✘ at the first case that differs, with the likely mistake.
    /// </summary>
    public Verdict? Failure(Func<TCase, TResult> yours)
    {
        var tried = Cases.Select(c => (Case: c, Attempt: Attempt<TResult>.Of(() => yours(c)))).ToList();
        if (tried.FirstOrDefault(t => t.Attempt.Error is NotImplementedException).Attempt.Error is { } starter)
            return Verdict.NotDone($"{Function} still throws NotImplementedException. Write its body, then run this check again.");
        int first = tried.FindIndex(t => t.Attempt.Threw || !Same(Expected(t.Case), t.Attempt.Value!));
        if (first < 0)
            return null;
        var (failing, attempt) = tried[first];
        string? clue = Diagnosis.Clue(Mistakes, tried, Same);
        if (attempt.Error is Exception e)
            return Verdict.Fail($"On {Name(failing)}, " + Thrown.Message(Function, e, clue ?? WhenThrown(e)));
        return Verdict.Fail(Text.Join(Differs(failing, Expected(failing), attempt.Value!),
            clue ?? OtherwiseFor(failing, attempt.Value!) ?? Otherwise));
    }
}
