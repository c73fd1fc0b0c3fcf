// Generated from notebooks/checks/Checks04.csx by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
// change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
// class, so the lesson calls them by their plain names, as the notebook does.

// The checks of notebook 4: your Step and your Train in MyNeuron.csx, compared with the course library
// (Neuron.Step in lib/Neuron.cs, Trainer.Train in lib/Training/Trainer.cs). Each check loads your file afresh (the
// #load below), runs your code and the library's on the same numbers, and returns one verdict: ✔, or ✘ with the
// likely cause. To name the cause it computes what each common mistake WOULD give and compares.
// #load "../setup/FromLibrary.csx": the lessons that need setup/FromLibrary.cs include it
// #load "../MyNeuron.csx": the lessons that need MyNeuron.cs include it
// #load "Common.csx": the lessons that need checks/Common.cs include it

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;
using NeuronFromScratch;

partial class Program
{
    static string Threw04(string what, Exception e) => $"✘ {what} threw {e.GetType().Name}: {e.Message}" + e switch
    {
        NullReferenceException => " Is an array still null? The neuron's W and dLossDW are made by the constructor.",
        IndexOutOfRangeException => " An index ran past the end of an array: loop i from 0 to n − 1 over the examples and j from 0 to W.Length − 1 over the features.",
        ArgumentException => " Do ŷ and the targets have the same length? For one example i the target is new[] { y[i] }, not all of y.",
        _ => "",
    };

    // ── Step: W[j] −= η·dLossDW[j] for every j, b −= η·dLossDb ─────────────────────────────────────────────────
    static string CheckStep()
    {
        const double eta = 0.05;
        var (X1, y1) = Data.GetData();
        var random = new Random(4);
        var X3 = RandomMatrix(random, 5, 3);
        double[] y3 = Enumerable.Range(0, 5).Select(_ => 2 * random.NextDouble() - 1).ToArray();
        var cases = new[]
        {
            ("the course data (one feature)", new Neuron(1), X1, y1),
            ("three features and random gradients", new Neuron(3, 7) { Bias = 0.3 }, X3, y3),
        };
        foreach (var (what, library, X, y) in cases)
        {
            // The library's gradients at its starting point, copied into your neuron in the same state.
            library.Backward(Losses.DMeanSquaredErrorDPredictions(library.Forward(X), y));
            double[] W0 = (double[])library.Weights.Clone(), g = (double[])library.WeightGradients.Clone();
            double b0 = library.Bias, gb = library.BiasGradient;
            MyNeuron mine;
            try
            {
                mine = new MyNeuron(W0.Length);
                (mine.W, mine.b, mine.dLossDW, mine.dLossDb) = ((double[])W0.Clone(), b0, (double[])g.Clone(), gb);
                FromLibrary.Borrowed.Clear();
                mine.Step(eta);
            }
            catch (Exception e) { return Threw04("Step", e); }
            if (FromLibrary.Borrowed.Contains("Step")) return NotDoneYet("Step", "FromLibrary.Step(this, learningRate);");
            library.Step(eta);

            string problem = StepProblem04(W0, b0, g, gb, eta, mine.W, mine.b);
            if (problem is not null)
                return $"✘ With {what}, after one step with η = {eta} expected W = {Show(library.Weights, "F6")}, b = {library.Bias:F6}, "
                    + $"but your Step gave W = {Show(mine.W, "F6")}, b = {mine.b:F6}. {problem}";
            // Step only reads the gradients: the library's Step leaves them as they were (ResetGrad is what clears them).
            bool cleared = (mine.dLossDW is null || mine.dLossDW.All(v => v == 0)) && mine.dLossDb == 0;
            if (mine.dLossDW is null || !mine.dLossDW.SequenceEqual(g) || mine.dLossDb != gb)
                return $"✘ With {what}, your Step moved W and b right, but it also changed the gradients: afterwards dLossDW = "
                    + $"{Show(mine.dLossDW, "F6")}, dLossDb = {mine.dLossDb:F6} instead of {Show(g, "F6")}, {gb:F6}. "
                    + (cleared ? "Your Step clears them (a ResetGrad() call, or setting them to 0): the library's Step leaves them as they are. "
                                 + "Clearing is ResetGrad's job, and Train calls it before each example."
                               : "Step should only read dLossDW and dLossDb: the library's Step leaves them as they are.");
        }
        return "✔ Your Step moves W and b exactly like the library's Neuron.Step, for one feature and for three.";
    }

