using System;

namespace NeuronFromScratch;

/// <summary>
/// Activation functions σ(z) and their derivatives dσ/dz. A neuron computes ŷ = σ(z) with z = X·W + b.
/// Each pair is also an <see cref="Activation"/> a neuron can use, e.g. <c>Activation.ReLU</c>.
/// </summary>
public static class Activations
{
    /// <summary>The linear (identity) activation: σ(z) = z. It leaves the weighted sum unchanged.</summary>
    /// <param name="x">The input z.</param>
    public static double Linear(double x) => x;

    /// <summary>The derivative of the linear activation with respect to its input: dσ/dz = 1 everywhere.</summary>
    /// <param name="x">The input z (the slope of a line does not depend on where you stand on it).</param>
    public static double DLinearDz(double x) => 1.0;

    /// <summary>The linear activation applied to each element: a copy of <paramref name="x"/>.</summary>
    /// <param name="x">The inputs z, one per example.</param>
    public static double[] Linear(double[] x)
    {
        Guard.NotNull(x, nameof(x));
        return (double[])x.Clone();
    }

    /// <summary>The derivative of the linear activation at each element: an array of ones.</summary>
    /// <param name="x">The inputs z, one per example.</param>
    public static double[] DLinearDz(double[] x)
    {
        Guard.NotNull(x, nameof(x));
        var ones = new double[x.Length];
        Array.Fill(ones, 1.0);
        return ones;
    }

    /// <summary>The rectified linear unit: σ(z) = max(0, z), a hinge at 0.</summary>
    /// <param name="z">The input z.</param>
    public static double ReLU(double z) => Math.Max(0, z);

    /// <summary>dσ/dz of ReLU: 1 for z &gt; 0, else 0 (at the kink z = 0 we take 0).</summary>
    /// <param name="z">The input z.</param>
    public static double DReLUDz(double z) => z > 0 ? 1 : 0;

    /// <summary>The slope of <see cref="LeakyReLU"/> for negative z.</summary>
    public const double LeakySlope = 0.01;

    /// <summary>The leaky ReLU: σ(z) = max(z, 0.01·z), which keeps a small slope for z &lt; 0.</summary>
    /// <param name="z">The input z.</param>
    public static double LeakyReLU(double z) => Math.Max(z, LeakySlope * z);

    /// <summary>dσ/dz of the leaky ReLU: 1 for z &gt; 0, else 0.01.</summary>
    /// <param name="z">The input z.</param>
    public static double DLeakyReLUDz(double z) => z > 0 ? 1 : LeakySlope;

    /// <summary>The sigmoid (logistic) function: σ(z) = 1 / (1 + e^(−z)), between 0 and 1.</summary>
    /// <param name="z">The input z.</param>
    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>dσ/dz of the sigmoid: σ(z)·(1 − σ(z)).</summary>
    /// <param name="z">The input z.</param>
    public static double DSigmoidDz(double z) => Sigmoid(z) * (1 - Sigmoid(z));

    /// <summary>The hyperbolic tangent: σ(z) = tanh z, between −1 and 1.</summary>
    /// <param name="z">The input z.</param>
    public static double Tanh(double z) => Math.Tanh(z);

    /// <summary>dσ/dz of tanh: 1 − tanh² z.</summary>
    /// <param name="z">The input z.</param>
    public static double DTanhDz(double z) => 1 - Math.Tanh(z) * Math.Tanh(z);
}
