namespace NeuronFromScratch.Course.Exercises.Notebook05;

/// <summary>Notebook 5, “Your turn 2”: the decision line in the patients' units.</summary>
public sealed class RedOnTheLine : Exercise
{
    /// <summary>A case: a neuron's line (W, b), the standardisation (μ, s), and a white count.</summary>
    internal sealed record Case(double[] W, double b, double[] mu, double[] s, double White)
    {
        public override string ToString() =>
            $"W = {Numbers.Show(W, "G6")}, b = {b:G6}, μ = {Numbers.Show(mu, "G6")}, s = {Numbers.Show(s, "G6")} and white = {White}";
    }

    private static readonly double[] Whites = [3.0, 6.5, 9.0, 12.25, 15.0];

    internal RedOnTheLine() : base(
        Notebooks.At(5, 5, "The decision line", "Your turn 2: the line in the patients' units"),
        "Three steps, as section 5 lists them: into standardised units, onto the line, back into a red count. The white count "
            + "is feature 0, the red count feature 1.",
        "On the line z = 0: move w₁x₁' and b to the other side before you divide by w₂. What sign do they get? Then undo the "
            + "standardisation of feature 1: the inverse of (red − μ₂)/s₂.")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => """
        double RedOnTheLine(double white, double[] W, double b, double[] mu, double[] s)
        {
            double x1 = (white - mu[0]) / s[0];     // x₁': the white count, standardised
            double x2 = -(W[0] * x1 + b) / W[1];    // x₂' on the line w₁x₁' + w₂x₂' + b = 0
            return mu[1] + s[1] * x2;               // back to a red count
        }
        """;

    /// <summary>The red count on the line, done right.</summary>
    public static double DoneRight(double white, double[] W, double b, double[] mu, double[] s)
    {
        double x1 = (white - mu[0]) / s[0];
        double x2 = -(W[0] * x1 + b) / W[1];
        return mu[1] + s[1] * x2;
    }

    internal static Mistake<Case, double>[] Mistakes { get; } =
    [
        new("flips the sign", c => c.mu[1] + c.s[1] * ((c.W[0] * X1(c) + c.b) / c.W[1]),
            "Your line is mirrored: the sign is wrong. Moving w₁x₁' + b to the other side of the equation gives them a minus."),
        new("swaps the weights", c => c.mu[1] + c.s[1] * (-(c.W[1] * X1(c) + c.b) / c.W[0]),
            "You swapped the weights: x₁' goes with w₁ = W[0], and you divide by w₂ = W[1]."),
        new("forgets the bias", c => c.mu[1] + c.s[1] * (-(c.W[0] * X1(c)) / c.W[1]), "You forgot the bias b: it moves to the other side with w₁x₁'."),
        new("puts the minus on w₁x₁' only", c => c.mu[1] + c.s[1] * ((-c.W[0] * X1(c) + c.b) / c.W[1]),
            "The minus sign covers only w₁x₁': it must cover b too (brackets)."),
        new("divides only b by w₂", c => c.mu[1] + c.s[1] * (-c.W[0] * X1(c) - c.b / c.W[1]),
            "Only b is divided by w₂ (an operator-precedence slip?): the whole bracket is divided."),
        new("does not standardise the white count", c => c.mu[1] + c.s[1] * (-(c.W[0] * c.White + c.b) / c.W[1]),
            "You put the white count into the line as it is: the neuron learned on standardised counts, so first x₁' = (white − μ₁)/s₁."),
        new("returns the standardised red count", c => -(c.W[0] * X1(c) + c.b) / c.W[1],
            "You returned x₂', the standardised red count: turn it back into 10¹² per litre."),
        new("turns x₂' back with the white count's μ and s", c => c.mu[0] + c.s[0] * (-(c.W[0] * X1(c) + c.b) / c.W[1]),
            "You turned x₂' back with the white count's μ₁ and s₁: the red count has its own, mu[1] and s[1]."),
        new("multiplies by s₁", c => c.mu[1] + c.s[1] * (-(c.W[0] * (c.White - c.mu[0]) * c.s[0] + c.b) / c.W[1]),
            "You multiplied by s₁ when standardising the white count: x₁' = (white − μ₁)/s₁ divides."),
        new("standardises x₂' again", c => (-(c.W[0] * X1(c) + c.b) / c.W[1] - c.mu[1]) / c.s[1],
            "You standardised x₂' a second time instead of turning it back: red = μ₂ + s₂·x₂'."),
    ];

    /// <summary>
    /// ✔ when <paramref name="redOnTheLine"/> puts the line where the neuron's probability is 0.5, on the notebook's learned
    /// line (<paramref name="learnedW"/>, <paramref name="learnedB"/>, <paramref name="mu"/>, <paramref name="s"/>) and on
    /// two made-up ones; else ✘ with the likely mistake.
    /// </summary>
    public Verdict Check(Func<double, double[], double, double[], double[], double> redOnTheLine,
        double[] learnedW, double learnedB, double[] mu, double[] s) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(redOnTheLine);
        var lines = new (double[] W, double b, double[] mu, double[] s)[]
        {
            (learnedW, learnedB, mu, s),
            ([1.5, -0.8], 0.4, [9.0, 5.0], [3.0, 0.9]),
            ([-0.7, 2.5], -1.3, [7.0, 4.5], [2.5, 0.6]),
        };
        var cases = lines.SelectMany(l => Whites.Select(white => new Case(l.W, l.b, l.mu, l.s, white))).ToList();
        return new Grader<Case, double>
        {
            Function = "RedOnTheLine", Cases = cases, Expected = c => DoneRight(c.White, c.W, c.b, c.mu, c.s), Same = Numbers.Near,
            Name = c => $"{c}", Mistakes = Mistakes,
            Differs = (c, expected, got) => $"With {c}, the red count on the line is {expected:F4}, but RedOnTheLine returned {got:F4}.",
            Otherwise = "Three steps: standardise the white count, solve z = 0 for x₂', turn x₂' back into a red count.",
        }.Failure(c => redOnTheLine(c.White, (double[])c.W.Clone(), c.b, (double[])c.mu.Clone(), (double[])c.s.Clone()))
        ?? Verdict.Pass("RedOnTheLine puts the decision line where the neuron's probability is 0.5: on the learned line and on two made-up ones.");
    });

    /// <summary>
    /// The decision line as a function of the white count, for the chart: your RedOnTheLine once it runs; until then (it
    /// still throws NotImplementedException) <see cref="DoneRight"/>, and the note says which.
    /// </summary>
    public (Func<double, double> RedAt, string Note) LineForTheChart(
        Func<double, double[], double, double[], double[], double> redOnTheLine, double[] W, double b, double[] mu, double[] s)
    {
        ArgumentNullException.ThrowIfNull(redOnTheLine);
        if (Attempt<double>.Of(() => redOnTheLine(mu[0], (double[])W.Clone(), b, (double[])mu.Clone(), (double[])s.Clone())).Error is NotImplementedException)
            return (white => DoneRight(white, W, b, mu, s),
                "Your RedOnTheLine is not written yet (Your turn 2), so the neuron's line is drawn with the course's.");
        return (white => redOnTheLine(white, (double[])W.Clone(), b, (double[])mu.Clone(), (double[])s.Clone()),
            "The neuron's line is drawn with your RedOnTheLine.");
    }

    private static double X1(Case c) => (c.White - c.mu[0]) / c.s[0];
}
