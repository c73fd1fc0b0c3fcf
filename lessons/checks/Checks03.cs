// Generated from notebooks/checks/Checks03.csx by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
// change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
// class, so the lesson calls them by their plain names, as the notebook does.

// The checks of notebook 3: your ResetGrad and Backward, compared with the course library's Neuron (lib/Neuron.cs).
// A check cell loads this file, and this file loads MyNeuron.csx afresh: save your file, run the check cell again.
// #load "../setup/FromLibrary.csx": the lessons that need setup/FromLibrary.cs include it
// #load "../MyNeuron.csx": the lessons that need MyNeuron.cs include it
// #load "Common.csx": the lessons that need checks/Common.cs include it
// #load "Checks03.Mistakes.csx": the lessons that need checks/Checks03.Mistakes.cs include it

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;
using NeuronFromScratch;

partial class Program
{
    // ── Shared ───────────────────────────────────────────────────────────────────────────────────────────────

    // Equal up to rounding, relative to the expected value (Common's Near is relative to the larger of the two).
    static bool Near03(double expected, double actual) =>
        Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected));

    static bool Near03(double[] expected, double[] actual) =>
        actual is not null && actual.Length == expected.Length && expected.Select((e, j) => Near03(e, actual[j])).All(ok => ok);

    // A MyNeuron with exactly these W and b and zero gradients, set here so the check does not depend on your constructor.
    static MyNeuron With03(double[] W, double b)
    {
        var neuron = new MyNeuron(W.Length);
        neuron.W = (double[])W.Clone();
        neuron.b = b;
        neuron.dLossDW = new double[W.Length];
        neuron.dLossDb = 0;
        return neuron;
    }

    // ── ResetGrad ────────────────────────────────────────────────────────────────────────────────────────────

    static string CheckResetGrad()
    {
        try
        {
            foreach (int f in new[] { 1, 3 })
            {
                var neuron = With03(new double[f], 0);
                // Gradients as a Backward leaves them: not zero.
                for (int j = 0; j < f; j++)
                    neuron.dLossDW[j] = 0.5 + j;
                neuron.dLossDb = -1.25;
                double[] before = (double[])neuron.dLossDW.Clone();

                FromLibrary.Borrowed.Clear();
                neuron.ResetGrad();
                if (FromLibrary.Borrowed.Contains("ResetGrad"))
                    return NotDoneYet("ResetGrad", "FromLibrary.ResetGrad(this);");

                double[] after = neuron.dLossDW;
                if (after is null)
                    return "✘ After ResetGrad, dLossDW is null. Set every dLossDW[j] to 0 instead: Backward adds to " +
                           "that array, so it must keep one entry per weight.";
                if (after.Length != f)
                    return $"✘ After ResetGrad on a neuron with {f} weight(s), dLossDW has {after.Length} entries: it must " +
                           "keep one per weight. Set every dLossDW[j] to 0 for j < dLossDW.Length.";
                bool weightsCleared = after.All(g => g == 0);
                bool biasCleared = neuron.dLossDb == 0;
                if (weightsCleared && biasCleared)
                    continue;
                if (weightsCleared)
                    return $"✘ ResetGrad cleared dLossDW but not the bias: dLossDb is still {neuron.dLossDb}. Set dLossDb = 0 too.";
                if (biasCleared && after.SequenceEqual(before))
                    return $"✘ ResetGrad set dLossDb to 0 but left dLossDW as it was, {Show(after, "F6")}: set every dLossDW[j] to 0 too.";
                if (f > 1 && after[0] == 0 && after.Skip(1).SequenceEqual(before.Skip(1)))
                    return $"✘ Only dLossDW[0] was cleared, the others are still {Show(after, "F6")}: did you write dLossDW[0] " +
                           "instead of dLossDW[j], or stop the loop too early? A neuron can have many weights.";
                return $"✘ After ResetGrad, dLossDW = {Show(after, "F6")} and dLossDb = {neuron.dLossDb}: every one must be 0.";
            }
            return "✔ ResetGrad sets every dLossDW[j] and dLossDb to 0, on neurons with 1 and 3 weights.";
        }
        catch (Exception e)
        {
            return $"✘ ResetGrad threw {e.GetType().Name}: {e.Message}" +
                   (e is NullReferenceException ? " Is dLossDW null? Your constructor (notebook 1) makes it." : "");
        }
    }

    // ── Backward ─────────────────────────────────────────────────────────────────────────────────────────────

    // One comparison: a data set, parameters W and b, and the ∂L/∂ŷᵢ that Backward receives.
    record BackwardCase03(string Name, double[,] X, double[] W, double b, double[] DLossDYHat);

    static IEnumerable<BackwardCase03> BackwardCases03()
    {
        // The course data (1 feature), with ∂L/∂ŷ from the mean squared error as in the notebook.
        var (X, y) = Data.GetData();
        double[] W = new Neuron(1).Weights;
        var library = new Neuron(1) { Weights = (double[])W.Clone(), Bias = 0.25 };
        yield return new("course data", X, W, 0.25, Losses.DMeanSquaredErrorDPredictions(library.Forward(X), y));

        // Random shapes: several features, so a solution that only works for one feature shows.
        foreach (var (rows, features, seed) in new[] { (4, 2, 3), (6, 3, 5) })
        {
            var random = new Random(seed);
            double Next() => 4 * random.NextDouble() - 2;
            var Xr = new double[rows, features];
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < features; j++)
                    Xr[i, j] = Next();
            double[] Wr = Enumerable.Range(0, features).Select(_ => Next()).ToArray();
            double br = Next();
            double[] d = Enumerable.Range(0, rows).Select(_ => Next()).ToArray();
            yield return new($"random {rows}×{features} matrix (seed {seed})", Xr, Wr, br, d);
        }
    }

    static string CheckBackward()
    {
        // Does Backward still borrow? Asked with lastX and lastZ set here, so that it does not depend on your Forward.
        var probe = With03(new[] { 0.3 }, 0.1);
        probe.lastX = new double[,] { { 1.0 } };
        probe.lastZ = new[] { 0.4 };
        FromLibrary.Borrowed.Clear();
        try { probe.Backward(new[] { 0.5 }); } catch (Exception) { }
        if (FromLibrary.Borrowed.Contains("Backward"))
            return NotDoneYet("Backward", "FromLibrary.Backward(this, dLossDYHat);");

        foreach (var c in BackwardCases03())
        {
            int n = c.X.GetLength(0), f = c.X.GetLength(1);
            var library = new Neuron(f) { Weights = (double[])c.W.Clone(), Bias = c.b };
            double[] expectedYHat = library.Forward(c.X);
            library.Backward(c.DLossDYHat);
            double[] expectedW = (double[])library.WeightGradients.Clone();
            double expectedB = library.BiasGradient;

            var mine = With03(c.W, c.b);
            double[] yHat;
            try { yHat = mine.Forward(c.X); }
            catch (Exception e) { return $"✘ Your Forward (notebook 1) threw {e.GetType().Name}: {e.Message} Fix it first: Backward differentiates what Forward computed."; }
            if (!Near03(expectedYHat, yHat))
                return $"✘ On the {c.Name}, your Forward from notebook 1 gives wrong ŷ: fix it first (notebook 1's check " +
                       "says what is wrong). Backward differentiates what Forward computed.";
            if (mine.lastX is null || mine.lastZ is null)
                return "✘ After Forward, lastX or lastZ is null: did your Forward keep lastX and lastZ (notebook 1)? Backward needs them.";

            try { mine.Backward(c.DLossDYHat); }
            catch (Exception e) { return Threw03(e); }
            if (!Near03(expectedW, mine.dLossDW) || !Near03(expectedB, mine.dLossDb))
                return $"✘ On the {c.Name}, after Forward and one Backward: expected dLossDW = {Show(expectedW, "F6")}, " +
                       $"dLossDb = {expectedB:F6}; yours gave dLossDW = {Show(mine.dLossDW, "F6")}, dLossDb = {mine.dLossDb:F6}." +
                       Diagnose03(c, mine.dLossDW, mine.dLossDb, expectedW, expectedB);

            // A second Backward without ResetGrad must add the same gradients again.
            try { mine.Backward(c.DLossDYHat); }
            catch (Exception e) { return Threw03(e); }
            double[] twiceW = expectedW.Select(g => 2 * g).ToArray();
            if (!Near03(twiceW, mine.dLossDW) || !Near03(2 * expectedB, mine.dLossDb))
                return $"✘ One Backward is right, but after a second Backward without ResetGrad the gradients should have " +
                       $"doubled to dLossDW = {Show(twiceW, "F6")}, dLossDb = {2 * expectedB:F6}; yours are {Show(mine.dLossDW, "F6")}, " +
                       $"{mine.dLossDb:F6}." +
                       (Near03(expectedW, mine.dLossDW) && Near03(expectedB, mine.dLossDb)
                           ? " They were not doubled: does Backward replace the gradients (=, or a ResetGrad inside it) instead of adding (+=)? Clearing them is ResetGrad's job."
                           : "");
        }
        return "✔ Backward matches the library's Neuron on the course data and on random 4×2 and 6×3 matrices, and it adds: two calls give twice the gradients.";
    }

    static string Threw03(Exception e) =>
        $"✘ Backward threw {e.GetType().Name}: {e.Message}" + e switch
        {
            NullReferenceException => " Did your Forward keep lastX and lastZ (notebook 1)? Backward reads them.",
            IndexOutOfRangeException => " An index ran past the end of an array: rows are i < lastZ.Length, features " +
                                        "j < W.Length, and lastX[i, j] is row i, column j.",
            _ => "",
        };
}
