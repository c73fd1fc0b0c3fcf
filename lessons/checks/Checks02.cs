// Generated from notebooks/checks/Checks02.csx by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
// change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
// class, so the lesson calls them by their plain names, as the notebook does.

// The checks of notebook 2: your Mse and DMseDYHat in MyNeuron.csx, compared with the course library's Losses.
// Each check loads your file afresh (the #load below), runs your code on the notebook's four predictions, on the
// untrained neuron's 30 predictions and on random arrays of several lengths, and returns one verdict: ✔, or ✘ with the
// likely cause. It computes what each common mistake WOULD give and compares.
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
    static bool Close02(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    static bool Same02(double[] a, double[] b) => a.Length == b.Length && a.Zip(b, Close02).All(ok => ok);

    // Did the learner's function write into the arrays it was given? Compares its copies with the originals, exactly.
    // Null if both are untouched, else the ✘ verdict. The caller still needs ŷ and y afterwards (notebooks 3 and 4).
    static string ChangedInputs02(string function, string name, double[] yHatGiven, double[] yHat, double[] yGiven, double[] y,
        object returned = null)
    {
        foreach (var (given, original, which) in new[] { (yHatGiven, yHat, "yHat"), (yGiven, y, "y") })
        {
            int k = Enumerable.Range(0, original.Length).FirstOrDefault(i => given[i] != original[i], -1);
            if (k < 0) continue;
            string said = $"✘ On {name}, {function} changed the {which} array it was given: {which}[{k}] was {original[k]:G6}, "
                + $"afterwards it was {given[k]:G6}.";
            if (object.ReferenceEquals(returned, given))
                said += " It also returned that same array.";
            return said + (function == "Mse"
                ? " A loss only reads the predictions and the targets: compute each error in a local variable, do not write to them."
                : " Return a new array (var dLossDYHat = new double[n]) and do not overwrite yHat: the caller still needs its predictions.");
        }
        return null;
    }

    // The cases both checks use: (name, ŷ, y).
    static List<(string Name, double[] YHat, double[] Y)> Cases02()
    {
        var (X, y) = Data.GetData();
        var cases = new List<(string, double[], double[])>
        {
            ("the four predictions of section 1", new[] { 0.5, 0.646, 0.525, 0.668 }, new double[] { 0, 1, 1, 1 }),
            ("the untrained neuron's 30 predictions", new Neuron(1).Forward(X), y),
        };
        var random = new Random(2);   // a fixed seed: every run checks the same numbers
        foreach (int n in new[] { 3, 7, 12 })
            cases.Add(($"random arrays of length {n}",
                Enumerable.Range(0, n).Select(_ => Math.Round(4 * random.NextDouble() - 2, 3)).ToArray(),
                Enumerable.Range(0, n).Select(_ => Math.Round(4 * random.NextDouble() - 2, 3)).ToArray()));
        return cases;
    }

    // ── Mse: L = (1/n) Σᵢ (ŷᵢ − yᵢ)² ──────────────────────────────────────────────────────────────────────────────
    static string CheckMse()
    {
        FromLibrary.Borrowed.Clear();
        foreach (var (name, yHat, y) in Cases02())
        {
            int n = yHat.Length;
            double expected = Losses.MeanSquaredError(yHat, y);
            double got;
            double[] yHatGiven = (double[])yHat.Clone(), yGiven = (double[])y.Clone();   // copies: the case stays intact
            try { got = Mse(yHatGiven, yGiven); }
            catch (Exception e) { return $"✘ On {name}, Mse threw {e.GetType().Name}: {e.Message}"; }
            if (FromLibrary.Borrowed.Contains("Mse")) return NotDoneYet("Mse", "FromLibrary.Mse(yHat, y)");
            if (ChangedInputs02("Mse", name, yHatGiven, yHat, yGiven, y) is string changed) return changed;
            if (Close02(got, expected)) continue;

            string said = $"✘ On {name} (n = {n}): expected L = {expected:F6}, got {got:F6}.";
            double sum = expected * n;
            double[] errors = yHat.Zip(y, (p, t) => p - t).ToArray();
            var clues = new List<string>();
            if (Close02(got, sum)) clues.Add("That is n times too big: did you forget to divide by n (the 1/n of the mean)?");
            if (Close02(got, expected / 2)) clues.Add("That is half the loss: that is the ½ convention; this course's L has no ½.");
            if (Close02(got, errors.Average()))
                clues.Add("Errors of opposite sign cancelled: did you forget to square each error?");
            if (Close02(got, errors.Select(Math.Abs).Average()))
                clues.Add("That is the mean absolute error: square each error instead of taking Math.Abs.");
            if (Close02(got, Math.Sqrt(expected))) clues.Add("That is the square root of the MSE (the RMSE): leave out the root.");
            if (n > 1 && Close02(got, sum / (n - 1))) clues.Add("Did you divide by n − 1? The mean divides by n.");
            if (got == 0 && expected != 0) clues.Add("It is 0: did you write 1 / n? With two ints C# divides integers (1 / 4 is 0): write 1.0 / n.");
            return said + (clues.Count > 0 ? " " + string.Join(" Or: ", clues) : " Add up (ŷᵢ − yᵢ)² for every i, then divide by n.");
        }
        return "✔ Your Mse agrees with the library's MeanSquaredError on the four predictions, the untrained neuron's 30 "
            + "predictions and random arrays of 3, 7 and 12.";
    }

    // ── DMseDYHat: ∂L/∂ŷᵢ = (2/n)(ŷᵢ − yᵢ) ────────────────────────────────────────────────────────────────────────
    static string CheckDMse()
    {
        FromLibrary.Borrowed.Clear();
        foreach (var (name, yHat, y) in Cases02())
        {
            int n = yHat.Length;
            double[] expected = Losses.DMeanSquaredErrorDPredictions(yHat, y);
            double[] got;
            double[] yHatGiven = (double[])yHat.Clone(), yGiven = (double[])y.Clone();   // copies: the case stays intact
            try { got = DMseDYHat(yHatGiven, yGiven); }
            catch (IndexOutOfRangeException)
            {
                return $"✘ On {name}, DMseDYHat threw IndexOutOfRangeException: make the array one per prediction, new double[n], and loop i from 0 to n − 1.";
            }
            catch (Exception e) { return $"✘ On {name}, DMseDYHat threw {e.GetType().Name}: {e.Message}"; }
            if (FromLibrary.Borrowed.Contains("DMseDYHat")) return NotDoneYet("DMseDYHat", "FromLibrary.DMseDYHat(yHat, y)");
            if (ChangedInputs02("DMseDYHat", name, yHatGiven, yHat, yGiven, y, got) is string changed) return changed;
            if (got is null || got.Length != n)
                return $"✘ On {name}: expected {n} derivatives (one per prediction), got {got?.Length.ToString() ?? "null"}.";
            if (Same02(got, expected)) continue;

            int i = Enumerable.Range(0, n).First(k => !Close02(got[k], expected[k]));
            string said = $"✘ On {name} (n = {n}), at index {i}: expected ∂L/∂ŷ = {expected[i]:F6}, got {got[i]:F6}.";
            Func<Func<double, double>, bool> allAre = f => Same02(got, expected.Select(f).ToArray());
            var clues = new List<string>();
            if (allAre(d => n * d)) clues.Add("Every value is n times too big: did you forget the 1/n (divide by n)?");
            if (got.All(d => d == 0) && expected.Any(d => d != 0))
                clues.Add("Every derivative is 0: did you write 2 / n? With two ints C# divides integers (2 / 4 is 0): write 2.0 / n.");
            if (allAre(d => -d)) clues.Add("The sign is flipped: it is ŷ − y, not y − ŷ.");
            if (allAre(d => d / 2))
                clues.Add("Every value is half: did you forget the 2 of the square's derivative? (1/n)(ŷ − y) is the derivative of "
                    + "L/2: that is the ½ convention; this course's L has no ½, so its derivative keeps the 2.");
            if (allAre(d => d * n / 2)) clues.Add("That is ŷ − y alone: multiply by 2/n.");
            if (n > 1 && allAre(d => d * n / (n - 1))) clues.Add("Did you divide by n − 1? L is a mean over n.");
            return said + (clues.Count > 0 ? " " + string.Join(" Or: ", clues) : " Each entry is (2/n)(ŷᵢ − yᵢ), with n = yHat.Length.");
        }
        return "✔ Your DMseDYHat agrees with the library's DMeanSquaredErrorDPredictions on the four predictions, the "
            + "untrained neuron's 30 predictions and random arrays of 3, 7 and 12.";
    }
}
