namespace Notebooks.Tests.Graders;

/// <summary>Known-wrong answers to notebook 05's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers05
{
    private const string Notebook = "05-two-features.ipynb";
    private const string Ex1Check = "ex1-check";
    private const string Ex1Answer = "ex1-answer";
    private const string Ex2Check = "ex2-check";
    private const string Ex2Answer = "ex2-answer";

    // The lines of the revealed solutions that the mistakes change.
    private const string SigmoidLine = "double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));";
    private const string SlopeLine = "    return sigma * (1 - sigma);";
    private const string LineX1 = "    double x1 = (white - mu[0]) / s[0];";
    private const string LineX2 = "    double x2 = -(W[0] * x1 + b) / W[1];";
    private const string LineBack = "    return mu[1] + s[1] * x2;";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
        // ── Your turn 1: Sigmoid and DSigmoidDz ──
        new("sigmoid without the minus in the exponent", Notebook, Ex1Check, SigmoidLine,
            "double Sigmoid(double z) => 1 / (1 + Math.Exp(z));", "the minus sign in the exponent is missing", Ex1Answer),
        new("sigmoid written as tanh", Notebook, Ex1Check, SigmoidLine,
            "double Sigmoid(double z) => Math.Tanh(z);", "That is tanh z", Ex1Answer),
        new("sigmoid without brackets around the denominator", Notebook, Ex1Check, SigmoidLine,
            "double Sigmoid(double z) => 1 / 1 + Math.Exp(-z);", "Put brackets around the denominator", Ex1Answer),
        new("sigmoid with a minus in the denominator", Notebook, Ex1Check, SigmoidLine,
            "double Sigmoid(double z) => 1 / (1 - Math.Exp(-z));", "The denominator has a minus", Ex1Answer),
        new("sigmoid as ½(1 + tanh z), without the z/2", Notebook, Ex1Check, SigmoidLine,
            "double Sigmoid(double z) => 0.5 * (1 + Math.Tanh(z));", "σ(z) = ½(1 + tanh(z/2)), with z/2", Ex1Answer),
        new("sigmoid derivative by central differences", Notebook, Ex1Check, SlopeLine,
            "    return (Sigmoid(z + 1e-3) - Sigmoid(z - 1e-3)) / 2e-3;", "a numerical derivative", Ex1Answer),
        new("sigmoid derivative σ·σ", Notebook, Ex1Check, SlopeLine, "    return sigma * sigma;", "You computed σ·σ", Ex1Answer),
        new("sigmoid derivative σ(1 + σ)", Notebook, Ex1Check, SlopeLine, "    return sigma * (1 + sigma);", "You computed σ·(1 + σ)", Ex1Answer),
        new("sigmoid derivative 1 − σ²", Notebook, Ex1Check, SlopeLine, "    return 1 - sigma * sigma;", "You computed 1 − σ²", Ex1Answer),
        new("sigmoid derivative is tanh's", Notebook, Ex1Check, SlopeLine,
            "    return 1 - Math.Tanh(z) * Math.Tanh(z);", "That is tanh's derivative", Ex1Answer),
        new("sigmoid derivative returns σ itself", Notebook, Ex1Check, SlopeLine, "    return sigma;", "You returned σ(z) itself", Ex1Answer),

        // ── Your turn 2: the decision line in real units ──
        new("decision line with the wrong sign", Notebook, Ex2Check, LineX2,
            "    double x2 = (W[0] * x1 + b) / W[1];", "the sign is wrong", Ex2Answer),
        new("decision line with the weights swapped", Notebook, Ex2Check, LineX2,
            "    double x2 = -(W[1] * x1 + b) / W[0];", "You swapped the weights", Ex2Answer),
        new("decision line forgets the bias", Notebook, Ex2Check, LineX2,
            "    double x2 = -(W[0] * x1) / W[1];", "You forgot the bias b", Ex2Answer),
        new("decision line: the minus covers only w₁x₁", Notebook, Ex2Check, LineX2,
            "    double x2 = (-W[0] * x1 + b) / W[1];", "The minus sign covers only w₁x₁'", Ex2Answer),
        new("decision line divides only b by w₂", Notebook, Ex2Check, LineX2,
            "    double x2 = -W[0] * x1 - b / W[1];", "Only b is divided by w₂", Ex2Answer),
        new("decision line does not standardise the white count", Notebook, Ex2Check, LineX1,
            "    double x1 = white;", "first x₁' = (white − μ₁)/s₁", Ex2Answer),
        new("decision line returns the standardised red count", Notebook, Ex2Check, LineBack,
            "    return x2;", "You returned x₂', the standardised red count", Ex2Answer),
        new("decision line undoes the standardisation with the white count's μ and s", Notebook, Ex2Check, LineBack,
            "    return mu[0] + s[0] * x2;", "the red count has its own", Ex2Answer),
        new("decision line multiplies by s₁ when standardising", Notebook, Ex2Check, LineX1,
            "    double x1 = (white - mu[0]) * s[0];", "x₁' = (white − μ₁)/s₁ divides", Ex2Answer),
        new("decision line standardises the red count again instead of undoing it", Notebook, Ex2Check, LineBack,
            "    return (x2 - mu[1]) / s[1];", "You standardised x₂' a second time", Ex2Answer),
    ];
}
