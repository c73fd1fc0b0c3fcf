using System.Net;

namespace NeuronFromScratch.Course;

/// <summary>What a check found: passed, failed (with the likely cause), or not done yet.</summary>
public enum Outcome
{
    /// <summary>The code gives the right numbers on every case the check tries.</summary>
    Passed,

    /// <summary>The code gives other numbers, or throws: the message says where and, when it can, why.</summary>
    Failed,

    /// <summary>The piece still borrows the library's version, or still throws NotImplementedException.</summary>
    NotDoneYet,
}

/// <summary>
/// A check's answer: ✔, ✘ with a clue, or "not done yet". <see cref="ToString"/> is the line a learner reads (the kernel
/// shows it in green or red; a lesson prints it).
/// </summary>
/// <param name="Outcome">Passed, failed or not done yet.</param>
/// <param name="Message">What was checked or what differs, and the likely cause, without the ✔ or ✘.</param>
public sealed record Verdict(Outcome Outcome, string Message)
{
    /// <summary>✔ <paramref name="message"/>.</summary>
    public static Verdict Pass(string message) => new(Outcome.Passed, message);

    /// <summary>✘ <paramref name="message"/>.</summary>
    public static Verdict Fail(string message) => new(Outcome.Failed, message);

    /// <summary>✘ Not done yet: <paramref name="message"/>.</summary>
    public static Verdict NotDone(string message) => new(Outcome.NotDoneYet, message);

    /// <summary>True for ✔.</summary>
    public bool Passed => Outcome == Outcome.Passed;

    /// <summary>The line a learner reads: "✔ …", "✘ …" or "✘ Not done yet: …".</summary>
    public override string ToString() => Outcome switch
    {
        Outcome.Passed => "✔ " + Message,
        Outcome.Failed => "✘ " + Message,
        _ => "✘ Not done yet: " + Message,
    };

    /// <summary>The verdict as HTML: the same line in a green or red box.</summary>
    public string ToHtml()
    {
        string colour = Passed ? "#1a7f37" : "#cf222e", background = Passed ? "#dafbe1" : "#ffebe9";
        return $"<div class=\"verdict {Outcome.ToString().ToLowerInvariant()}\" style=\"border-left: 4px solid {colour}; "
            + $"background: {background}; padding: 0.4em 0.8em; white-space: pre-wrap;\">{WebUtility.HtmlEncode(ToString())}</div>";
    }
}
