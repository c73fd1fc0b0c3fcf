using System;

namespace NeuronFromScratch;

/// <summary>
/// A data set: the input matrix X (one row per example, one column per feature) and the targets y.
/// Deconstructs, so <c>var (X, y) = GetData();</c> works.
/// </summary>
/// <param name="X">Inputs, n rows × f columns.</param>
/// <param name="y">Targets, one per row of X.</param>
public sealed record Dataset(double[,] X, double[] y)
{
    /// <summary>Inputs, n rows × f columns.</summary>
    public double[,] X { get; init; } = X ?? throw new ArgumentNullException(nameof(X), "X must not be null.");

    /// <summary>Targets, one per row of X.</summary>
    public double[] y { get; init; } = CheckedTargets(X, y);

    /// <summary>n, the number of examples (rows of X).</summary>
    public int Count => X.GetLength(0);

    /// <summary>f, the number of features (columns of X).</summary>
    public int FeatureCount => X.GetLength(1);

    /// <summary>Column <paramref name="j"/> of X as a new array: handy as the x axis of a chart.</summary>
    /// <param name="j">The feature's index, from 0 to FeatureCount − 1.</param>
    public double[] Feature(int j)
    {
        if ((uint)j >= (uint)FeatureCount)
            throw new ArgumentOutOfRangeException(
                nameof(j), j, $"j must be a feature index from 0 to {FeatureCount - 1}, but it is {j}.");
        var column = new double[Count];
        for (int i = 0; i < Count; i++)
            column[i] = X[i, j];
        return column;
    }

    private static double[] CheckedTargets(double[,] X, double[] y)
    {
        Guard.NotNull(y, nameof(y));
        if (X is not null)
            Guard.SameLength(X.GetLength(0), y.Length, nameof(y), "one target per row of X");
        return y;
    }
}

/// <summary>The course's data: points on a known line, so we can check what the neuron learns.</summary>
public static class Data
{
    /// <summary>The slope of GetData's line y = 2x + 1.</summary>
    public const double TrueSlope = 2.0;

    /// <summary>The intercept of GetData's line y = 2x + 1.</summary>
    public const double TrueIntercept = 1.0;

    /// <summary>The seed used for the noise when none is given.</summary>
    public const int DefaultSeed = 42;

    /// <summary>
    /// <paramref name="count"/> values x spaced evenly from −1 to 1 (inclusive) and y = slope·x + intercept
    /// (+ Gaussian noise of standard deviation <paramref name="noise"/>). With no arguments: 30 points exactly on
    /// y = 2x + 1, so a neuron trained on them should find W = [2] and b = 1.
    /// </summary>
    /// <param name="count">How many points, at least 2.</param>
    /// <param name="slope">The line's slope (the weight to be learned).</param>
    /// <param name="intercept">The line's intercept (the bias to be learned).</param>
    /// <param name="noise">Standard deviation of the noise added to y; 0 for none.</param>
    /// <param name="seed">Seed of the noise, so the same call gives the same data.</param>
    /// <returns>X as a count × 1 matrix, and y.</returns>
    public static Dataset GetData(
        int count = 30, double slope = TrueSlope, double intercept = TrueIntercept,
        double noise = 0.0, int seed = DefaultSeed)
    {
        Guard.AtLeast(count, 2, nameof(count));
        Guard.Finite(slope, nameof(slope));
        Guard.Finite(intercept, nameof(intercept));
        if (!(double.IsFinite(noise) && noise >= 0))
            throw new ArgumentOutOfRangeException(
                nameof(noise), noise, $"noise must be a finite number ≥ 0, but it is {noise}.");

        var random = new Random(seed);
        var X = new double[count, 1];
        var y = new double[count];
        for (int i = 0; i < count; i++)
        {
            double x = -1.0 + 2.0 * i / (count - 1);
            X[i, 0] = x;
            y[i] = slope * x + intercept + noise * StandardNormal(random);
        }
        return new Dataset(X, y);
    }

    // Box–Muller: two uniform numbers make one standard normal one.
    private static double StandardNormal(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
