namespace NeuronFromScratch.Course;

/// <summary>Small matrices for the checks' cases.</summary>
internal static class Matrices
{
    /// <summary>Row <paramref name="i"/> of <paramref name="X"/> as a 1 × f matrix, the shape Forward takes.</summary>
    public static double[,] Row(double[,] X, int i) => Make(1, X.GetLength(1), (_, j) => X[i, j]);

    /// <summary>A rows × columns matrix with entry(i, j).</summary>
    public static double[,] Make(int rows, int columns, Func<int, int, double> entry)
    {
        var M = new double[rows, columns];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
                M[i, j] = entry(i, j);
        return M;
    }

    /// <summary>
    /// Random numbers in [−<paramref name="scale"/>, <paramref name="scale"/>), rounded to 2 decimals, row by row from
    /// <c>new Random(seed)</c>: every run checks the same numbers, so a check run again gives the same verdict.
    /// </summary>
    public static double[,] Random(int rows, int columns, int seed, double scale = 2)
    {
        var random = new System.Random(seed);
        return Make(rows, columns, (_, _) => Math.Round(scale * (2 * random.NextDouble() - 1), 2));
    }

    /// <summary>Random numbers as <see cref="Random(int, int, int, double)"/>, in a vector.</summary>
    public static double[] RandomVector(int length, int seed, double scale = 2)
    {
        var M = Random(1, length, seed, scale);
        return Enumerable.Range(0, length).Select(j => M[0, j]).ToArray();
    }

    /// <summary>A copy of <paramref name="M"/>.</summary>
    public static double[,] Copy(double[,] M) => (double[,])M.Clone();
}
