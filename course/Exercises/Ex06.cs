using NeuronFromScratch.Course.Exercises.Notebook06;

namespace NeuronFromScratch.Course;

/// <summary>The exercises of notebook 6 (06-network.ipynb): <c>Ex06.LayerForward.Check(LayerForward)</c>, <c>.Hint(1)</c>, <c>.Solution()</c>.</summary>
public static class Ex06
{
    /// <summary>Your turn 1: a layer's forward pass (section 3).</summary>
    public static LayerForward LayerForward { get; } = new();

    /// <summary>Your turn 2: one neuron's ∂L/∂X (section 5).</summary>
    public static NeuronDLossDX NeuronDLossDX { get; } = new();

    /// <summary>Your turn 3: one training step, with the backward loop over the layers (section 7).</summary>
    public static TrainStep TrainStep { get; } = new();

    /// <summary>Your turn 4: an epoch of mini-batches (section 7).</summary>
    public static Epoch Epoch { get; } = new();

    /// <summary>Your turn 5: a layer's starting weights (section 9).</summary>
    public static NewLayer NewLayer { get; } = new();
}
