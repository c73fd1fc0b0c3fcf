namespace NeuronFromScratch.Course.Exercises.Notebook03;

/// <summary>Notebook 3, “Your turn 2”: the derivative of tanh, judged by the gradient check.</summary>
public sealed class DTanh : Exercise
{
    /// <summary>The gradient check's step h and tolerance, as in section 6.</summary>
    public const double h = 1e-5, Tolerance = 1e-7;

    private static readonly double[] Zs = [0.5, -1.2, 2.0];

    internal DTanh() : base(
        Notebooks.At(3, 6, "Checking the gradient numerically", "Your turn 2: a curved activation, checked numerically"),
        "tanh z = sinh z / cosh z, where d/dz sinh z = cosh z and d/dz cosh z = sinh z: the quotient rule applies.",
        "After the quotient rule, simplify the numerator with cosh² z − sinh² z = 1, then write what is left with tanh z "
            + "(Math.Tanh), which the forward pass has already computed.")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => "double DTanhDz(double z) => 1 - Math.Tanh(z) * Math.Tanh(z);";

    internal static Mistake<double, double>[] Mistakes { get; } =
    [
        new("returns tanh itself", Math.Tanh, "You returned tanh(z) itself: the derivative is the slope of tanh, not its value."),
        new("squares z", z => 1 - z * z, "You returned 1 − z²: that squares the input z. Look again at what the quotient rule leaves squared."),
        new("forgets to square cosh", z => 1 / Math.Cosh(z),
            "You returned 1/cosh(z): the quotient rule divides by the square of the denominator. Did you forget to square?"),
        new("returns the linear derivative", _ => 1,
            "You returned 1 at every z: that is the linear activation's derivative (tanh is curved, its slope changes with "
            + "z), or the quotient rule's numerator cosh² z − sinh² z = 1 without its denominator, cosh² z."),
        new("squares z inside tanh", z => 1 - Math.Tanh(z * z),
            "You returned 1 − tanh(z²): the square belongs to tanh z, not to z inside it."),
        new("forgets to square tanh", z => 1 - Math.Tanh(z), "You returned 1 − tanh z: the tanh in it is squared."),
        new("adds the square", z => 1 + Math.Tanh(z) * Math.Tanh(z),
            "You returned 1 + tanh² z: cosh² z − sinh² z = 1 leaves a minus."),
    ];

    /// <summary>✔ when the gradient check passes with <paramref name="dTanhDz"/> as tanh's derivative; else ✘ with the likely mistake.</summary>
    public Verdict Check(Func<double, double> dTanhDz) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(dTanhDz);
        if (Calls.Shortcut("DTanhDz", dTanhDz, Calls.InLibrary) is Verdict shortcut)
            return shortcut;
        var tried = Zs.Select(z => (z, Attempt<double>.Of(() => dTanhDz(z)))).ToList();
        if (tried.FirstOrDefault(t => t.Item2.Error is NotImplementedException).Item2.Threw)
            return Verdict.NotDone("DTanhDz still throws NotImplementedException. Write the derivative, then run this check again.");
        if (tried.FirstOrDefault(t => t.Item2.Threw).Item2.Error is Exception e)
            return Verdict.Fail(Thrown.Message("DTanhDz", e));
        double worst = WorstRelativeError(new Activation("tanh", Math.Tanh, dTanhDz));
        if (worst < Tolerance)
            return Verdict.Pass($"DTanhDz passes the gradient check: worst relative error {worst:0.0E+0} < {Tolerance:0E+0}.");
        double slope = (Math.Tanh(0.5 + h) - Math.Tanh(0.5 - h)) / (2 * h);
        return Verdict.Fail(Text.Join($"The gradient check fails with your derivative: worst relative error {worst:0.0E+0} "
            + $"(it must be < {Tolerance:0E+0}). For example at z = 0.5: the slope of tanh is about {slope:F6}, DTanhDz(0.5) "
            + $"returned {tried[0].Item2.Value:F6}.", Diagnosis.Clue(Mistakes, tried, Numbers.Near)));
    });

    /// <summary>
    /// Section 6's gradient check on the course data: the library's Backward against central differences, for w and b, at
    /// four points; the worst relative error.
    /// </summary>
    private static double WorstRelativeError(Activation activation)
    {
        var (X, y) = Data.GetData();
        double Loss(double w, double b) =>
            Losses.Mse(new Neuron(1) { Activation = activation, W = [w], b = b }.Forward(X), y);
        static double Relative(double a, double b) => Math.Abs(a - b) / Math.Max(1e-12, Math.Max(Math.Abs(a), Math.Abs(b)));
        double worst = 0;
        foreach (var (w, b) in new[] { (new Neuron(1).W[0], 0.0), (-1.5, 0.25), (3.0, -2.0), (2.5, 1.5) })
        {
            var neuron = new Neuron(1) { Activation = activation, W = [w], b = b };
            neuron.Backward(Losses.DMseDYHat(neuron.Forward(X), y));
            worst = Math.Max(worst, Math.Max(
                Relative(neuron.dLossDW[0], (Loss(w + h, b) - Loss(w - h, b)) / (2 * h)),
                Relative(neuron.dLossDb, (Loss(w, b + h) - Loss(w, b - h)) / (2 * h))));
        }
        return double.IsNaN(worst) ? double.PositiveInfinity : worst;
    }
}
