namespace NeuronFromScratch.Course;

/// <summary>
/// An exercise that writes pieces of MyNeuron.csx. Its check takes <c>Yours</c> (MyNeuron.csx defines it): "not done
/// yet" while a piece still borrows the library's version; else it checks first the pieces it calls (a piece is only
/// right if what it calls is), then its own.
/// </summary>
public abstract class PieceExercise : Exercise
{
    /// <summary>An exercise writing <paramref name="pieces"/>, at <paramref name="place"/>, with hints weakest first.</summary>
    protected PieceExercise(Place place, IReadOnlyList<Piece> pieces, params string[] hints) : base(place, hints) =>
        Pieces = pieces;

    /// <summary>The pieces of MyNeuron.csx this exercise writes.</summary>
    public IReadOnlyList<Piece> Pieces { get; }

    /// <summary>The pieces of MyNeuron.csx that this exercise's pieces call: they must be right first.</summary>
    protected virtual IEnumerable<Piece> Calls => [];

    /// <summary>The pieces, as solutions/MyNeuron.csx has them.</summary>
    public override string SolutionCode => string.Join("\n\n", Pieces.Select(Solutions.Of));

    /// <summary>✔ when your pieces give the library's numbers on every case; else ✘ with the likely mistake.</summary>
    public Verdict Check(YourNeuron yours) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(yours);
        var borrowing = Pieces.Where(piece => Probe.Borrows(yours, piece)).ToList();
        if (borrowing.Count > 0)
            return Course.Pieces.NotDone(borrowing);
        return Pieces.Select(piece => Probe.Shortcut(yours, piece)).FirstOrDefault(v => v is not null)
            ?? CalledPieceFailure(yours) ?? Grade(yours);
    });

    /// <summary>
    /// Null when <paramref name="piece"/> (one of <see cref="Pieces"/>) is right or still borrows; else why not. An exercise
    /// that writes several pieces checks just that one.
    /// </summary>
    internal Verdict? FailureOf(YourNeuron yours, Piece piece) =>
        Probe.Borrows(yours, piece) ? null
        : Probe.Shortcut(yours, piece) ?? CalledPieceFailure(yours) ?? Failed(GradePiece(yours, piece));

    /// <summary>The verdict on just <paramref name="piece"/>; an exercise that writes several pieces narrows it down.</summary>
    protected virtual Verdict GradePiece(YourNeuron yours, Piece piece) => Grade(yours);

    /// <summary>Why the first piece this exercise calls is wrong, said as the reason this one cannot pass; null when none is.</summary>
    internal Verdict? CalledPieceFailure(YourNeuron yours)
    {
        foreach (var piece in Calls)
        {
            var owner = piece.Exercise();
            if (owner.FailureOf(yours, piece) is Verdict wrong)
                return Verdict.Fail(Text.Sentence($"{string.Join(" and ", Pieces.Select(p => p.Title()))} needs your "
                    + $"{piece.Yours()[5..]} to be right first, and the check of {owner.Place} says: {wrong.Message}"));
        }
        return null;
    }

    /// <summary>Your pieces, none of them borrowing, against the library's.</summary>
    protected abstract Verdict Grade(YourNeuron yours);

    /// <summary>The verdict when it failed, else null.</summary>
    protected static Verdict? Failed(Verdict verdict) => verdict.Outcome == Outcome.Failed ? verdict : null;
}
