namespace NeuronFromScratch.Course.Exercises.Notebook06;

/// <summary>Notebook 6, “Your turn 5”: a layer's starting weights, each neuron its own.</summary>
public sealed class NewLayer : Exercise
{
    /// <summary>A case: the layer's shape, its activation and its seed.</summary>
    internal sealed record Case(int InputCount, int NeuronCount, Activation Activation, int Seed)
    {
        public override string ToString() => $"NewLayer({InputCount}, {NeuronCount}, Activation.{CodeName(Activation)}, {Seed})";
    }

    // The name a learner writes for an activation: Activation.ReLU, not its display name "relu".
    private static string CodeName(Activation activation) =>
        typeof(Activation).GetProperties().FirstOrDefault(p => p.GetMethod!.IsStatic && ReferenceEquals(p.GetValue(null), activation))?.Name
        ?? activation.Name;

    /// <summary>What a layer starts with: each neuron's W, b and activation.</summary>
    internal sealed record Start(IReadOnlyList<(double[] W, double b, string Activation)> Neurons);

    internal static IReadOnlyList<Case> Cases { get; } =
        [new(1, 8, Activation.ReLU, 0), new(2, 3, Activation.Tanh, 5), new(3, 4, Activation.Sigmoid, 11)];

    internal NewLayer() : base(
        Notebooks.At(6, 9, "Why the starting weights must differ", "Your turn 5: a layer's starting weights"),
        "The experiment above shows what happens when every neuron of a layer starts alike. So each neuron needs a start "
            + "of its own, and the same seed must still give the same layer.",
        "Neuron k can start as a new Neuron(inputCount, s) does, with a seed s of its own made from seed and k; the "
            + "library's Layer uses the seeds seed, seed + 1, …. A Neuron's activation is set when it is made. new "
            + "Layer(neurons) makes the layer of the neurons you made.")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => """
        Layer NewLayer(int inputCount, int neuronCount, Activation activation, int seed)
        {
            var neurons = new Neuron[neuronCount];
            for (int k = 0; k < neuronCount; k++)
                neurons[k] = new Neuron(inputCount, seed + k) { Activation = activation };   // each neuron its own seed
            return new Layer(neurons);
        }
        """;

    private static Start Of(Layer layer) => new(layer.Neurons.Select(n => ((double[])n.W.Clone(), n.b, n.Activation.Name)).ToList());

    private static Start Made(Case c, Func<int, int> seedOf, Activation? activation = null, int? inputs = null, int? neurons = null) =>
        Of(new Layer(Enumerable.Range(0, neurons ?? c.NeuronCount)
            .Select(k => new Neuron(inputs ?? c.InputCount, seedOf(k)) { Activation = activation ?? c.Activation })));

    private const string AllAlike = "Every neuron starts with the same weights: then every neuron computes the same thing, "
        + "gets the same gradient and stays alike forever, as the experiment above shows; the layer is one neuron many "
        + "times. Give neuron k a seed of its own: seed + k.";

    internal static Mistake<Case, Start>[] Mistakes { get; } =
    [
        new("gives every neuron the same seed", c => Made(c, _ => c.Seed), AllAlike),
        new("starts every weight at 0", c => Of(new Layer(Enumerable.Range(0, c.NeuronCount)
            .Select(_ => new Neuron(c.InputCount) { W = new double[c.InputCount], Activation = c.Activation }))),
            "Every weight starts at 0: then every neuron computes the same thing (with ReLU, nothing at all) and gets the "
            + "same gradient, so the neurons stay alike. Start each neuron from small random weights of its own."),
        new("ignores the seed", c => Made(c, k => k),
            "The neurons start from the seeds 0, 1, 2, …, whatever the seed: neuron k's seed is seed + k, so that another "
            + "seed gives another layer."),
        new("counts the seeds from seed + 1", c => Made(c, k => c.Seed + k + 1),
            "Neuron k started from the seed seed + k + 1: neuron 0 takes the seed itself, neuron k seed + k."),
        new("forgets the activation", c => Made(c, k => c.Seed + k, Activation.Linear),
            "Every neuron has the linear activation: set each neuron's Activation to the one you are given when you make it."),
        new("swaps the inputs and the neurons", c => Made(c, k => c.Seed + k, inputs: c.NeuronCount, neurons: c.InputCount),
            "The layer is the wrong way round: it needs neuronCount neurons, each taking inputCount inputs."),
    ];

