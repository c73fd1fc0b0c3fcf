namespace NeuronFromScratch.Course;

/// <summary>The one way a check reports an exception your code threw: which function, what, and the usual cause.</summary>
internal static class Thrown
{
    /// <summary>"Forward threw IndexOutOfRangeException: … An index ran past the end of an array: …".</summary>
    /// <param name="what">The function that threw, as the learner wrote it ("Forward", "your Train").</param>
    /// <param name="e">The exception.</param>
    /// <param name="hint">What to look at for this function; null for the exception's usual cause.</param>
    public static string Message(string what, Exception e, string? hint = null) =>
        Text.Join($"{what} threw {e.GetType().Name}: {e.Message}", hint ?? Cause(e));

    /// <summary>The usual cause of an exception of this type in the course's code; or "".</summary>
    public static string Cause(Exception e) => e switch
    {
        IndexOutOfRangeException => "An index ran past the end of an array: rows i run from 0 to X.GetLength(0) − 1, "
            + "features j from 0 to X.GetLength(1) − 1.",
        NullReferenceException => "Is an array still null? Every array is made with new (the constructor makes W and dLossDW).",
        DivideByZeroException => "Was a count 0?",
        _ => "",
    };
}

/// <summary>Verdicts are put together from sentences; these join them.</summary>
internal static class Text
{
    /// <summary>The non-empty parts, separated by one space.</summary>
    public static string Join(params string?[] parts) =>
        string.Join(" ", parts.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()));

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string And(IEnumerable<string> parts)
    {
        var all = parts.ToList();
        return all.Count <= 1 ? string.Concat(all) : string.Join(", ", all.Take(all.Count - 1)) + " and " + all[^1];
    }

    /// <summary><paramref name="text"/> with its first letter in upper case.</summary>
    public static string Sentence(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
