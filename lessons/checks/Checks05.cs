// Generated from notebooks/checks/Checks05.csx by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
// change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
// class, so the lesson calls them by their plain names, as the notebook does.

// The graders of notebook 05's exercises. The check cells pass in your functions; each grader compares them with
// the right numbers and, when they differ, works out what each known mistake WOULD give, to name the likely one.
// It never throws: whatever goes wrong becomes a ✘ verdict.

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;
using NeuronFromScratch;

partial class Program
{
    // Equal up to rounding: relative 1e-9 (or absolute near 0).
    // (a.Equals(b) first, so that two infinities, as 1 / (1 − e^(−z)) gives at z = 0, count as equal.)
    static bool Near05(double a, double b) => a.Equals(b) || Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    // Close but not equal: within 1e-4 (relative), the mark of an approximation such as a finite difference.
    static bool Close05(double a, double b) => Math.Abs(a - b) <= 1e-4 * Math.Max(1e-3, Math.Max(Math.Abs(a), Math.Abs(b)));

    // Many z: both signs, small and large, and exactly 0.
    static double[] CheckZs => Enumerable.Range(-40, 81).Select(k => k / 4.0).ToArray();

    // ── Your turn 1: Sigmoid and DSigmoidDz ──
    static string CheckSigmoid(Func<double, double> sigmoid, Func<double, double> dSigmoidDz)
    {
        double[] mine;
        try { mine = CheckZs.Select(sigmoid).ToArray(); }
        catch (NotImplementedException) { return "✘ Not done yet: Sigmoid still throws NotImplementedException. Write its body (and DSigmoidDz's), then run this cell again."; }
        catch (Exception e) { return $"✘ Sigmoid threw {e.GetType().Name}: {e.Message}"; }

        double[] expected = CheckZs.Select(Activations.Sigmoid).ToArray();
        if (!mine.Zip(expected, Near05).All(ok => ok))
        {
            int i = Array.FindIndex(CheckZs, z => !Near05(sigmoid(z), Activations.Sigmoid(z)));
            string said = $"✘ At z = {CheckZs[i]}, your Sigmoid gives {mine[i]:G10}, but σ(z) = 1 / (1 + e^(−z)) = {expected[i]:G10}.";
            var mistakes = new (Func<double, double> would, string clue)[]
            {
                (z => 1 / (1 + Math.Exp(z)), "You computed 1 / (1 + e^(+z)), which is σ(−z): the minus sign in the exponent is missing. Write Math.Exp(-z)."),
                (Math.Tanh, "That is tanh z, which runs from −1 to 1. The sigmoid is 1 / (1 + e^(−z)), between 0 and 1."),
                (z => 1 / 1 + Math.Exp(-z), "You computed 1 + e^(−z): 1 / 1 + Math.Exp(-z) divides only the 1. Put brackets around the denominator: 1 / (1 + Math.Exp(-z))."),
                (z => 1 / (1 - Math.Exp(-z)), "The denominator has a minus: you computed 1 / (1 − e^(−z)), which is infinite at z = 0. It is 1 / (1 + e^(−z)), with a plus."),
                (z => 0.5 * (1 + Math.Tanh(z)), "You computed ½(1 + tanh z), which is σ(2z): the tanh form of the sigmoid is σ(z) = ½(1 + tanh(z/2)), with z/2. Or write 1 / (1 + e^(−z)) directly."),
                (z => Math.Exp(-z), "You returned e^(−z) alone: the sigmoid is 1 / (1 + e^(−z))."),
            };
            foreach (var (would, clue) in mistakes)
                if (CheckZs.All(z => Near05(sigmoid(z), would(z))))
                    return said + " " + clue;
            return said + " Write σ(z) = 1 / (1 + e^(−z)) with Math.Exp.";
        }

        double[] slopes;
        try { slopes = CheckZs.Select(dSigmoidDz).ToArray(); }
        catch (NotImplementedException) { return "✘ Not done yet: Sigmoid is right, but DSigmoidDz still throws NotImplementedException. Write its body, then run this cell again."; }
        catch (Exception e) { return $"✘ DSigmoidDz threw {e.GetType().Name}: {e.Message}"; }

        double[] expectedSlopes = CheckZs.Select(Activations.DSigmoidDInput).ToArray();
        if (!slopes.Zip(expectedSlopes, Near05).All(ok => ok))
        {
            int i = Array.FindIndex(CheckZs, z => !Near05(dSigmoidDz(z), Activations.DSigmoidDInput(z)));
            double off = slopes[i] - expectedSlopes[i];
            string said = $"✘ At z = {CheckZs[i]}, your DSigmoidDz gives {slopes[i]:G10}, but σ(z)·(1 − σ(z)) = {expectedSlopes[i]:G10}: " +
                          $"off by {off:G3} (the check allows rounding only, a relative 1e-9).";
            double S(double z) => Activations.Sigmoid(z);
            var mistakes = new (Func<double, double> would, string clue)[]
            {
                (z => S(z) * S(z), "You computed σ·σ: the second factor is 1 − σ(z), not σ(z)."),
                (z => S(z) * (1 + S(z)), "You computed σ·(1 + σ): the second factor is 1 − σ(z), with a minus."),
                (z => 1 - S(z) * S(z), "You computed 1 − σ²: that is the shape of tanh's derivative (1 − tanh² z). The sigmoid's is σ·(1 − σ)."),
                (z => 1 - Math.Tanh(z) * Math.Tanh(z), "That is tanh's derivative, 1 − tanh² z. The sigmoid's is σ(z)·(1 − σ(z))."),
                (z => S(z), "You returned σ(z) itself: multiply it by 1 − σ(z)."),
                (z => 1 - S(z), "You returned 1 − σ(z): multiply it by σ(z)."),
            };
            foreach (var (would, clue) in mistakes)
                if (CheckZs.All(z => Near05(dSigmoidDz(z), would(z))))
                    return said + " " + clue;
            if (CheckZs.All(z => Close05(SafeSlope(dSigmoidDz, z), Activations.DSigmoidDInput(z))))
                return said + " Your slopes are close everywhere but not exact: a numerical derivative, like (σ(z + h) − σ(z − h))/(2h)? " +
                              "That is an approximation, good for checking a derivative (notebook 3). Write the exact formula σ(z)·(1 − σ(z)).";
            return said + " dσ/dz = σ(z)·(1 − σ(z)): compute σ(z) once with your Sigmoid and use it twice.";
        }
        return $"✔ Sigmoid and DSigmoidDz match the library's Activations.Sigmoid and DSigmoidDInput at all {CheckZs.Length} values of z from −10 to 10.";
    }

