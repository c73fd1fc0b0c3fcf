using System;

namespace NeuronFromScratch;

/// <summary>
/// Activation functions σ(z) and their derivatives dσ/dz. A neuron computes ŷ = σ(z) with z = X·W + b.
/// </summary>
public static class Activations
{
    /// <summary>The linear (identity) activation: σ(z) = z. It leaves the weighted sum unchanged.</summary>
    /// <param name="x">The input z.</param>
    public static double LinearActivation(double x) => x;

    /// <summary>The derivative of the linear activation with respect to its input: dσ/dz = 1 everywhere.</summary>
    /// <param name="x">The input z (the slope of a line does not depend on where you stand on it).</param>
    public static double DLinearDInput(double x) => 1.0;

    /// <summary>The linear activation applied to each element: a copy of <paramref name="x"/>.</summary>
    /// <param name="x">The inputs z, one per example.</param>
    public static double[] LinearActivation(double[] x)
    {
        Guard.NotNull(x, nameof(x));
        return (double[])x.Clone();
    }

    /// <summary>The derivative of the linear activation at each element: an array of ones.</summary>
    /// <param name="x">The inputs z, one per example.</param>
    public static double[] DLinearDInput(double[] x)
    {
        Guard.NotNull(x, nameof(x));
        var ones = new double[x.Length];
        Array.Fill(ones, 1.0);
        return ones;
    }
}

/// <summary>
/// An activation function paired with its derivative, which is all the backward pass needs to know about it.
/// </summary>
/// <param name="Name">A short name for printing.</param>
/// <param name="Function">σ(z).</param>
/// <param name="Derivative">dσ/dz, evaluated at the same z.</param>
public sealed record Activation(string Name, Func<double, double> Function, Func<double, double> Derivative)
{
    /// <summary>The linear activation σ(z) = z with dσ/dz = 1: the neuron's default.</summary>
    public static Activation Linear { get; } =
        new("linear", Activations.LinearActivation, Activations.DLinearDInput);

    // a = σ(z) for every element. For the linear activation that is a copy, done without a call per element.
    internal void Apply(ReadOnlySpan<double> z, Span<double> a)
    {
        if (ReferenceEquals(this, Linear))
            z.CopyTo(a);
        else
            for (int i = 0; i < z.Length; i++)
                a[i] = Function(z[i]);
    }

    // dL/dz = dL/da · σ′(z) for every element: the chain rule through the activation (σ′ = 1 when linear).
    internal void ChainDerivative(ReadOnlySpan<double> z, ReadOnlySpan<double> dLossDa, Span<double> dLossDz)
    {
        if (ReferenceEquals(this, Linear))
            dLossDa[..z.Length].CopyTo(dLossDz);
        else
            for (int i = 0; i < z.Length; i++)
                dLossDz[i] = dLossDa[i] * Derivative(z[i]);
    }
}
