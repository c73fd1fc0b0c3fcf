using System.Net;

namespace NeuronFromScratch.Course;

/// <summary>
/// An exercise's hints and solution in one output: in a notebook each is folded (click to open one, a nudge first);
/// as text, the calls that show them one at a time.
/// </summary>
/// <param name="Exercise">The exercise.</param>
public sealed record Help(Exercise Exercise)
{
    /// <summary>"Stuck? …Hint(1), …Hint(2), …Solution()": the calls, without what they show.</summary>
    public override string ToString() =>
        $"Stuck on “{Exercise.Place.Check}”? {Exercise.Hints.Count} hints and the solution, one at a time: "
        + string.Join(", ", Enumerable.Range(1, Exercise.Hints.Count).Select(k => $"{Exercise.Call}.Hint({k})"))
        + $", then {Exercise.Call}.Solution().";

    /// <summary>One folded box per hint, then one for the solution.</summary>
    public string ToHtml()
    {
        var boxes = Enumerable.Range(1, Exercise.Hints.Count).Select(k => Exercise.Hint(k)).Append(Exercise.Solution())
            .Select(reveal => $"<details style=\"margin: 0.2em 0;\"><summary>{WebUtility.HtmlEncode(reveal.Title)}</summary>"
                + reveal.ToHtml() + "</details>");
        return "<div class=\"help\">" + string.Join("", boxes) + "</div>";
    }
}
