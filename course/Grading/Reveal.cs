using System.Net;

namespace NeuronFromScratch.Course;

/// <summary>A hint or a solution, shown when asked for: a title and its text, which is code for a solution.</summary>
/// <param name="Title">"Hint 1 of 2 for …" or "Solution of …".</param>
/// <param name="Text">The hint's words, or the solution's code.</param>
/// <param name="IsCode">True when <paramref name="Text"/> is code to copy.</param>
public sealed record Reveal(string Title, string Text, bool IsCode)
{
    /// <summary>The title, then the text.</summary>
    public override string ToString() => $"{Title}\n{Text}";

    /// <summary>The title in bold, then the text (code in a pre block).</summary>
    public string ToHtml()
    {
        string body = IsCode
            ? $"<pre style=\"margin: 0.3em 0 0;\"><code>{WebUtility.HtmlEncode(Text)}</code></pre>"
            : $"<div style=\"white-space: pre-wrap;\">{WebUtility.HtmlEncode(Text)}</div>";
        return $"<div class=\"reveal\" style=\"border-left: 4px solid #0969da; background: #ddf4ff; padding: 0.4em 0.8em;\">"
            + $"<strong>{WebUtility.HtmlEncode(Title)}</strong>{body}</div>";
    }
}
