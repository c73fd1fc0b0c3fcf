namespace NeuronFromScratch.Course.Exercises.Notebook06;

/// <summary>
/// Epochs of mini-batch training as learners write them, right and wrong: each reads like the exercise's solution with
/// one thing changed, and takes its steps with the right training step (the course's TrainStep).
/// </summary>
internal static class EpochMistakes
{
    /// <summary>One epoch: Epoch(network, X, y, batchSize, learningRate, random), returning the epoch's loss.</summary>
    public delegate double Epoch(NeuralNetwork network, double[,] X, double[] y, int batchSize, double learningRate, Random random);

    /// <summary>The epoch done right: a new order for X and y together, batches of batchSize (the last smaller), one
    /// step each, the batches' losses weighted by their sizes.</summary>
    public static double Right(NeuralNetwork network, double[,] X, double[] y, int batchSize, double eta, Random random) =>
        Weighted(Batches(network, X, y, Shuffled(y.Length, random), null, batchSize, eta), y.Length);

    public static IReadOnlyList<(string Name, Epoch Epoch, string Clue)> All { get; } =
    [
        ("does not shuffle", (network, X, y, batchSize, eta, _) =>
            Weighted(Batches(network, X, y, Enumerable.Range(0, y.Length).ToArray(), null, batchSize, eta), y.Length),
            "The examples were visited in their own order: shuffle the rows into a new order every epoch (random.Shuffle), "
            + "so that the batches differ from epoch to epoch."),
        ("shuffles X and y separately", (network, X, y, batchSize, eta, random) =>
            {
                int[] rowsOfX = Shuffled(y.Length, random), rowsOfY = Shuffled(y.Length, random);
                return Weighted(Batches(network, X, y, rowsOfX, rowsOfY, batchSize, eta), y.Length);
            },
            "The pairs of X and y were broken: X's rows and y were shuffled separately, so row i of a batch met another "
            + "example's target. Shuffle one order and take both X's rows and y's values in it."),
        ("shuffles X but not y", (network, X, y, batchSize, eta, random) =>
            Weighted(Batches(network, X, y, Shuffled(y.Length, random), Enumerable.Range(0, y.Length).ToArray(), batchSize, eta), y.Length),
            "The pairs of X and y were broken: X's rows were shuffled but y kept its order, so row i of a batch met another "
            + "example's target. Take y's values in the same order as X's rows."),
        ("drops the last partial batch", (network, X, y, batchSize, eta, random) =>
            Weighted(Batches(network, X, y, Shuffled(y.Length, random), null, batchSize, eta, lastBatch: Last.Dropped), y.Length),
            "The last batch was left out: when n is not a multiple of the batch size, the last batch is smaller, and it "
            + "must be trained on too (loop while start < n, and take Math.Min(start + batchSize, n) as its end)."),
        ("averages the batches' losses without their sizes", (network, X, y, batchSize, eta, random) =>
            Batches(network, X, y, Shuffled(y.Length, random), null, batchSize, eta).Average(b => b.Loss),
            "The epoch's loss is the mean of the batches' losses, but the last batch is smaller: weight each batch's loss by "
            + "its size (a batch's loss is a mean over its m examples) and divide the sum by n."),
        ("returns the sum of the batches' losses", (network, X, y, batchSize, eta, random) =>
            Batches(network, X, y, Shuffled(y.Length, random), null, batchSize, eta).Sum(b => b.Loss),
            "Your loss is the sum of the batches' losses: the epoch's loss is a mean over all n examples (each batch's "
            + "loss times its size, summed, divided by n)."),
        ("returns the last batch's loss", (network, X, y, batchSize, eta, random) =>
            Batches(network, X, y, Shuffled(y.Length, random), null, batchSize, eta)[^1].Loss,
            "Your loss is the last batch's: add up every batch's loss (times its size) and divide by n."),
        ("returns the first batch's loss", (network, X, y, batchSize, eta, random) =>
            Batches(network, X, y, Shuffled(y.Length, random), null, batchSize, eta)[0].Loss,
            "Your loss is the first batch's: add up every batch's loss (times its size) and divide by n."),
        ("returns the loss after the epoch", (network, X, y, batchSize, eta, random) =>
            {
                Right(network, X, y, batchSize, eta, random);
                return Losses.Mse(network.Predict(X), y);
            },
            "Your loss was measured after the epoch, on the trained network: the epoch's loss is the mean of the squared "
            + "errors measured before each batch's step, the losses TrainStep returns, weighted by the batches' sizes."),
        ("makes an empty last batch when n is a multiple of the batch size", (network, X, y, batchSize, eta, random) =>
            Weighted(Batches(network, X, y, Shuffled(y.Length, random), null, batchSize, eta, lastBatch: Last.OneTooMany), y.Length),
            "A batch was empty: when n is a multiple of the batch size, your loop made one batch too many, with no rows. "
            + "Loop while start < n (there are ⌈n / batchSize⌉ batches, not n / batchSize + 1)."),
        ("takes the whole of X at every step", (network, X, y, batchSize, eta, random) =>
            Weighted(Shuffled(y.Length, random).Chunk(batchSize).Select(batch => (batch.Length, TrainStepMistakes.Right(network, X, y, eta))).ToList(), y.Length),
            "Every step used the whole of X: a batch is the rows of X (and values of y) that the order lists from start: "
            + "Rows(X, batch), and y's values at those rows."),
        ("runs past the end with the last batch", (network, X, y, batchSize, eta, random) =>
            Weighted(Batches(network, X, y, Shuffled(y.Length, random), null, batchSize, eta, lastBatch: Last.RunsPastTheEnd), y.Length),
            "The last batch ran past the end of the order: when n is not a multiple of the batch size it has fewer rows. "
            + "End it at Math.Min(start + batchSize, n)."),
    ];

    // What becomes of the last batch when n is not a multiple of the batch size.
    private enum Last { Smaller, Dropped, RunsPastTheEnd, OneTooMany }

    // 0 … n − 1 in a new order from the random: as the library's NetworkTrainer shuffles.
    private static int[] Shuffled(int n, Random random)
    {
        int[] order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        return order;
    }

    // The epoch's loss from its batches: each batch's loss (a mean) weighted by its size, divided by n.
    private static double Weighted(IReadOnlyList<(int Size, double Loss)> batches, int n) => batches.Sum(b => b.Loss * b.Size) / n;

    // One step per batch of `order` (y's values in `targetOrder`, or in `order` when null): each batch's size and loss.
    private static List<(int Size, double Loss)> Batches(NeuralNetwork network, double[,] X, double[] y, int[] order,
        int[]? targetOrder, int batchSize, double eta, Last lastBatch = Last.Smaller)
    {
        int n = y.Length;
        var batches = new List<(int, double)>();
        for (int start = 0; lastBatch switch { Last.Dropped => start + batchSize <= n, Last.OneTooMany => start <= n, _ => start < n };
             start += batchSize)
        {
            int end = lastBatch == Last.RunsPastTheEnd ? start + batchSize : Math.Min(start + batchSize, n);
            batches.Add((end - start, Step(network, X, y, order[start..end], (targetOrder ?? order)[start..end], eta)));
        }
        return batches;
    }

    // One step on the batch: X's rows `rows`, y's values at `targets`.
    private static double Step(NeuralNetwork network, double[,] X, double[] y, int[] rows, int[] targets, double eta) =>
        TrainStepMistakes.Right(network, Matrices.Make(rows.Length, X.GetLength(1), (i, j) => X[rows[i], j]),
            targets.Select(i => y[i]).ToArray(), eta);
}