    // What went wrong in a step, or null if nothing. Every parameter p should have moved to p − η·gradient; `Scale04`
    // finds the factor c it moved by instead (p − c·gradient), when all the given parameters agree on one.
    static string StepProblem04(double[] W0, double b0, double[] g, double gb, double eta, double[] W, double b)
    {
        if (W is null || W.Length != W0.Length) return $"W should still have {W0.Length} weights.";
        bool wRight = Enumerable.Range(0, W0.Length).All(j => Near(W[j], W0[j] - eta * g[j]));
        bool bRight = Near(b, b0 - eta * gb);
        if (wRight && bRight) return null;
        double? cW = Scale04(W0, W, g), cB = Scale04([b0], [b], [gb]);
        if (cW == 0 && cB == 0) return "Nothing moved: W and b are what they were before the step. Did you assign the new values (W[j] -= …), or only compute them?";
        if (wRight && cB == 0) return "W is right, but b did not move: did you forget the bias? Add b -= learningRate * dLossDb;";
        if (wRight) return "W is right, but b is not. " + (cB is double cb ? Moved04(cb, eta, "b") : "b −= η · dLossDb.");
        if (W0.Length > 1 && Near(W[0], W0[0] - eta * g[0]) && Enumerable.Range(1, W0.Length - 1).All(j => W[j] == W0[j]))
            return "Only W[0] moved; the other weights kept their values. Loop over every j from 0 to W.Length − 1.";
        if (cW is double c && cB is double d && Near(c, d))
            return Moved04(c, eta, "W and b");
        if (Enumerable.Range(0, W0.Length).Any(j => W[j] == W0[j]))
            return $"{Enumerable.Range(0, W0.Length).Count(j => W[j] == W0[j])} of the {W0.Length} weights did not move: loop over every j from 0 to W.Length − 1.";
        if (cW is double cw) return Moved04(cw, eta, "W") + (bRight ? " (b is right.)" : "");
        return "Some weights moved right and some not: does W[j] use its own gradient dLossDW[j]?";
    }

    static double? Scale04(double[] before, double[] after, double[] gradient)
    {
        var c = Enumerable.Range(0, before.Length).Where(k => gradient[k] != 0).Select(k => (before[k] - after[k]) / gradient[k]).ToList();
        return c.Count > 0 && c.All(v => Near(v, c[0])) ? c[0] : null;
    }

    static string Moved04(double c, double eta, string what) =>
        Near(c, -eta) ? $"The step went uphill: {what} moved by +η·gradient. Subtract η·gradient, do not add it (the gradient points uphill)."
        : Near(c, 1) ? $"{what} moved by the whole gradient: did you forget to multiply by η (learningRate)?"
        : Near(c, eta * eta) ? $"{what} moved by η²·gradient: is η used twice? Multiply by it once."
        : c == 0 ? $"{what} did not move."
        : $"{what} moved by {c:G4}·gradient instead of η·gradient = {eta}·gradient: check the factor.";