    /// <summary>✔ when <paramref name="newLayer"/> makes the layers the library's Layer makes; else ✘ with the likely mistake.</summary>
    public Verdict Check(Func<int, int, Activation, int, Layer> newLayer) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(newLayer);
        if (Calls.ToAny(newLayer, m => m.IsConstructor && m.DeclaringType == typeof(Layer) && m.GetParameters().Length == 4) is not null)
            return Verdict.Fail("NewLayer calls the library's new Layer(inputCount, neuronCount, activation, seed): the point "
                + "is to start the neurons yourself, then new Layer(neurons).");
        var layer = Attempt<Layer>.Of(() => newLayer(Cases[0].InputCount, Cases[0].NeuronCount, Cases[0].Activation, Cases[0].Seed));
        if (layer.Value is { } made && made.Neurons.Distinct(ReferenceEqualityComparer.Instance).Count() < made.Neurons.Count)
            return Verdict.Fail($"{Cases[0]}: the layer holds one Neuron object in more than one place, so its neurons are "
                + "not only alike but the same neuron: every step would move it once per place. Make a new Neuron for each k, "
                + "each from a seed of its own.");
        return new Grader<Case, Start>
        {
            Function = "NewLayer", Cases = Cases, Name = c => c.ToString(), Mistakes = Mistakes,
            Expected = c => Of(new Layer(c.InputCount, c.NeuronCount, c.Activation, c.Seed)), Same = Same,
            Differs = (c, expected, got) => got.Neurons.Count != expected.Neurons.Count || got.Neurons.Any(n => n.W.Length != c.InputCount)
                ? $"{c}: the layer should have {c.NeuronCount} neurons of {c.InputCount} input(s) each; yours has {got.Neurons.Count} of {got.Neurons.FirstOrDefault().W?.Length ?? 0}."
                : FirstDifference(c, expected, got),
            Otherwise = "Neuron k of the layer starts as new Neuron(inputCount, seed + k) with the given activation.",
            OtherwiseFor = (_, got) => got.Neurons.Count > 1 && got.Neurons.All(n => Numbers.Near(n.W, got.Neurons[0].W)) ? AllAlike : null,
        }.Failure(c => Of(newLayer(c.InputCount, c.NeuronCount, c.Activation, c.Seed)))
        ?? Verdict.Pass("NewLayer starts every neuron as the library's Layer does: its own weights from seed + k, b = 0, the "
            + "activation you asked for. No two neurons start alike.");
    });

    // The first neuron that starts otherwise than the library's, and the one after it (alike or not), as the verdict shows them.
    private static string FirstDifference(Case c, Start expected, Start got)
    {
        int k = Enumerable.Range(0, expected.Neurons.Count).First(k => !Same(expected.Neurons[k], got.Neurons[k]));
        static string At((double[] W, double b, string Activation) n) => $"W = {Numbers.Show(n.W)}, b = {Numbers.Show(n.b)}, {n.Activation}";
        string next = k + 1 < got.Neurons.Count
            ? $"; neuron {k + 1} at W = {Numbers.Show(expected.Neurons[k + 1].W)}, yours at W = {Numbers.Show(got.Neurons[k + 1].W)}" : "";
        return $"{c}: neuron {k} should start at {At(expected.Neurons[k])}, yours at {At(got.Neurons[k])}{next}.";
    }

    private static bool Same((double[] W, double b, string Activation) a, (double[] W, double b, string Activation) b) =>
        Numbers.Near(a.W, b.W) && Numbers.Near(a.b, b.b) && a.Activation == b.Activation;

    private static bool Same(Start a, Start b) => a.Neurons.Count == b.Neurons.Count
        && a.Neurons.Zip(b.Neurons).All(p => Same(p.First, p.Second));
}