    // ── Your turn 2: the decision line in real units ──
    // The right answer, written out: standardise the white count, solve w₁x₁' + w₂x₂' + b = 0 for x₂', un-standardise.
    static double RedOnTheLineDoneRight(double white, double[] W, double b, double[] mu, double[] s)
    {
        double x1 = (white - mu[0]) / s[0];
        double x2 = -(W[0] * x1 + b) / W[1];
        return mu[1] + s[1] * x2;
    }

    static string CheckRedOnTheLine(Func<double, double[], double, double[], double[], double> redOnTheLine, double[] learnedW, double learnedB, double[] mu, double[] s)
    {
        // The notebook's learned line, and made-up ones with other signs and scales, so no mistake can hide.
        var cases = new List<(double[] W, double b, double[] mu, double[] s)>
        {
            (learnedW, learnedB, mu, s),
            (new[] { 1.5, -0.8 }, 0.4, new[] { 9.0, 5.0 }, new[] { 3.0, 0.9 }),
            (new[] { -0.7, 2.5 }, -1.3, new[] { 7.0, 4.5 }, new[] { 2.5, 0.6 }),
        };
        double[] whites = { 3.0, 6.5, 9.0, 12.25, 15.0 };

        var mistakes = new (Func<double, double[], double, double[], double[], double> would, string clue)[]
        {
            ((x, W, b, m, d) => m[1] + d[1] * ((W[0] * (x - m[0]) / d[0] + b) / W[1]),
                "Your line is mirrored: the sign is wrong. From w₁x₁' + w₂x₂' + b = 0, x₂' = −(w₁x₁' + b)/w₂, with a minus."),
            ((x, W, b, m, d) => m[1] + d[1] * (-(W[1] * (x - m[0]) / d[0] + b) / W[0]),
                "You swapped the weights: x₂' = −(w₁x₁' + b)/w₂ multiplies x₁' by w₁ = W[0] and divides by w₂ = W[1]."),
            ((x, W, b, m, d) => m[1] + d[1] * (-(W[0] * (x - m[0]) / d[0]) / W[1]),
                "You forgot the bias b: x₂' = −(w₁x₁' + b)/w₂."),
            ((x, W, b, m, d) => m[1] + d[1] * ((-W[0] * (x - m[0]) / d[0] + b) / W[1]),
                "The minus sign covers only w₁x₁': it must cover b too, x₂' = −(w₁x₁' + b)/w₂ (brackets)."),
            ((x, W, b, m, d) => m[1] + d[1] * (-W[0] * (x - m[0]) / d[0] - b / W[1]),
                "Only b is divided by w₂ (an operator-precedence slip?): x₂' = −(w₁x₁' + b)/w₂ divides the whole bracket."),
            ((x, W, b, m, d) => m[1] + d[1] * (-(W[0] * x + b) / W[1]),
                "You put the white count into the line as it is: the neuron learned on standardised counts, so first x₁' = (white − μ₁)/s₁."),
            ((x, W, b, m, d) => -(W[0] * (x - m[0]) / d[0] + b) / W[1],
                "You returned x₂', the standardised red count: turn it back into 10¹² per litre, red = μ₂ + s₂·x₂'."),
            ((x, W, b, m, d) => m[0] + d[0] * (-(W[0] * (x - m[0]) / d[0] + b) / W[1]),
                "You turned x₂' back with the white count's μ₁ and s₁: the red count has its own, red = μ₂ + s₂·x₂' (mu[1], s[1])."),
            ((x, W, b, m, d) => m[1] + d[1] * (-(W[0] * (x - m[0]) * d[0] + b) / W[1]),
                "You multiplied by s₁ when standardising the white count: x₁' = (white − μ₁)/s₁ divides."),
            ((x, W, b, m, d) => (-(W[0] * (x - m[0]) / d[0] + b) / W[1] - m[1]) / d[1],
                "You standardised x₂' a second time instead of turning it back: red = μ₂ + s₂·x₂'."),
        };

        foreach (var (W, b, m, d) in cases)
            foreach (double white in whites)
            {
                double got;
                try { got = redOnTheLine(white, (double[])W.Clone(), b, (double[])m.Clone(), (double[])d.Clone()); }
                catch (NotImplementedException) { return "✘ Not done yet: RedOnTheLine still throws NotImplementedException. Write its body, then run this cell again."; }
                catch (Exception e) { return $"✘ RedOnTheLine threw {e.GetType().Name}: {e.Message}"; }
                double expected = RedOnTheLineDoneRight(white, W, b, m, d);
                if (Near05(got, expected)) continue;

                string said = $"✘ With W = [{W[0]:G6}, {W[1]:G6}], b = {b:G6}, μ = [{m[0]:G6}, {m[1]:G6}], s = [{d[0]:G6}, {d[1]:G6}] and white = {white}, " +
                              $"the red count on the line is {expected:F4}, but RedOnTheLine returned {got:F4}.";
                foreach (var (would, clue) in mistakes)
                    if (cases.All(c => whites.All(x => Near05(SafeCall(redOnTheLine, x, c), would(x, c.W, c.b, c.mu, c.s)))))
                        return said + " " + clue;
                return said + " Three steps: x₁' = (white − μ₁)/s₁, then x₂' = −(w₁x₁' + b)/w₂, then red = μ₂ + s₂·x₂'.";
            }
        return "✔ RedOnTheLine puts the decision line where the neuron's probability is 0.5: on the learned line and on two made-up ones.";
    }