    // ── Train: per example, ResetGrad → Forward → Mse → Backward → Step; each epoch's mean loss ─────────────────────
    static string CheckTrain()
    {
        // Three data sets: the course data, and random ones with 2 and 3 features whose targets follow a known line.
        var (Xc, yc) = Data.GetData();
        var sets = new List<(string what, double[,] X, double[] y, int epochs, double eta, int seed)>
            { ("the course data (20 epochs, η = 0.05)", Xc, yc, 20, 0.05, 0) };
        foreach (var (f, seed, rule) in new[] { (2, 11, new[] { 1.5, -0.7, 0.4 }), (3, 12, new[] { -1.0, 0.5, 2.0, -0.3 }) })
        {
            var random = new Random(seed);
            var X = RandomMatrix(random, 12, f);
            double[] y = Enumerable.Range(0, 12).Select(i => rule[f] + Enumerable.Range(0, f).Sum(j => rule[j] * X[i, j])).ToArray();
            sets.Add(($"12 random rows with {f} features (5 epochs, η = 0.05)", X, y, 5, 0.05, seed));
        }

        foreach (var (what, X, y, epochs, eta, seed) in sets)
        {
            // Your neuron starts exactly where the library's does, whatever your constructor does.
            var library = new Neuron(X.GetLength(1), seed);
            List<double> losses;
            MyNeuron mine;
            FromLibrary.Borrowed.Clear();
            try
            {
                mine = new MyNeuron(X.GetLength(1), seed);
                (mine.W, mine.b, mine.dLossDW, mine.dLossDb) = ((double[])library.Weights.Clone(), 0, new double[X.GetLength(1)], 0);
                losses = Train(mine, X, y, epochs, eta);
            }
            catch (Exception e) { return BrokenPieceVerdict04() ?? Threw04($"Train on {what}", e); }
            if (FromLibrary.Borrowed.Contains("Train"))
                return NotDoneYet("Train", "return FromLibrary.Train(neuron, X, y, epochs, learningRate);");
            string broken = BrokenPieceVerdict04();
            if (broken is not null) return broken;

            double[] W0 = (double[])library.Weights.Clone();
            var expected = Trainer.Train(library, X, y, epochs, eta).Loss;   // per example (batchSize 1), no shuffle
            if (losses is null) return "✘ Train returned null: return the list of the epochs' losses.";
            int n = y.Length;
            if (losses.Count != epochs)
                return $"✘ On {what}, Train returned {losses.Count} losses for {epochs} epochs. " + (losses.Count == epochs * n
                    ? "That is one per example: add up the examples' losses and add their mean to the list once per epoch, after the loop over i."
                    : "Return one loss per epoch: add it after the loop over the examples, inside the loop over the epochs.");
            bool same = losses.Zip(expected, (a, b) => Near(a, b, 1e-15 * expected.Max())).All(ok => ok)
                        && Enumerable.Range(0, W0.Length).All(j => Near(mine.W[j], library.Weights[j])) && Near(mine.b, library.Bias);
            if (same) continue;

            string said = $"✘ On {what}, expected the epoch losses {Show(expected.Take(3).ToArray(), "F6")}… ending with W = {Show(library.Weights, "F6")}, "
                + $"b = {library.Bias:F6}, but your Train gave {Show(losses.Take(3).ToArray(), "F6")}…, W = {Show(mine.W, "F6")}, b = {mine.b:F6}.";
            // Which known mistake gives exactly your numbers?
            foreach (var (mistake, clue) in TrainMistakes04())
            {
                var (l, W, b) = Simulate04(mistake, X, y, W0, epochs, eta);
                bool match = l.Count == losses.Count && l.Zip(losses, (p, q) => Near(p, q, 1e-15 * expected.Max())).All(ok => ok)
                             && W.Zip(mine.W, (p, q) => Near(p, q)).All(ok => ok) && Near(b, mine.b);
                if (match) return said + " " + clue.Replace("{n}", n.ToString());
            }
            int first = Enumerable.Range(0, epochs).First(e => !Near(losses[e], expected[e], 1e-15 * expected.Max()) || e == epochs - 1);
            return said + $" The first epoch that differs is epoch {first + 1}. Compare your loop with the order ResetGrad → Forward(Row(X, i)) → Mse → Backward(DMseDYHat) → Step, for every example i.";
        }
        return "✔ Your Train gives the same losses, epoch by epoch, and the same W and b as the library's Trainer.Train, on the course data and on random data with 2 and 3 features.";
    }

    // The mistakes a loop can make, each with its clue; Simulate04 computes what each would give.
    static (string mistake, string clue)[] TrainMistakes04() =>
    [
        ("ResetGrad per epoch", "You call ResetGrad once per epoch, before the loop over the examples: within an epoch each step also carries the earlier examples' gradients. Call neuron.ResetGrad() inside the loop, before each example's Backward."),
        ("no ResetGrad", "Your gradients accumulate: the first example's step is right, then every step also carries the earlier examples' gradients. Call neuron.ResetGrad() before each Backward (Backward adds)."),
        ("loss after Step", "Your losses are lower than expected: you measured each example's loss after its Step. Measure it before: Forward → Mse, then Backward → Step."),
        ("loss at the end", "Your losses are the loss on all of X after the epoch's steps. Each example's loss should be measured before its own step, and the epoch's loss is their mean."),
        ("sum", "Your epoch losses are n = {n} times too big: that is the sum of the examples' losses. Divide by n for the mean."),
        ("whole X", "Every step used the whole X: that is a full-batch step, taken n times per epoch. Per example means Row(X, i) and { y[i] }: one example per step."),
        ("one step per epoch", "You took one full-batch step per epoch; the loop is per example: one step for each example i, on Row(X, i)."),
        ("all targets", "Every example was compared with the first target y[0]: that is what Mse and DMseDYHat do with the one ŷ of Row(X, i) and all of y. Give them the example's own target, new[] { y[i] }."),
        ("row 0", "Every step used the features of example 0 with the target of example i: give Forward the example's own row, Row(X, i), not Row(X, 0)."),
        ("skips the last", "The last example is never used: the loop over i must run from 0 to n − 1 (i < n, not i < n − 1)."),
        ("skips the first", "Example 0 is never used: start i at 0."),
        ("Step before Backward", "W and b never changed: did you call Step before Backward (while the gradients are still 0 after ResetGrad), or forget Step? The order is ResetGrad → Forward → Mse → Backward → Step."),
    ];

