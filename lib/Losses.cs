using System;
using System.Numerics.Tensors;

namespace NeuronFromScratch;

/// <summary>
/// The mean squared error L = (1/n) Σᵢ (ŷᵢ − yᵢ)² and its derivative with respect to the predictions.
/// </summary>
public static class Losses
{
    /// <summary>The mean of the squared errors between <paramref name="predictions"/> ŷ and <paramref name="targets"/> y.</summary>
    /// <param name="predictions">ŷ, one per example.</param>
    /// <param name="targets">y, one per example, in the same order.</param>
    /// <exception cref="ArgumentException">The arrays are null, empty, of different lengths, or hold NaN or infinity.</exception>
    public static double MeanSquaredError(double[] predictions, double[] targets)
    {
        Check(predictions, targets);
        return MeanSquaredError(predictions.AsSpan(), targets.AsSpan());
    }

    /// <summary>
    /// dL/dŷᵢ = (2/n)(ŷᵢ − yᵢ): how much the loss changes when one prediction moves a little.
    /// The 1/n is there because L is a mean.
    /// </summary>
    /// <param name="predictions">ŷ, one per example.</param>
    /// <param name="targets">y, one per example, in the same order.</param>
    /// <returns>A new array with one derivative per example.</returns>
    public static double[] DMeanSquaredErrorDPredictions(double[] predictions, double[] targets)
    {
        Check(predictions, targets);
        var gradient = new double[predictions.Length];
        DMeanSquaredErrorDPredictions(predictions, targets, predictions.Length, gradient);
        return gradient;
    }

    internal static double MeanSquaredError(ReadOnlySpan<double> predictions, ReadOnlySpan<double> targets)
    {
        double sum = 0;
        for (int i = 0; i < predictions.Length; i++)
        {
            double error = predictions[i] - targets[i];
            sum += error * error;
        }
        return sum / predictions.Length;
    }

    internal static void DMeanSquaredErrorDPredictions(
        ReadOnlySpan<double> predictions, ReadOnlySpan<double> targets, int n, Span<double> destination)
    {
        double scale = 2.0 / n;
        for (int i = 0; i < predictions.Length; i++)
            destination[i] = scale * (predictions[i] - targets[i]);
    }

    // The training loop's fused, vectorised form for a slice of a batch of n examples: returns Σᵢ (ŷᵢ − yᵢ)²
    // and writes dL/dŷᵢ = (2/n)(ŷᵢ − yᵢ). n may count more examples than the slice holds.
    internal static double SquaredErrorsAndGradient(
        ReadOnlySpan<double> predictions, ReadOnlySpan<double> targets, int n, Span<double> dLossDPrediction)
    {
        TensorPrimitives.Subtract(predictions, targets, dLossDPrediction);
        double sumOfSquaredErrors = TensorPrimitives.SumOfSquares<double>(dLossDPrediction);
        TensorPrimitives.Multiply(dLossDPrediction, 2.0 / n, dLossDPrediction);
        return sumOfSquaredErrors;
    }

    private static void Check(double[] predictions, double[] targets)
    {
        Guard.NotNull(predictions, nameof(predictions));
        Guard.NotNull(targets, nameof(targets));
        Guard.NotEmpty(predictions.Length, nameof(predictions));
        Guard.SameLength(predictions.Length, targets.Length, nameof(targets), "one target per prediction");
        Guard.AllFinite(predictions, nameof(predictions));
        Guard.AllFinite(targets, nameof(targets));
    }
}
