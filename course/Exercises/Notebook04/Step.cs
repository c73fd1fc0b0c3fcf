namespace NeuronFromScratch.Course.Exercises.Notebook04;

/// <summary>Notebook 4: your Step in MyNeuron.csx, against the library's Neuron.Step.</summary>
public sealed class Step : PieceExercise
{
    /// <summary>A case: the parameters and the gradients before the step, and η.</summary>
    internal sealed record Case(string Name, double[] W, double b, double[] dLossDW, double dLossDb, double eta)
    {
        /// <summary>W and b after a step that moves each parameter by factor·gradient downhill (the right one: factor η).</summary>
        public (double[] W, double B) Moved(double factorW, double factorB) =>
            (W.Select((w, j) => w - factorW * dLossDW[j]).ToArray(), b - factorB * dLossDb);

        public (double[] W, double B) Right => Moved(eta, eta);
    }

    internal static IReadOnlyList<Case> Cases { get; } = MakeCases();

    internal Step() : base(
        Notebooks.At(4, 2, "Gradient descent", "Your neuron, piece 1: Step"),
        [Piece.Step],
        "The gradient points uphill; a step goes the other way, by η times the gradient. Every parameter of the neuron moves.",
        "W and dLossDW have one entry per weight: change W's entries in place, in a loop over every index, each with its own "
            + "gradient. Then the bias, with its gradient. Step only reads the gradients: it leaves them as they are.")
    {
    }

    /// <inheritdoc/>
    protected override IEnumerable<Piece> Calls => [Piece.Constructor];

    internal static Mistake<Case, (double[] W, double B)>[] Mistakes { get; } =
    [
        new("Step adds instead of subtracting", c => c.Moved(-c.eta, -c.eta),
            "The step went uphill: W and b moved by +η·gradient. Subtract η·gradient, do not add it (the gradient points uphill)."),
        new("Step forgets η", c => c.Moved(1, 1), "W and b moved by the whole gradient: did you forget to multiply by η (learningRate)?"),
        new("Step uses η twice", c => c.Moved(c.eta * c.eta, c.eta * c.eta), "W and b moved by η²·gradient: is η used twice? Multiply by it once."),
        new("Step does not store the new values", c => c.Moved(0, 0),
            "Nothing moved: W and b are what they were before the step. Did you assign the new values (W[j] -= …), or only compute them?"),
        new("Step forgets the bias", c => c.Moved(c.eta, 0), "W is right, but b did not move: did you forget the bias? b moves too, by η times its gradient."),
        new("Step moves the bias once per weight", c => c.Moved(c.eta, c.W.Length * c.eta),
            "W is right, but b moved once per weight (f times): is `b -= …` inside the loop over j? It belongs after that loop. (With one feature both give the same.)"),
        new("Step moves the bias uphill", c => c.Moved(c.eta, -c.eta), "W is right, but b went uphill: subtract η·dLossDb from b."),
        new("Step updates only W[0]", c => ([c.Right.W[0], .. c.W[1..]], c.Right.B),
            "Only W[0] moved; the other weights kept their values. Loop over every j from 0 to W.Length − 1."),
        new("Step uses the first gradient for every weight", c => (c.W.Select(w => w - c.eta * c.dLossDW[0]).ToArray(), c.Right.B),
            "Every weight moved by the first weight's gradient: does W[j] use its own gradient dLossDW[j]?"),
        new("Step moves the bias by the weight's gradient", c => (c.Right.W, c.b - c.eta * c.dLossDW[0]),
            "W is right, but b moved by a weight's gradient: the bias has its own, dLossDb."),
    ];

    /// <inheritdoc/>
    protected override Verdict Grade(YourNeuron yours)
    {
        var wrong = new Grader<Case, (double[] W, double B)>
        {
            Function = "Step", Cases = Cases, Expected = Library, Name = c => c.Name, Mistakes = Mistakes,
            Same = (a, b) => Numbers.Near(a.W, b.W) && Numbers.Near(a.B, b.B),
            Differs = (c, expected, got) => got.W is null || got.W.Length != c.W.Length
                ? $"With {c.Name}, after one step W should still have {c.W.Length} weights."
                : $"With {c.Name}, after one step with η = {c.eta} expected W = {Numbers.Show(expected.W, "F6")}, b = {expected.B:F6}, "
                  + $"but your Step gave W = {Numbers.Show(got.W, "F6")}, b = {got.B:F6}.",
            Otherwise = "Each parameter moves against its own gradient, by η times it.",
        }.Failure(c => Stepped(yours, c) is var neuron ? ((double[])neuron.W?.Clone()!, neuron.b) : default);
        if (wrong is not null)
            return wrong;

        foreach (var c in Cases)
        {
            var neuron = Stepped(yours, c);
            if (neuron.dLossDW is not null && Numbers.Near(neuron.dLossDW, c.dLossDW) && neuron.dLossDb == c.dLossDb)
                continue;
            bool cleared = (neuron.dLossDW is null || neuron.dLossDW.All(v => v == 0)) && neuron.dLossDb == 0;
            return Verdict.Fail($"With {c.Name}, your Step moved W and b right, but it also changed the gradients: afterwards "
                + $"dLossDW = {Numbers.Show(neuron.dLossDW, "F6")}, dLossDb = {neuron.dLossDb:F6} instead of "
                + $"{Numbers.Show(c.dLossDW, "F6")}, {c.dLossDb:F6}. "
                + (cleared
                    ? "Your Step clears them (a ResetGrad() call, or setting them to 0): the library's Step leaves them as they are. Clearing is ResetGrad's job, and Train calls it before each example."
                    : "Step should only read dLossDW and dLossDb: the library's Step leaves them as they are."));
        }
        return Verdict.Pass("Your Step moves W and b exactly like the library's Neuron.Step, for one feature and for three.");
    }

    // Your neuron with the case's parameters and gradients, after your Step.
    private static INeuron Stepped(YourNeuron yours, Case c)
    {
        var neuron = Probe.Neuron(yours, c.W, c.b);
        neuron.dLossDW = (double[])c.dLossDW.Clone();
        neuron.dLossDb = c.dLossDb;
        neuron.Step(c.eta);
        return neuron;
    }

    // The library's Step with the case's gradients: one row x = ∂L/∂W ÷ ∂L/∂b with ∂L/∂ŷ = ∂L/∂b gives exactly them.
    private static (double[] W, double B) Library(Case c)
    {
        var library = new Neuron(c.W.Length) { W = (double[])c.W.Clone(), b = c.b };
        library.Forward(Matrices.Make(1, c.W.Length, (_, j) => c.dLossDW[j] / c.dLossDb));
        library.Backward([c.dLossDb]);
        library.Step(c.eta);
        return (library.W, library.b);
    }

    private static List<Case> MakeCases()
    {
        var (X, y) = Data.GetData();
        var start = new Neuron(1);
        start.Backward(Losses.DMseDYHat(start.Forward(X), y));
        return
        [
            new("the course data (one feature)", start.W, start.b, start.dLossDW, start.dLossDb, 0.05),
            new("three features and random gradients", new Neuron(3, 7).W, 0.3, Matrices.RandomVector(3, 41), -0.8, 0.05),
        ];
    }
}