    // Per-example training of a linear neuron from W0, b = 0, with one mistake made (or none: "right").
    static (List<double> losses, double[] W, double b) Simulate04(string mistake, double[,] X, double[] y, double[] W0, int epochs, double eta)
    {
        int n = y.Length, f = W0.Length;
        double[] W = (double[])W0.Clone(), gW = new double[f];
        double b = 0, gb = 0;
        double Predict(int i) { double z = b; for (int j = 0; j < f; j++) z += W[j] * X[i, j]; return z; }
        void Step() { for (int j = 0; j < f; j++) W[j] -= eta * gW[j]; b -= eta * gb; }
        var losses = new List<double>();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            double sum = 0;
            int steps = mistake == "one step per epoch" ? 1 : n;
            for (int s = mistake == "skips the first" ? 1 : 0; s < (mistake == "skips the last" ? n - 1 : steps); s++)
            {
                if (mistake == "ResetGrad per epoch" ? s == 0 : mistake != "no ResetGrad") { Array.Clear(gW); gb = 0; }
                if (mistake == "Step before Backward") Step();
                // The examples of this step: one (row s), or all of them; Mse and its gradient are means over them.
                int[] rows = mistake is "whole X" or "one step per epoch" ? Enumerable.Range(0, n).ToArray() : [s];
                // Which row's features and which target each of them uses: its own, unless the mistake says otherwise.
                int In(int i) => mistake == "row 0" ? 0 : i;
                int Target(int i) => mistake == "all targets" ? 0 : i;
                double[] e = rows.Select(i => Predict(In(i)) - y[Target(i)]).ToArray();
                double loss = e.Sum(v => v * v) / rows.Length;
                for (int k = 0; k < rows.Length; k++)
                {
                    double dz = 2.0 / rows.Length * e[k];
                    for (int j = 0; j < f; j++) gW[j] += dz * X[In(rows[k]), j];
                    gb += dz;
                }
                if (mistake != "Step before Backward") Step();
                if (mistake == "loss after Step") loss = rows.Average(i => (Predict(In(i)) - y[Target(i)]) * (Predict(In(i)) - y[Target(i)]));
                sum += loss;
            }
            losses.Add(mistake == "sum" ? sum : mistake == "loss at the end" ? Enumerable.Range(0, n).Average(i => (Predict(i) - y[i]) * (Predict(i) - y[i]))
                       : mistake == "one step per epoch" ? sum : sum / n);
        }
        return (losses, W, b);
    }

    static string BrokenPieceVerdict04() => BrokenPiece04() is string broken
        ? $"✘ {broken} Train calls it, so the loop cannot be checked until it does." : null;

    // The loop can only be right if the pieces it calls are: this checks them (borrowed ones are the library's, so right).
    // Returns which piece disagrees with the library and which check cell says why, or null if they all agree.
    static string BrokenPiece04()
    {
        var random = new Random(5);
        var X = RandomMatrix(random, 4, 3);
        double[] y = Enumerable.Range(0, 4).Select(_ => 2 * random.NextDouble() - 1).ToArray();
        var library = new Neuron(3, 9) { Bias = 0.2 };
        string Redo(string piece, string where) =>
            $"Your {piece} does not agree with the library yet: run {where} again, it says what is wrong.";
        try
        {
            var mine = new MyNeuron(3);
            (mine.W, mine.b, mine.dLossDW, mine.dLossDb) = ((double[])library.Weights.Clone(), 0.2, new[] { 1.0, 2, 3 }, 4);
            mine.ResetGrad();
            if (mine.dLossDW.Any(v => v != 0) || mine.dLossDb != 0) return Redo("ResetGrad", "mine-resetgrad-check in notebook 3 (03-backward-pass.ipynb)");
            double[] yHat = mine.Forward(X), want = library.Forward(X);
            if (!yHat.Zip(want, (a, b) => Near(a, b)).All(ok => ok)) return Redo("Forward (or Sigma)", "mine-forward-check in notebook 1 (01-forward-pass.ipynb)");
            if (!Near(Mse(want, y), Losses.MeanSquaredError(want, y))) return Redo("Mse", "mine-mse-check in notebook 2 (02-loss.ipynb)");
            double[] d = DMseDYHat(want, y);
            if (!d.Zip(Losses.DMeanSquaredErrorDPredictions(want, y), (a, b) => Near(a, b)).All(ok => ok)) return Redo("DMseDYHat", "mine-dmse-check in notebook 2 (02-loss.ipynb)");
            mine.Backward(d);
            library.Backward(d);
            if (!mine.dLossDW.Zip(library.WeightGradients, (a, b) => Near(a, b)).All(ok => ok) || !Near(mine.dLossDb, library.BiasGradient))
                return Redo("Backward (or DSigmaDz)", "mine-backward-check in notebook 3 (03-backward-pass.ipynb)");
            mine.Step(0.1);
            library.Step(0.1);
            if (!mine.W.Zip(library.Weights, (a, b) => Near(a, b)).All(ok => ok) || !Near(mine.b, library.Bias))
                return Redo("Step", "mine-step-check in notebook 4 (section 2)");
        }
        catch (Exception e) { return Threw04("One of the pieces Train calls (ResetGrad, Forward, Mse, DMseDYHat, Backward, Step)", e)[2..] + " Run their checks again."; }
        return null;
    }
}
