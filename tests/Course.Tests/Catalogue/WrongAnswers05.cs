using NeuronFromScratch.Course;

namespace Course.Tests.Catalogue;

/// <summary>Known-wrong answers to notebook 5's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers05
{
    // The lines of the solutions that the mistakes change.
    private const string SigmoidLine = "double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));";
    private const string SlopeLine = "    return sigma * (1 - sigma);";
    private const string LineX1 = "    double x1 = (white - mu[0]) / s[0];";
    private const string LineX2 = "    double x2 = -(W[0] * x1 + b) / W[1];";
    private const string LineBack = "    return mu[1] + s[1] * x2;";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
        // ── Your turn 1: Sigmoid and DSigmoidDz ──
        new("sigmoid without the minus in the exponent", Ex05.Sigmoid, SigmoidLine, "double Sigmoid(double z) => 1 / (1 + Math.Exp(z));",
            "the minus sign in the exponent is missing"),
        new("sigmoid written as tanh", Ex05.Sigmoid, SigmoidLine, "double Sigmoid(double z) => Math.Tanh(z);", "That is tanh z"),
        new("sigmoid without brackets around the denominator", Ex05.Sigmoid, SigmoidLine, "double Sigmoid(double z) => 1 / 1 + Math.Exp(-z);",
            "Put brackets around the denominator"),
        new("sigmoid with a minus in the denominator", Ex05.Sigmoid, SigmoidLine, "double Sigmoid(double z) => 1 / (1 - Math.Exp(-z));",
            "The denominator has a minus"),
        new("sigmoid as ½(1 + tanh z), without the z/2", Ex05.Sigmoid, SigmoidLine, "double Sigmoid(double z) => 0.5 * (1 + Math.Tanh(z));",
            "½(1 + tanh(z/2)), with z/2"),
        new("sigmoid derivative by central differences", Ex05.Sigmoid, SlopeLine, "    return (Sigmoid(z + 1e-3) - Sigmoid(z - 1e-3)) / 2e-3;",
            "a numerical derivative"),
        new("sigmoid derivative σ·σ", Ex05.Sigmoid, SlopeLine, "    return sigma * sigma;", "You computed σ·σ"),
        new("sigmoid derivative σ(1 + σ)", Ex05.Sigmoid, SlopeLine, "    return sigma * (1 + sigma);", "You computed σ·(1 + σ)"),
        new("sigmoid derivative 1 − σ²", Ex05.Sigmoid, SlopeLine, "    return 1 - sigma * sigma;", "You computed 1 − σ²"),
        new("sigmoid derivative is tanh's", Ex05.Sigmoid, SlopeLine, "    return 1 - Math.Tanh(z) * Math.Tanh(z);", "That is tanh's derivative"),
        new("sigmoid as e^(−z) alone", Ex05.Sigmoid, SigmoidLine, "double Sigmoid(double z) => Math.Exp(-z);", "You returned e^(−z) alone"),
        new("sigmoid derivative returns 1 − σ", Ex05.Sigmoid, SlopeLine, "    return 1 - sigma;", "You returned 1 − σ(z)"),
        new("sigmoid derivative returns σ itself", Ex05.Sigmoid, SlopeLine, "    return sigma;", "You returned σ(z) itself"),
        new("sigmoid derivative with e^(−z) for σ", Ex05.Sigmoid, "    double sigma = Sigmoid(z);", "    double sigma = Math.Exp(-z);",
            "You used e^(−z) where σ(z) belongs"),
        new("sigmoid derivative without the chain rule's inner factor", Ex05.Sigmoid, SlopeLine,
            "    return 1 / ((1 + Math.Exp(-z)) * (1 + Math.Exp(-z)));", "without the chain rule's second factor"),
        new("sigmoid derivative from the library", Ex05.Sigmoid, SlopeLine, "    return Activations.DSigmoidDz(z);",
            "DSigmoidDz calls the library's Activations.DSigmoidDz"),
        new("sigmoid derivative evaluated at σ(z)", Ex05.Sigmoid, "    double sigma = Sigmoid(z);", "    double sigma = Sigmoid(Sigmoid(z));",
            "You evaluated the derivative at σ(z) instead of at z"),
        new("sigmoid derivative with z where σ belongs", Ex05.Sigmoid, SlopeLine, "    return z * (1 - z);", "with z in σ's place"),
        new("sigmoid derivative without the chain rule's minus", Ex05.Sigmoid, SlopeLine,
            "    return -Math.Exp(-z) / ((1 + Math.Exp(-z)) * (1 + Math.Exp(-z)));", "the two minuses cancel"),

        // ── Your turn 2: the decision line in real units ──
        new("decision line with the wrong sign", Ex05.RedOnTheLine, LineX2, "    double x2 = (W[0] * x1 + b) / W[1];", "the sign is wrong"),
        new("decision line with the weights swapped", Ex05.RedOnTheLine, LineX2, "    double x2 = -(W[1] * x1 + b) / W[0];", "You swapped the weights"),
        new("decision line forgets the bias", Ex05.RedOnTheLine, LineX2, "    double x2 = -(W[0] * x1) / W[1];", "You forgot the bias b"),
        new("decision line: the minus covers only w₁x₁", Ex05.RedOnTheLine, LineX2, "    double x2 = (-W[0] * x1 + b) / W[1];",
            "The minus sign covers only w₁x₁'"),
        new("decision line divides only b by w₂", Ex05.RedOnTheLine, LineX2, "    double x2 = -W[0] * x1 - b / W[1];", "Only b is divided by w₂"),
        new("decision line does not standardise the white count", Ex05.RedOnTheLine, LineX1, "    double x1 = white;",
            "first x₁' = (white − μ₁)/s₁"),
        new("decision line returns the standardised red count", Ex05.RedOnTheLine, LineBack, "    return x2;",
            "You returned x₂', the standardised red count"),
        new("decision line undoes the standardisation with the white count's μ and s", Ex05.RedOnTheLine, LineBack,
            "    return mu[0] + s[0] * x2;", "the red count has its own"),
        new("decision line multiplies by s₁ when standardising", Ex05.RedOnTheLine, LineX1, "    double x1 = (white - mu[0]) * s[0];",
            "x₁' = (white − μ₁)/s₁ divides"),
        new("decision line standardises the red count again instead of undoing it", Ex05.RedOnTheLine, LineBack,
            "    return (x2 - mu[1]) / s[1];", "You standardised x₂' a second time"),
    ];
}
