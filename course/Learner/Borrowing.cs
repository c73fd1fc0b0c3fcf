namespace NeuronFromScratch.Course;

/// <summary>Which pieces borrowed the library's version while some code ran: how a check knows a piece is not done.</summary>
internal static class Borrowing
{
    // Per thread: a check runs on one thread, and tests run checks side by side.
    [ThreadStatic]
    private static HashSet<Piece>? seen;

    /// <summary>Notes that <paramref name="piece"/> borrowed, then runs the library's version.</summary>
    internal static T Of<T>(Piece piece, Func<T> library)
    {
        (seen ??= []).Add(piece);
        return library();
    }

    /// <summary>The pieces that borrowed while <paramref name="code"/> ran (it may throw: what borrowed before counts).</summary>
    public static IReadOnlySet<Piece> While(Action code)
    {
        var outer = seen;
        var inner = new HashSet<Piece>();
        seen = inner;
        try
        {
            code();
        }
        catch (Exception)
        {
            // The code's own failure is the check's business; here only what borrowed matters.
        }
        finally
        {
            seen = outer;
            outer?.UnionWith(inner);
        }
        return inner;
    }
}
