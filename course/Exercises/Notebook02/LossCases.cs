namespace NeuronFromScratch.Course.Exercises.Notebook02;

/// <summary>A case for a loss or its derivative: predictions ŷ and targets y.</summary>
internal sealed record LossCase(string Name, double[] yHat, double[] y)
{
    public int n => yHat.Length;

    /// <summary>What an index past the end means in a loss: yHat and y hold n values each.</summary>
    public const string IndexClue = "An index ran past the end of an array: yHat and y hold n values each, at indices 0 "
        + "to n − 1, so loop i from 0 while i < n.";

    /// <summary>The errors ŷᵢ − yᵢ.</summary>
    public double[] Errors => yHat.Zip(y, (p, t) => p - t).ToArray();

    /// <summary>The four predictions of section 1, the untrained neuron's 30, and random arrays of 3, 7 and 12.</summary>
    public static IReadOnlyList<LossCase> All { get; } = Make();

    private static List<LossCase> Make()
    {
        var (X, y) = Data.GetData();
        var cases = new List<LossCase>
        {
            new("the four predictions of section 1", [0.5, 0.646, 0.525, 0.668], [0, 1, 1, 1]),
            new("the untrained neuron's 30 predictions", new Neuron(1).Forward(X), y),
        };
        foreach (var (n, seed) in new[] { (3, 21), (7, 22), (12, 23) })
            cases.Add(new($"random arrays of length {n}", Matrices.RandomVector(n, seed), Matrices.RandomVector(n, seed + 100)));
        return cases;
    }

    /// <summary>
    /// Runs <paramref name="yours"/> on copies of ŷ and y; the ✘ if it changed either (the caller still needs them), else
    /// null. <paramref name="advice"/> says what to do instead.
    /// </summary>
    public static Verdict? ChangesItsInputs<T>(string function, Func<double[], double[], T> yours, string advice)
    {
        foreach (var c in All)
        {
            double[] yHat = (double[])c.yHat.Clone(), y = (double[])c.y.Clone();
            var returned = Attempt<T>.Of(() => yours(yHat, y)).Value;
            foreach (var (given, original, which) in new[] { (yHat, c.yHat, "yHat"), (y, c.y, "y") })
            {
                int k = Enumerable.Range(0, original.Length).FirstOrDefault(i => given[i] != original[i], -1);
                if (k < 0)
                    continue;
                return Verdict.Fail($"On {c.Name}, {function} changed the {which} array it was given: {which}[{k}] was "
                    + $"{Numbers.Show(original[k])}, afterwards it was {Numbers.Show(given[k])}."
                    + (ReferenceEquals(returned, given) ? " It also returned that same array." : "") + " " + advice);
            }
        }
        return null;
    }
}
