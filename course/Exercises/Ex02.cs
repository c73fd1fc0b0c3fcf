using NeuronFromScratch.Course.Exercises.Notebook02;

namespace NeuronFromScratch.Course;

/// <summary>The exercises of notebook 2 (02-loss.ipynb): <c>Ex02.Mse.Check(Yours)</c>, <c>.Hint(1)</c>, <c>.Solution()</c>.</summary>
public static class Ex02
{
    /// <summary>Your turn 1: another way to measure error (section 1).</summary>
    public static MeanAbsoluteError MeanAbsoluteError { get; } = new();

    /// <summary>Your neuron: Mse (section 1).</summary>
    public static Mse Mse { get; } = new();

    /// <summary>Your neuron: DMseDYHat (section 4).</summary>
    public static DMseDYHat DMseDYHat { get; } = new();
}