    static double SafeCall(Func<double, double[], double, double[], double[], double> f, double white, (double[] W, double b, double[] mu, double[] s) c)
    {
        try { return f(white, (double[])c.W.Clone(), c.b, (double[])c.mu.Clone(), (double[])c.s.Clone()); }
        catch (Exception) { return double.NaN; }
    }

    static double SafeSlope(Func<double, double> f, double z)
    {
        try { return f(z); }
        catch (Exception) { return double.NaN; }
    }

    // ── For the charts after Your turn 2 ──
    // The decision line as a function of the white count: your RedOnTheLine once it runs; until then (it still throws
    // NotImplementedException) RedOnTheLineDoneRight above, and the note says so.
    static (Func<double, double> redAt, string note) DecisionLine05(
        Func<double, double[], double, double[], double[], double> redOnTheLine, double[] W, double b, double[] mu, double[] s)
    {
        try
        {
            redOnTheLine(mu[0], (double[])W.Clone(), b, (double[])mu.Clone(), (double[])s.Clone());
            return (white => redOnTheLine(white, (double[])W.Clone(), b, (double[])mu.Clone(), (double[])s.Clone()),
                    "The neuron's line is drawn with your RedOnTheLine.");
        }
        catch (NotImplementedException)
        {
            return (white => RedOnTheLineDoneRight(white, W, b, mu, s),
                    "Your RedOnTheLine is not written yet (Your turn 2), so the neuron's line is drawn with RedOnTheLineDoneRight from checks/Checks05.csx.");
        }
    }

    // The white counts [from, to] over which every one of the given straight lines stays inside the plotted box
    // (the data's white and red ranges), so that all lines span the same stretch and none runs off the chart.
    static double[] SharedWhiteRange05(double whiteLow, double whiteHigh, double redLow, double redHigh, params Func<double, double>[] lines)
    {
        double from = whiteLow, to = whiteHigh;
        foreach (var redAt in lines)
        {
            double a = redAt(0), k = redAt(1) - a;   // a straight line: red = a + k·white
            if (k == 0) continue;
            double atLow = (redLow - a) / k, atHigh = (redHigh - a) / k;
            from = Math.Max(from, Math.Min(atLow, atHigh));
            to = Math.Min(to, Math.Max(atLow, atHigh));
        }
        return new[] { from, to };
    }
}
