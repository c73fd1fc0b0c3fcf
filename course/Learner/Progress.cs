using System.Net;

namespace NeuronFromScratch.Course;

/// <summary>
/// Your neuron at a glance: for each piece of MyNeuron.csx, whether it is written and passes its check, still borrows the
/// library's version, or fails, and the check to run for it. <c>Progress.Of(Yours)</c>.
/// </summary>
/// <param name="Rows">One row per piece, in the order the notebooks have you write them.</param>
public sealed record Progress(IReadOnlyList<PieceProgress> Rows)
{
    /// <summary>Checks every piece of <paramref name="yours"/> (each on its own, as its check cell does).</summary>
    public static Progress Of(YourNeuron yours)
    {
        ArgumentNullException.ThrowIfNull(yours);
        var verdicts = new Dictionary<PieceExercise, Verdict>();
        return new(Pieces.All.Select(piece =>
        {
            var exercise = piece.Exercise();
            var verdict = Probe.Borrows(yours, piece) ? piece.NotDone()
                : exercise.FailureOf(yours, piece) ?? Verdict.Pass("written, and it passes its check");
            return new PieceProgress(piece, verdict, exercise);
        }).ToList());
    }

    /// <summary>How many pieces are written and pass.</summary>
    public int Passing => Rows.Count(row => row.Verdict.Passed);

    /// <summary>One line per piece: ✔ / ✘ / "borrows", and the check to run.</summary>
    public override string ToString() =>
        $"Your neuron: {Passing} of {Rows.Count} pieces written and passing.\n" + string.Join("\n", Rows.Select(row => row.ToString()));

    /// <summary>A table: piece, state, where its check is.</summary>
    public string ToHtml()
    {
        string Cell(string text) => $"<td style=\"text-align: left; padding: 0.2em 0.6em;\">{WebUtility.HtmlEncode(text)}</td>";
        var rows = Rows.Select(row => "<tr>" + Cell(row.Piece.Title()) + Cell(row.State) + Cell(row.Call) + Cell(row.Exercise.Place.Short) + "</tr>");
        return $"<div class=\"progress\"><strong>Your neuron: {Passing} of {Rows.Count} pieces written and passing.</strong>"
            + "<table><thead><tr><th>piece</th><th>state</th><th>its check</th><th>where</th></tr></thead><tbody>"
            + string.Join("", rows) + "</tbody></table></div>";
    }
}

/// <summary>One piece of your neuron: its verdict, and the exercise whose check judges it.</summary>
/// <param name="Piece">The piece.</param>
/// <param name="Verdict">Passed, failed with its clue, or not done yet (it still borrows).</param>
/// <param name="Exercise">The exercise that writes the piece.</param>
public sealed record PieceProgress(Piece Piece, Verdict Verdict, PieceExercise Exercise)
{
    /// <summary>"✔ passes", "borrows the library's", or "✘ " and the first sentence of the clue.</summary>
    public string State => Verdict.Outcome switch
    {
        Outcome.Passed => "✔ written, passes",
        Outcome.NotDoneYet => "○ borrows the library's",
        _ => "✘ " + FirstSentence(Verdict.Message),
    };

    /// <summary>The call that checks it: Ex01.Forward.Check(Yours).</summary>
    public string Call => $"{Exercise.Call}.Check(Yours)";

    /// <summary>"Forward: ✔ written, passes its check (Ex01.Forward.Check(Yours), notebook 1 …)".</summary>
    public override string ToString() => $"{Piece.Title()}: {State} ({Call}, {Exercise.Place})";

    private static string FirstSentence(string text)
    {
        int end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}
