using static NeuronFromScratch.Course.Exercises.Notebook06.EpochRuns;

namespace NeuronFromScratch.Course.Exercises.Notebook06;

/// <summary>
/// What the Epoch check says when no catalogued mistake behaves exactly as your epoch did: it looks at what went wrong
/// (the network, or only the loss; the order, or the seed) and names the part to look at.
/// </summary>
internal static class EpochClues
{
    /// <summary>The clue for an epoch that no known mistake explains on <paramref name="c"/>, or null.</summary>
    public static string? Unknown(Func<NeuralNetwork, double[,], double[], int, double, Random, double> epoch, Case c, Trained got)
    {
        var expected = Library(c);
        if (Numbers.Near(expected.Parameters, got.Parameters))
            return "The epoch's loss is the mean of all n squared errors, each measured before its batch's step. TrainStep "
                + "returns a batch's mean; weight each by its batch's size, add them up over the whole epoch, and divide by n.";
        // A known mistake that trains the same network (whatever loss it reports).
        var sameNetwork = Epoch.Mistakes.FirstOrDefault(m => Attempt<Trained>.Of(() => m.Gives(c)) is { Threw: false } would
            && !Numbers.Near(would.Value!.Parameters, expected.Parameters) && Numbers.Near(would.Value.Parameters, got.Parameters));
        if (sameNetwork is not null)
            return sameNetwork.Clue;
        var otherSeed = Attempt<Trained>.Of(() => Run(epoch, c, seed: c.Seed + 1));
        if (otherSeed.Value is { } other && Same(other, got))
            return "Your epochs are the same whatever the seed: Epoch ignores the random it is given (a new Random(seed) "
                + "of its own?). Shuffle with the caller's random: made once, it gives every epoch a new order, and the "
                + "seed decides them all.";
        var oneBatch = Attempt<Trained>.Of(() => Run(epoch, OneBatch));
        if (oneBatch.Value is { } whole && Same(whole, Library(OneBatch)))
            return "With one batch of all the rows your epoch is right, so your batches hold other rows than the library's: "
                + "the order, or where the batches are cut. A shuffle of your own can be a fine one, but to give the "
                + "library's order, shuffle 0 … n − 1 with random.Shuffle once per epoch; then batch b is the rows at "
                + "positions b·batchSize up to (not including) (b + 1)·batchSize, or n for the last.";
        return null;
    }

    /// <summary>The clue for an exception no known mistake explains.</summary>
    public static string? Thrown(Exception e) => e switch
    {
        ArgumentOutOfRangeException or IndexOutOfRangeException =>
            "An index ran past the end: the last batch has only n − start rows when n is not a multiple of the batch size.",
        ArgumentException when e.Message.Contains("at least one example", StringComparison.Ordinal) =>
            "A batch was empty: every batch must hold at least one row. Is there one batch too many, or a batch cut at the "
            + "wrong place? Loop while start < n.",
        ArgumentException when e.Message.Contains("finite", StringComparison.Ordinal) =>
            "The numbers grew without bound: the steps are far too big. Is learningRate what you pass to TrainStep, in its "
            + "place (TrainStep(network, X, y, learningRate)), and batchSize what cuts the batches?",
        _ => null,
    };
}
