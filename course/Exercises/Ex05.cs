using NeuronFromScratch.Course.Exercises.Notebook05;

namespace NeuronFromScratch.Course;

/// <summary>The exercises of notebook 5 (05-two-features.ipynb): <c>Ex05.Sigmoid.Check(Sigmoid, DSigmoidDz)</c>, <c>.Hint(1)</c>, <c>.Solution()</c>.</summary>
public static class Ex05
{
    /// <summary>Your turn 1: the sigmoid and its derivative (section 2).</summary>
    public static Sigmoid Sigmoid { get; } = new();

    /// <summary>Your turn 2: the line in the patients' units (section 5).</summary>
    public static RedOnTheLine RedOnTheLine { get; } = new();
}
