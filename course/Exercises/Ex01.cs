using NeuronFromScratch.Course.Exercises.Notebook01;

namespace NeuronFromScratch.Course;

/// <summary>The exercises of notebook 1 (01-forward-pass.ipynb): <c>Ex01.Forward.Check(Yours)</c>, <c>.Hint(1)</c>, <c>.Solution()</c>.</summary>
public static class Ex01
{
    /// <summary>Your neuron: σ and the constructor (section 4).</summary>
    public static Constructor Constructor { get; } = new();

    /// <summary>Your neuron: Forward (section 4).</summary>
    public static Forward Forward { get; } = new();

    /// <summary>Your turn: be the training algorithm (section 5).</summary>
    public static Line Line { get; } = new();
}
