using System;
using System.Numerics.Tensors;

namespace NeuronFromScratch;

/// <summary>
/// The mean squared error L = (1/n) Σᵢ (ŷᵢ − yᵢ)² and its derivative with respect to the yHat.
/// </summary>
public static class Losses
{
    /// <summary>L, the mean of the squared errors between the predictions <paramref name="yHat"/> and the targets <paramref name="y"/>.</summary>
    /// <param name="yHat">ŷ, one per example.</param>
    /// <param name="y">y, one per example, in the same order.</param>
    /// <exception cref="ArgumentException">The arrays are null, empty, of different lengths, or hold NaN or infinity.</exception>
    public static double Mse(double[] yHat, double[] y)
    {
        Check(yHat, y);
        return Mse(yHat.AsSpan(), y.AsSpan());
    }

    /// <summary>
    /// dL/dŷᵢ = (2/n)(ŷᵢ − yᵢ): how much the loss changes when one prediction moves a little.
    /// The 1/n is there because L is a mean.
    /// </summary>
    /// <param name="yHat">ŷ, one per example.</param>
    /// <param name="y">y, one per example, in the same order.</param>
    /// <returns>A new array with one derivative per example.</returns>
    public static double[] DMseDYHat(double[] yHat, double[] y)
    {
        Check(yHat, y);
        var gradient = new double[yHat.Length];
        DMseDYHat(yHat, y, yHat.Length, gradient);
        return gradient;
    }

    internal static double Mse(ReadOnlySpan<double> yHat, ReadOnlySpan<double> y)
    {
        double sum = 0;
        for (int i = 0; i < yHat.Length; i++)
        {
            double error = yHat[i] - y[i];
            sum += error * error;
        }
        return sum / yHat.Length;
    }

    internal static void DMseDYHat(
        ReadOnlySpan<double> yHat, ReadOnlySpan<double> y, int n, Span<double> destination)
    {
        double scale = 2.0 / n;
        for (int i = 0; i < yHat.Length; i++)
            destination[i] = scale * (yHat[i] - y[i]);
    }

    // The training loop's fused, vectorised form for a slice of a batch of n examples: returns Σᵢ (ŷᵢ − yᵢ)²
    // and writes dL/dŷᵢ = (2/n)(ŷᵢ − yᵢ). n may count more examples than the slice holds.
    internal static double SquaredErrorsAndGradient(
        ReadOnlySpan<double> yHat, ReadOnlySpan<double> y, int n, Span<double> dLossDYHat)
    {
        TensorPrimitives.Subtract(yHat, y, dLossDYHat);
        double sumOfSquaredErrors = TensorPrimitives.SumOfSquares<double>(dLossDYHat);
        TensorPrimitives.Multiply(dLossDYHat, 2.0 / n, dLossDYHat);
        return sumOfSquaredErrors;
    }

    private static void Check(double[] yHat, double[] y)
    {
        Guard.NotNull(yHat, nameof(yHat));
        Guard.NotNull(y, nameof(y));
        Guard.NotEmpty(yHat.Length, nameof(yHat));
        Guard.SameLength(yHat.Length, y.Length, nameof(y), "one target per prediction");
        Guard.AllFinite(yHat, nameof(yHat));
        Guard.AllFinite(y, nameof(y));
    }
}
