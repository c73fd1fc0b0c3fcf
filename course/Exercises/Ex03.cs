using NeuronFromScratch.Course.Exercises.Notebook03;

namespace NeuronFromScratch.Course;

/// <summary>The exercises of notebook 3 (03-backward-pass.ipynb): <c>Ex03.Backward.Check(Yours)</c>, <c>.Hint(1)</c>, <c>.Solution()</c>.</summary>
public static class Ex03
{
    /// <summary>Your turn 1: the batch gradient by hand (section 4).</summary>
    public static BatchGradients BatchGradients { get; } = new();

    /// <summary>Your neuron: Backward (section 5).</summary>
    public static Backward Backward { get; } = new();

    /// <summary>Your neuron: ResetGrad (section 5).</summary>
    public static ResetGrad ResetGrad { get; } = new();

    /// <summary>Your turn 2: a curved activation, checked numerically (section 6).</summary>
    public static DTanh DTanh { get; } = new();
}
