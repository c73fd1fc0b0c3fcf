namespace NeuronFromScratch.Course.Exercises.Notebook05;

/// <summary>Notebook 5, “Your turn 1”: the sigmoid and its derivative.</summary>
public sealed class Sigmoid : Exercise
{
    /// <summary>
    /// 81 values of z from −10 to 10: both signs, small and large, and exactly 0; the small ones first, where σ changes
    /// most, so that a verdict shows a z where the difference is plain to see.
    /// </summary>
    internal static IReadOnlyList<double> Zs { get; } = Enumerable.Range(-40, 81).Select(k => k / 4.0).OrderBy(Math.Abs).ToArray();

    internal Sigmoid() : base(
        Notebooks.At(5, 2, "The sigmoid: a probability out of z", "Your turn 1: the sigmoid and its derivative"),
        "For σ: mind which part is the denominator, and the sign in the exponent. For dσ/dz: write σ = 1/u with u = 1 + e^(−z) "
            + "and use the chain rule: d(1/u)/du = −1/u², and du/dz is the derivative of e^(−z).",
        "The chain rule gives e^(−z) / (1 + e^(−z))². Split it into two fractions, each with the denominator 1 + e^(−z): one "
            + "of them is σ(z), and the other can be written with σ(z) too, so that the derivative needs only one call of your "
            + "Sigmoid.")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => """
        double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

        double DSigmoidDz(double z)
        {
            double sigma = Sigmoid(z);
            return sigma * (1 - sigma);
        }
        """;

    private static double S(double z) => Activations.Sigmoid(z);

    internal static Mistake<double, double>[] SigmoidMistakes { get; } =
    [
        new("forgets the minus in the exponent", z => 1 / (1 + Math.Exp(z)),
            "You computed 1 / (1 + e^(+z)), which is σ(−z): the minus sign in the exponent is missing. Write Math.Exp(-z)."),
        new("returns tanh", Math.Tanh, "That is tanh z, which runs from −1 to 1. The sigmoid is between 0 and 1."),
        new("leaves out the brackets", z => 1 / 1 + Math.Exp(-z),
            "You computed 1 + e^(−z): 1 / 1 + Math.Exp(-z) divides only the 1. Put brackets around the denominator."),
        new("writes a minus in the denominator", z => 1 / (1 - Math.Exp(-z)),
            "The denominator has a minus: you computed 1 / (1 − e^(−z)), which is infinite at z = 0. It has a plus."),
        new("uses the tanh form without z/2", z => 0.5 * (1 + Math.Tanh(z)),
            "You computed ½(1 + tanh z), which is σ(2z): the tanh form of the sigmoid is ½(1 + tanh(z/2)), with z/2."),
        new("returns e^(−z) alone", z => Math.Exp(-z), "You returned e^(−z) alone: that is only part of the denominator."),
    ];

    internal static Mistake<double, double>[] SlopeMistakes { get; } =
    [
        new("σ·σ", z => S(z) * S(z), "You computed σ·σ = 1/(1 + e^(−z))²: that is d(1/u)/du = −1/u² without the chain "
            + "rule's second factor du/dz = −e^(−z) (or a second factor σ where 1 − σ belongs)."),
        new("σ·(1 + σ)", z => S(z) * (1 + S(z)), "You computed σ·(1 + σ): the second factor is 1 − σ(z), with a minus."),
        new("1 − σ²", z => 1 - S(z) * S(z), "You computed 1 − σ²: that is the shape of tanh's derivative (1 − tanh² z). The sigmoid's is another."),
        new("tanh's derivative", z => 1 - Math.Tanh(z) * Math.Tanh(z), "That is tanh's derivative, 1 − tanh² z."),
        new("σ alone", S, "You returned σ(z) itself: it is one of two factors."),
        new("1 − σ alone", z => 1 - S(z), "You returned 1 − σ(z): it is one of two factors."),
        new("evaluates at σ(z)", z => S(S(z)) * (1 - S(S(z))),
            "You evaluated the derivative at σ(z) instead of at z: you passed σ(z) where the formula wants z (the sigmoid "
            + "applied twice). The slope at z needs σ(z), computed once from z."),
        new("uses z where σ(z) belongs", z => z * (1 - z),
            "You computed z·(1 − z): that is the formula written with σ, but with z in σ's place. Compute σ = Sigmoid(z) first, "
            + "then use σ in the formula."),
        new("σ(z)·(1 − σ(z)) with e^(−z) for σ", z => Math.Exp(-z) * (1 - Math.Exp(-z)),
            "You used e^(−z) where σ(z) belongs: σ(z) is 1/(1 + e^(−z)); compute it with your Sigmoid."),
        new("the derivative of e^(−z) without the chain rule's minus", z => -Math.Exp(-z) / ((1 + Math.Exp(-z)) * (1 + Math.Exp(-z))),
            "Your slopes are negative: the derivative of e^(−z) is −e^(−z), and with the −1/u² of 1/u the two minuses cancel."),
    ];

    /// <summary>✔ when both match the library at all 81 z; else ✘ with the likely mistake.</summary>
    public Verdict Check(Func<double, double> sigmoid, Func<double, double> dSigmoidDz) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(sigmoid);
        ArgumentNullException.ThrowIfNull(dSigmoidDz);
        var shortcut = Calls.Shortcut("Sigmoid", sigmoid, Calls.InLibrary) ?? Calls.Shortcut("DSigmoidDz", dSigmoidDz, Calls.InLibrary);
        if (shortcut is not null)
            return shortcut;
        var wrong = new Grader<double, double>
        {
            Function = "Sigmoid", Cases = Zs, Expected = S, Same = Numbers.Near, Name = z => $"z = {z}", Mistakes = SigmoidMistakes,
            Differs = (z, expected, got) => $"At z = {z}, your Sigmoid gives {got:G10}, but σ(z) = {expected:G10}.",
            Otherwise = "σ(z) = 1 / (1 + e^(−z)), with Math.Exp.",
        }.Failure(sigmoid);
        if (wrong is not null)
            return wrong;
        wrong = new Grader<double, double>
        {
            Function = "DSigmoidDz", Cases = Zs, Expected = Activations.DSigmoidDz, Same = Numbers.Near, Name = z => $"z = {z}",
            Mistakes = SlopeMistakes,
            Differs = (z, expected, got) => $"Sigmoid is right. At z = {z}, your DSigmoidDz gives {got:G10}, but dσ/dz = "
                + $"{expected:G10}: off by {got - expected:G3} (the check allows rounding only, a relative 1e-9).",
            Otherwise = Zs.All(z => Close(Attempt<double>.Of(() => dSigmoidDz(z)).Value, Activations.DSigmoidDz(z)))
                ? "Your slopes are close everywhere but not exact: a numerical derivative, like (σ(z + h) − σ(z − h))/(2h)? That is "
                  + "an approximation, good for checking a derivative (notebook 3). Work out the exact derivative."
                : "Differentiate σ = 1/u with u = 1 + e^(−z) by the chain rule, then write the result with σ(z).",
        }.Failure(dSigmoidDz);
        return wrong ?? Verdict.Pass($"Sigmoid and DSigmoidDz match the library's Activations.Sigmoid and DSigmoidDz at all "
            + $"{Zs.Count} values of z from −10 to 10.");
    });

    // Close but not equal: within 1e-4 (relative), the mark of an approximation such as a finite difference.
    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-4 * Math.Max(1e-3, Math.Max(Math.Abs(a), Math.Abs(b)));
}
