namespace NeuronFromScratch.Course.Exercises.Notebook01;

/// <summary>Notebook 1: your σ, dσ/dz and constructor in MyNeuron.csx, against the library's.</summary>
public sealed class Constructor : PieceExercise
{
    private static readonly double[] Zs = [-2.5, 0.0, 0.3, 4.0];
    private static readonly (int F, int Seed)[] Shapes = [(1, 0), (2, 0), (3, 0), (1, 7), (2, 7), (3, 7)];

    internal Constructor() : base(
        Notebooks.At(1, 4, "Many examples at once: z = XW + b", "Your neuron: σ and the constructor"),
        [Piece.Sigma, Piece.DSigmaDz, Piece.Constructor],
        "σ is the activation of section 3, and dσ/dz is its slope. For the weights: your neuron must start with exactly "
            + "the library's weights for the same seed, so make them the way the prompt describes, one random number per weight.",
        "Make one generator from the seed, before the loop over the weights: a generator made inside the loop starts its "
            + "sequence again for every weight. NextDouble() is uniform in [0, 1); shift each draw so that it is uniform in "
            + "[−0.5, 0.5). b and both gradients start at 0, and dLossDW has one entry per weight.")
    {
    }

    private static Mistake<(int F, int Seed), double[]>[] WeightMistakes { get; } =
    [
        new("leaves W at 0", c => new double[c.F],
            "Every weight is 0: did you make W but forget to fill it with the random draws?"),
        new("forgets the − 0.5", c => Library(c).Select(w => w + 0.5).ToArray(),
            "Every weight is 0.5 too big, in [0, 1): did you forget to subtract 0.5 from each draw?"),
        new("makes the Random inside the loop", c => Enumerable.Repeat(new Random(c.Seed).NextDouble() - 0.5, c.F).ToArray(),
            "Every weight is the same first draw: did you create new Random(seed) inside the loop? Create it once, before the loop."),
        new("ignores the seed", c => Library((c.F, 0)),
            "These are seed 0's weights for every seed: did you ignore the seed? Use new Random(seed)."),
    ];

    /// <inheritdoc/>
    protected override Verdict Grade(YourNeuron yours) =>
        SigmaFailure(yours) ?? SlopeFailure(yours) ?? ConstructorFailure(yours)
        ?? Verdict.Pass("Sigma, DSigmaDz and your constructor are right: for 1, 2 and 3 features and seeds 0 and 7, W "
            + "equals the library's new Neuron(f, seed).W, b = 0 and dLossDW holds f zeros.");

    /// <inheritdoc/>
    protected override Verdict GradePiece(YourNeuron yours, Piece piece) => piece switch
    {
        Piece.Sigma => SigmaFailure(yours),
        Piece.DSigmaDz => SlopeFailure(yours),
        _ => ConstructorFailure(yours),
    } ?? Verdict.Pass($"{piece.Title()} is right.");

    private static Verdict? SigmaFailure(YourNeuron yours) =>
        new Grader<double, double>
        {
            Function = "Sigma", Cases = Zs, Expected = z => z, Same = Numbers.Near, Name = z => $"z = {z}",
            Differs = (z, expected, got) => $"Sigma({z}) should be {expected} (the linear activation leaves z as it is), but it is {Numbers.Show(got)}.",
            Mistakes = [new("swaps Sigma and DSigmaDz", _ => 1, "Did you swap Sigma and DSigmaDz?")],
            Otherwise = "σ(z) = z.",
        }.Failure(yours.Sigma);

    private static Verdict? SlopeFailure(YourNeuron yours) =>
        new Grader<double, double>
        {
            Function = "DSigmaDz", Cases = Zs, Expected = _ => 1, Same = Numbers.Near, Name = z => $"z = {z}",
            Differs = (z, expected, got) => $"DSigmaDz({z}) should be {expected} (the slope of σ(z) = z), but it is {Numbers.Show(got)}.",
            Mistakes = [new("returns σ itself", z => z, "DSigmaDz returns z, which is σ(z) itself: the derivative is σ's slope, "
                            + "and σ(z) = z rises by 1 for every 1 that z rises, at every z."),
                        new("returns 0", _ => 0, "0 is the slope of a constant; σ(z) = z rises as fast as z does.")],
            Otherwise = "The slope of σ(z) = z is the same at every z.",
        }.Failure(yours.DSigmaDz);

    private static Verdict? ConstructorFailure(YourNeuron yours)
    {
        var made = Attempt<INeuron>.Of(() => yours.New(2, 7));
        var again = Attempt<INeuron>.Of(() => yours.New(2, 7));
        if (made.Error is Exception e)
            return Verdict.Fail(Thrown.Message("new MyNeuron(2, 7)", e));
        if (made.Value!.W is { } first && again.Value?.W is { } second && !Numbers.Near(first, second))
            return Verdict.Fail($"Two neurons made with new MyNeuron(2, 7) have different weights, {Numbers.Show(first)} and "
                + $"{Numbers.Show(second)}: did you write new Random() without the seed? new Random(seed) gives the same "
                + "numbers for the same seed, every time.");

        var weights = new Grader<(int F, int Seed), double[]>
        {
            Function = "new MyNeuron", Cases = Shapes, Expected = Library, Same = (a, b) => Numbers.Near(a, b),
            Name = c => $"new MyNeuron({c.F}, {c.Seed})", Mistakes = WeightMistakes,
            Differs = (c, expected, got) => got is null
                ? $"After new MyNeuron({c.F}, {c.Seed}), W is null: make it with new double[featureCount]."
                : got.Length != c.F
                    ? $"After new MyNeuron({c.F}, {c.Seed}), W has {got.Length} weights, but a neuron for {c.F} feature(s) needs {c.F}: one per feature."
                    : $"new MyNeuron({c.F}, {c.Seed}): W should be {Numbers.Show(expected)} (as the library's new Neuron({c.F}, {c.Seed}).W), but it is {Numbers.Show(got)}.",
            Otherwise = "Make one new Random(seed), then draw the weights in order, j = 0, 1, …, f − 1, each NextDouble() − 0.5.",
        }.Failure(c => yours.New(c.F, c.Seed).W);
        if (weights is not null)
            return weights;

        foreach (var (f, seed) in Shapes)
        {
            var neuron = yours.New(f, seed);
            string after = $"After new MyNeuron({f}, {seed}),";
            if (neuron.b != 0)
                return Verdict.Fail($"{after} b is {Numbers.Show(neuron.b)}; a new neuron's bias starts at 0.");
            if (neuron.dLossDW is null)
                return Verdict.Fail($"{after} dLossDW is null: make it with new double[featureCount] (notebook 3's Backward adds to it).");
            if (neuron.dLossDW.Length != f)
                return Verdict.Fail($"{after} dLossDW has {neuron.dLossDW.Length} entries; it needs one per weight, {f}.");
            if (neuron.dLossDW.Any(g => g != 0) || neuron.dLossDb != 0)
                return Verdict.Fail($"{after} the gradients dLossDW and dLossDb should start at 0.");
        }
        return null;
    }

    private static double[] Library((int F, int Seed) c) => new Neuron(c.F, c.Seed).W;
}
