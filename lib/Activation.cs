using System;

namespace NeuronFromScratch;

/// <summary>
/// An activation function paired with its derivative, which is all the backward pass needs to know about it.
/// </summary>
/// <param name="Name">A short name for printing.</param>
/// <param name="Sigma">σ(z).</param>
/// <param name="DSigmaDz">dσ/dz, evaluated at the same z.</param>
public sealed record Activation(string Name, Func<double, double> Sigma, Func<double, double> DSigmaDz)
{
    /// <summary>The linear activation σ(z) = z with dσ/dz = 1: the neuron's default.</summary>
    public static Activation Linear { get; } = new("linear", Activations.Linear, Activations.DLinearDz);

    /// <summary>ReLU, σ(z) = max(0, z).</summary>
    public static Activation ReLU { get; } = new("relu", Activations.ReLU, Activations.DReLUDz);

    /// <summary>Leaky ReLU, σ(z) = max(z, 0.01·z).</summary>
    public static Activation LeakyReLU { get; } = new("leaky relu", Activations.LeakyReLU, Activations.DLeakyReLUDz);

    /// <summary>The sigmoid, σ(z) = 1 / (1 + e^(−z)).</summary>
    public static Activation Sigmoid { get; } = new("sigmoid", Activations.Sigmoid, Activations.DSigmoidDz);

    /// <summary>tanh, σ(z) = tanh z.</summary>
    public static Activation Tanh { get; } = new("tanh", Activations.Tanh, Activations.DTanhDz);

    /// <summary>The name, e.g. "relu".</summary>
    public override string ToString() => Name;
}
