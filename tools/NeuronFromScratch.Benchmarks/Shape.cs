namespace NeuronFromScratch.Benchmarks;

/// <summary>A problem size: n examples of f features, trained for enough epochs to take a measurable time.</summary>
public sealed record Shape(int N, int F)
{
    /// <summary>About 2 million example-steps per training call, and at least one epoch.</summary>
    public int Epochs => Math.Max(1, 2_000_000 / N);

    /// <summary>How many example-steps one training call makes: each epoch visits every example once.</summary>
    public long ExampleSteps => (long)N * Epochs;

    // BenchmarkDotNet prints this in the Shape column (and cuts anything over 20 characters).
    public override string ToString() => $"n={N} f={F}";
}
