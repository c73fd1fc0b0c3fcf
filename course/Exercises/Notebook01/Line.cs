namespace NeuronFromScratch.Course.Exercises.Notebook01;

/// <summary>Notebook 1, “Your turn”: set a neuron's w₁ and b by hand so that its line passes through the course's data.</summary>
public sealed class Line : Exercise
{
    internal Line() : base(
        Notebooks.At(1, 5, "The course's data", "Your turn: be the training algorithm"),
        "With one feature and the linear activation the neuron's prediction is a straight line in x: w₁ is its slope, b "
            + "the height where it crosses x = 0.",
        "The slope is how much y rises per unit of x: take two printed points far apart and divide the rise in y by the "
            + "rise in x. Then walk along that slope from one point back to x = 0.")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => """
        var myNeuron = new Neuron(featureCount: 1);
        myNeuron.W[0] = 2.0;   // the slope of the data's line
        myNeuron.b = 1.0;         // where it crosses x = 0
        """;

    /// <summary>✔ when <paramref name="myNeuron"/> predicts every target of <c>GetData()</c>; else how far off, and why.</summary>
    public Verdict Check(Neuron myNeuron) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(myNeuron);
        var data = Data.GetData();
        double[] yHat = myNeuron.Forward(data.X);
        int worst = Enumerable.Range(0, data.Count).MaxBy(i => Math.Abs(yHat[i] - data.y[i]));
        double w1 = myNeuron.W[0], b = myNeuron.b;
        string parameters = $"w₁ = {w1:G10}, b = {b:G10}";   // all the digits typed
        string miss = $"at x = {data.X[worst, 0]:F4} it predicts {yHat[worst]:F6} but the target is {data.y[worst]:F6}";
        // The line through the two points furthest apart: what "close" is measured against.
        double slope = (data.y[^1] - data.y[0]) / (data.X[data.Count - 1, 0] - data.X[0, 0]);
        double intercept = data.y[0] - slope * data.X[0, 0];
        if (w1 == 0 && b == 0)
            return Verdict.NotDone("myNeuron still has the starter's w₁ = 0 and b = 0. Set them in the cell above and run both cells again.");
        if (Math.Abs(yHat[worst] - data.y[worst]) <= 1e-9)
            return Verdict.Pass($"With {parameters} your neuron predicts all {data.Count} targets exactly: that is the data's line.");
        if (Math.Abs(w1 - intercept) <= 0.01 && Math.Abs(b - slope) <= 0.01)
            return Verdict.Fail($"With {parameters} your neuron misses: {miss}. You swapped them: w₁ is the slope, b the height at x = 0.");
        if (Math.Abs(w1 - slope) <= 0.01 && Math.Abs(b - intercept) <= 0.01)
            return Verdict.Fail($"With {parameters} your line is close, but not exact: {miss}. The printed points are rounded to "
                + "4 decimals, so a slope from two neighbouring points is slightly off: a rounding error in the 4th decimal of y, "
                + "divided by their small step in x, grows into the slope. Use two points far apart, or the round numbers the "
                + "printed points suggest.");
        if (Math.Abs(w1 - slope) <= 0.01)
            return Verdict.Fail($"With {parameters} the slope is right, but the line is shifted: {miss}. b is y where the line crosses x = 0.");
        if (Math.Abs(b - intercept) <= 0.01)
            return Verdict.Fail($"With {parameters} the line crosses x = 0 at the right height, but its slope is off: {miss}. "
                + "w₁ is how much y rises when x rises by 1.");
        return Verdict.Fail($"With {parameters} your neuron misses: {miss}. Check the slope (w₁: how much y rises when x rises by 1) "
            + "and where the line crosses x = 0 (b).");
    });
}
