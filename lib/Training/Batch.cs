namespace NeuronFromScratch;

// What Trainer and NetworkTrainer share: a mini-batch is the m rows of X and y that an epoch's order lists from
// `start`, and from FastPathFrom numbers in X both take their fast path.
internal static class Batch
{
    // From this many numbers in X (rows × columns) a trainer takes its fast path.
    public const int FastPathFrom = 1024;

    // Rows order[start], …, order[start + m − 1] of X and y, copied into a batch of their own.
    public static (double[,] XBatch, double[] yBatch) Rows(double[,] X, double[] y, int[] order, int start, int m)
    {
        int f = X.GetLength(1);
        var XBatch = new double[m, f];
        var yBatch = new double[m];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < f; j++)
                XBatch[i, j] = X[order[start + i], j];
            yBatch[i] = y[order[start + i]];
        }
        return (XBatch, yBatch);
    }
}
