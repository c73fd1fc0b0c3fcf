using NeuronFromScratch.Course.Exercises.Notebook04;

namespace NeuronFromScratch.Course;

/// <summary>The exercises of notebook 4 (04-training.ipynb): <c>Ex04.Step.Check(Yours)</c>, <c>.Hint(1)</c>, <c>.Solution()</c>.</summary>
public static class Ex04
{
    /// <summary>Your neuron, piece 1: Step (section 2).</summary>
    public static Step Step { get; } = new();

    /// <summary>Your neuron, piece 2: the loop, Train (section 3).</summary>
    public static Train Train { get; } = new();

    /// <summary>Your turn: one full-batch epoch by hand (section 7).</summary>
    public static FullBatchEpoch FullBatchEpoch { get; } = new();

    /// <summary>Capstone: your neuron, trained by your loop (section 10).</summary>
    public static Capstone Capstone { get; } = new();
}
