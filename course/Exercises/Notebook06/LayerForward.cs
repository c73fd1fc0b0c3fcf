using static NeuronFromScratch.Course.Exercises.Notebook06.NetworkCases;

namespace NeuronFromScratch.Course.Exercises.Notebook06;

/// <summary>Notebook 6, “Your turn 1”: a layer's forward pass.</summary>
public sealed class LayerForward : Exercise
{
    /// <summary>A case: a layer's neurons and its input X.</summary>
    internal sealed record Case(string Name, Neuron[] Neurons, double[,] X)
    {
        public int n => X.GetLength(0);
        public int k => Neurons.Length;

        /// <summary>The matrix n × k whose entry (i, c) is entry(z of neuron c on row i, neuron c).</summary>
        public double[,] Each(Func<double, Neuron, double> entry)
        {
            var Z = Neurons.Select(neuron => Enumerable.Range(0, n).Select(i => neuron.b
                + Enumerable.Range(0, X.GetLength(1)).Sum(j => neuron.W[j] * X[i, j])).ToArray()).ToArray();
            return Matrices.Make(n, k, (i, c) => entry(Z[c][i], Neurons[c]));
        }
    }

    internal static IReadOnlyList<Case> Cases { get; } =
    [
        new("the course's 8 ReLU hinges on our 61 x values",
            [.. Enumerable.Range(0, 8).Select(k => Neuron(1, k, Activation.ReLU, 0.4 * k - 1.5))], CourseX),
        new("a layer of 3 neurons (ReLU, tanh, sigmoid) with 2 inputs and 5 rows",
            [Neuron(2, 1, Activation.ReLU, 0.2), Neuron(2, 2, Activation.Tanh, -0.3), Neuron(2, 3, Activation.Sigmoid, 0.1)], Random(5, 2, 7)),
        new("a layer of 4 neurons (tanh, linear, ReLU, tanh) with 3 inputs and 6 rows",
            [Neuron(3, 4, Activation.Tanh, 0.5), Neuron(3, 5, Activation.Linear, -0.2), Neuron(3, 6, Activation.ReLU, 0.3), Neuron(3, 7, Activation.Tanh, -0.6)],
            Random(6, 3, 8)),
    ];

    internal LayerForward() : base(
        Notebooks.At(6, 3, "A layer's forward pass", "Your turn 1: a layer's forward pass"),
        "Make A first, with its two sizes: how many rows does X have, and how many neurons are there? Then fill it one neuron at a time.",
        "Neuron k's Forward(X) gives a whole column of A at once: one value per row of X, each with the neuron's own activation "
            + "already applied. A loop over the rows copies it into column k.")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => """
        double[,] LayerForward(IReadOnlyList<Neuron> neurons, double[,] X)
        {
            int n = X.GetLength(0);
            var A = new double[n, neurons.Count];
            for (int k = 0; k < neurons.Count; k++)
            {
                double[] yHatK = neurons[k].Forward(X);   // σₖ(z) for every row: Forward applies the neuron's own activation
                for (int i = 0; i < n; i++)
                    A[i, k] = yHatK[i];
            }
            return A;
        }
        """;

    internal static Mistake<Case, double[,]>[] Mistakes { get; } =
    [
        new("transposes A", c => Matrices.Make(c.k, c.n, (r, i) => c.Each((z, neuron) => neuron.Activation.Sigma(z))[i, r]),
            "It is transposed. A has one row per example and one column per neuron: A[i, k] is neuron k's ŷ for example i."),
        new("uses neuron 0 for every column", c => Matrices.Make(c.n, c.k, (i, _) => c.Each((z, neuron) => neuron.Activation.Sigma(z))[i, 0]),
            "Every column of your A is neuron 0's output. Column k must come from neurons[k]: did you use neurons[0] (or one neuron) for every column?"),
        new("forgets the activation", c => c.Each((z, _) => z),
            "Your A is z = X·W + b, without the activation: apply each neuron's σ (neurons[k].Forward does both)."),
        new("applies the activation twice", c => c.Each((z, neuron) => neuron.Activation.Sigma(neuron.Activation.Sigma(z))),
            "Your A has the activation applied twice, σ(σ(z)): neurons[k].Forward already applies σ, so take its ŷ as it is. "
            + "(With ReLU twice changes nothing, which is why the tanh and sigmoid neurons show it.)"),
        new("applies ReLU on top", c => c.Each((z, neuron) => Math.Max(0, neuron.Activation.Sigma(z))),
            "Your A is ReLU of the neurons' outputs: Forward already applied each neuron's own activation, so don't apply ReLU on top."),
        new("uses ReLU for every neuron", c => c.Each((z, _) => Math.Max(0, z)),
            "Your A is ReLU(z) for every neuron, but not every neuron is a ReLU: use each neuron's own activation (neurons[k].Forward)."),
    ];

    /// <summary>✔ when <paramref name="layerForward"/> gives the library's Layer.Forward on every layer; else ✘ with the likely mistake.</summary>
    public Verdict Check(Func<IReadOnlyList<Neuron>, double[,], double[,]> layerForward) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(layerForward);
        if (Calls.Shortcut("LayerForward", layerForward, m => m.DeclaringType == typeof(Layer) || m.DeclaringType == typeof(NeuralNetwork)) is Verdict shortcut)
            return shortcut;
        return new Grader<Case, double[,]>
        {
            Function = "LayerForward", Cases = Cases, Name = c => c.Name, Mistakes = Mistakes,
            Expected = c => new Layer(c.Neurons).Forward(c.X), Same = (a, b) => Numbers.Near(a, b),
            Differs = (c, expected, got) => got is null
                ? $"On {c.Name}: LayerForward returned null: return the n × k matrix you filled."
                : got.GetLength(0) != c.n || got.GetLength(1) != c.k
                    ? $"On {c.Name}: your A is {Numbers.Shape(got)}, but it must be n × k = {c.n} × {c.k}: one row per example (X.GetLength(0)), one column per neuron (neurons.Count)."
                    : Numbers.FirstDifference(expected, got) is var (i, k)
                        ? $"On {c.Name}: A[{i}, {k}] should be neuron {k}'s ŷ for example {i}, {expected[i, k]:F6}, but it is {got[i, k]:F6}."
                        : "",
            WhenThrown = e => e switch
            {
                IndexOutOfRangeException => "An index ran past the end of an array: which dimension is the examples (rows, X.GetLength(0)) and which the neurons (columns)?",
                NullReferenceException => "Is something still null? Every array you return must be made with new.",
                _ => null,
            },
        }.Failure(c => layerForward(c.Neurons, Matrices.Copy(c.X)))
        ?? Verdict.Pass("LayerForward gives the library's Layer.Forward: n × k, column k from neuron k with its own activation, on all three layers.");
    });
}
