// Generated from notebooks/checks/Checks01.csx by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
// change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
// class, so the lesson calls them by their plain names, as the notebook does.

// The checks of notebook 1: your σ, constructor and Forward in MyNeuron.csx, compared with the course library.
// Each check loads your file afresh (the #load below), runs your code on the course data and on random matrices, and
// returns one verdict: ✔, or ✘ with the likely cause. It computes what each common mistake WOULD give and compares.
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
    static bool Same01(double[] a, double[] b, double tolerance = 1e-9) =>
        a.Length == b.Length && a.Zip(b, (p, q) => Math.Abs(p - q) <= tolerance).All(ok => ok);

    // ── σ, dσ/dz and the constructor ────────────────────────────────────────────────────────────────────────────
    static string CheckConstructor()
    {
        FromLibrary.Borrowed.Clear();
        try
        {
            Sigma(0.5); DSigmaDz(0.5);
            new MyNeuron(2, 7);
        }
        catch (Exception e)
        {
            return $"✘ new MyNeuron(2, 7) or Sigma threw {e.GetType().Name}: {e.Message}";
        }
        if (FromLibrary.Borrowed.Contains("Sigma")) return NotDoneYet("Sigma", "FromLibrary.Sigma(z)");
        if (FromLibrary.Borrowed.Contains("DSigmaDz")) return NotDoneYet("DSigmaDz", "FromLibrary.DSigmaDz(z)");
        if (FromLibrary.Borrowed.Contains("constructor"))
            return NotDoneYet("The constructor", "FromLibrary.Initialize(this, featureCount, seed);");

        // σ(z) = z and dσ/dz = 1, at a few z.
        foreach (double z in new[] { -2.5, 0.0, 0.3, 4.0 })
        {
            if (Sigma(z) != z)
                return $"✘ Sigma({z}) should be {z} (the linear activation leaves z unchanged), but it is {Sigma(z)}."
                    + (Sigma(z) == 1 ? " Did you swap Sigma and DSigmaDz?" : "");
            if (DSigmaDz(z) != 1)
                return $"✘ DSigmaDz({z}) should be 1 (the slope of σ(z) = z), but it is {DSigmaDz(z)}."
                    + (DSigmaDz(z) == z ? " Did you swap Sigma and DSigmaDz?" : "");
        }

        foreach (int seed in new[] { 0, 7 })
            foreach (int f in new[] { 1, 2, 3 })
            {
                string made = $"new MyNeuron({f}, {seed})";
                MyNeuron mine;
                try { mine = new MyNeuron(f, seed); }
                catch (Exception e) { return $"✘ {made} threw {e.GetType().Name}: {e.Message}"; }
                double[] expected = new Neuron(f, seed).Weights;   // the library's starting weights for this seed
                if (mine.W is null) return $"✘ After {made}, W is null: create it with W = new double[featureCount].";
                if (mine.W.Length != f)
                    return $"✘ After {made}, W has {mine.W.Length} weights, but a neuron for {f} feature(s) needs {f}: one per feature.";
                if (!Same01(mine.W, expected, 0))
                {
                    string said = $"✘ {made}: W should be {Show(expected)} (as new Neuron({f}, {seed}).Weights), but it is {Show(mine.W)}.";
                    if (mine.W.All(w => w == 0))
                        return said + " Every weight is 0: did you forget to fill W with random.NextDouble() − 0.5?";
                    if (Same01(mine.W.Select(w => w - 0.5).ToArray(), expected))
                        return said + " Every weight is 0.5 too big, in [0, 1): did you forget the − 0.5?";
                    if (!Same01(new MyNeuron(f, seed).W, mine.W, 0))
                        return said + " Two neurons made with the same seed differ: did you write new Random() without the seed? Use new Random(seed).";
                    if (f > 1 && mine.W.All(w => w == mine.W[0]) && mine.W[0] == expected[0])
                        return said + " Every weight is the same first draw: did you create new Random(seed) inside the loop? Create it once, before the loop.";
                    if (seed != 0 && Same01(mine.W, new Neuron(f, 0).Weights, 0))
                        return said + " These are seed 0's weights: did you ignore the seed? Use new Random(seed).";
                    return said + " Make one new Random(seed), then W[j] = random.NextDouble() − 0.5 for j = 0, 1, …, f − 1, in that order.";
                }
                if (mine.b != 0) return $"✘ After {made}, b is {mine.b}; a new neuron's bias starts at 0.";
                if (mine.dLossDW is null)
                    return $"✘ After {made}, dLossDW is null: allocate it with dLossDW = new double[featureCount] (notebook 3's Backward adds to it).";
                if (mine.dLossDW.Length != f) return $"✘ After {made}, dLossDW has {mine.dLossDW.Length} entries; it needs one per weight, {f}.";
                if (mine.dLossDW.Any(g => g != 0) || mine.dLossDb != 0) return $"✘ After {made}, the gradients dLossDW and dLossDb should start at 0.";
            }
        return "✔ Sigma, DSigmaDz and your constructor are right: for 1, 2 and 3 features and seeds 0 and 7, W equals the library's "
            + "new Neuron(f, seed).Weights, b = 0 and dLossDW holds f zeros.";
    }

    // ── Forward ─────────────────────────────────────────────────────────────────────────────────────────────────
    // A random n × f matrix with entries in [−2, 2), from a fixed seed so that every run checks the same numbers.
    static double[,] RandomMatrix01(int n, int f, int seed)
    {
        var random = new Random(seed);
        var X = new double[n, f];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < f; j++)
                X[i, j] = Math.Round(4 * random.NextDouble() - 2, 2);
        return X;
    }

    // z of a neuron with weights W and bias b, or of one of the mistakes below.
    static double[] Z01(double[,] X, double[] W, double b, Func<int, int, double> term)
    {
        var z = new double[X.GetLength(0)];
        for (int i = 0; i < z.Length; i++)
        {
            z[i] = b;
            for (int j = 0; j < W.Length; j++)
                z[i] += term(i, j);
        }
        return z;
    }

    static string CheckForward()
    {
        var cases = new (string Name, double[,] X, double[] W, double b)[]
        {
            ("the course data (30 × 1)", Data.GetData().X, new[] { 0.7 }, -0.3),
            ("a random 4 × 2 matrix", RandomMatrix01(4, 2, 1), new[] { 0.3, -1.2 }, 0.8),
            ("a random 5 × 3 matrix", RandomMatrix01(5, 3, 2), new[] { 0.3, -1.2, 2.0 }, -0.7),
        };
        FromLibrary.Borrowed.Clear();
        foreach (var (name, X, W, b) in cases)
        {
            int n = X.GetLength(0), f = X.GetLength(1);
            double[] expected = new Neuron(f) { Weights = (double[])W.Clone(), Bias = b }.Forward(X);
            MyNeuron mine;
            try { mine = new MyNeuron(f); }
            catch (Exception e) { return $"✘ new MyNeuron({f}) threw {e.GetType().Name}: fix the constructor first (the check above)."; }
            mine.W = (double[])W.Clone();
            mine.b = b;
            double[] got;
            try { got = mine.Forward(X); }
            catch (IndexOutOfRangeException)
            {
                return $"✘ On {name}, Forward threw IndexOutOfRangeException: an index ran past the end of an array. Rows i go up to "
                    + "X.GetLength(0) − 1, features j up to X.GetLength(1) − 1, and W has one weight per feature: W[j], X[i, j].";
            }
            catch (Exception e) { return $"✘ On {name}, Forward threw {e.GetType().Name}: {e.Message}"; }
            if (FromLibrary.Borrowed.Contains("Forward"))
                return NotDoneYet("Forward", "return FromLibrary.Forward(this, X);");
            if (got is null || got.Length != n)
                return $"✘ On {name}: expected {n} predictions (one per row of X), got {got?.Length.ToString() ?? "null"}.";
            if (!Same01(got, expected))
            {
                int row = Enumerable.Range(0, n).First(i => !(Math.Abs(got[i] - expected[i]) <= 1e-9));
                string said = $"✘ On {name} with W = {Show(W)} and b = {b}, row {row}: expected ŷ = {expected[row]:F4}, got {got[row]:F4}.";
                var clues = new List<string>();
                double[] sums = Z01(X, W, 0, (i, j) => W[j] * X[i, j]);   // Σⱼ W[j]·X[i, j], without b
                if (Same01(got, sums))
                    clues.Add("Every row is off by exactly b: did you forget to add the bias?");
                if (f > 1 && Same01(got, Z01(X, W, 0, (i, j) => W[j] * X[i, j] + b)))
                    clues.Add($"Every row is off by (f − 1)·b = {(f - 1) * b}: did you add the bias inside the feature loop? "
                        + "Then it is added once per feature. With 1 feature that looks right; add b once per row.");
                if (Same01(got, Z01(X, W, b, (i, j) => W[j] * X[i, j] + b)))
                    clues.Add("Every row has f extra b's: did you add the bias inside the feature loop as well as at the start? Add b once per row.");
                double[] runningB = new double[n], runningSums = new double[n];
                for (int i = 0; i < n; i++)
                {
                    runningB[i] = (i > 0 ? runningB[i - 1] : b) + sums[i];             // z = b once, never reset
                    runningSums[i] = (i > 0 ? runningSums[i - 1] : 0) + expected[i];   // z = 0 once, += b + … per row
                }
                if (n > 1 && (Same01(got, runningB) || Same01(got, runningSums)))
                    clues.Add("Row i includes the previous rows' sums: did you reset z for each row? Start z at b inside the row loop.");
                if (f > 1 && Same01(got, Z01(X, W, b, (i, j) => j == 0 ? W[0] * X[i, 0] : 0)))
                    clues.Add("That is ŷ from the first feature only: does the feature loop run over every j up to X.GetLength(1)?");
                // A feature loop that stops one short (j < f − 1) skips the last feature; with 1 feature it skips them all,
                // so every row is just b. Tested before the "same value" clue below, which that would also trigger.
                bool stopsShort = Same01(got, Z01(X, W, b, (i, j) => j < f - 1 ? W[j] * X[i, j] : 0));
                if (stopsShort)
                    clues.Add((f == 1 ? "Every row is just b, as if there were no feature" : "That is ŷ without the last feature")
                        + ": does the feature loop stop one short? j < X.GetLength(1) − 1 skips the last feature (with 1 feature, "
                        + "every feature); loop while j < X.GetLength(1).");
                if (!stopsShort && n > 1 && got.All(v => Math.Abs(v - got[0]) <= 1e-12))
                    clues.Add("Every row has the same value: did you use one example (a stale variable, or row 0) for every row, "
                        + "instead of X[i, j] for row i?");
                return said + (clues.Count > 0 ? " " + string.Join(" Or: ", clues) : " Compute zᵢ = Σⱼ W[j]·X[i, j] + b for each row i, then ŷᵢ = Sigma(zᵢ).");
            }
            if (mine.lastX is null || mine.lastZ is null)
                return $"✘ Forward's predictions are right, but it did not keep {(mine.lastX is null ? "lastX" : "lastZ")}: "
                    + "store lastX = X and lastZ = z before returning. Notebook 3's Backward needs them.";
            bool sameX = object.ReferenceEquals(mine.lastX, X)
                || (mine.lastX.GetLength(0) == n && mine.lastX.GetLength(1) == f
                    && Enumerable.Range(0, n * f).All(k => mine.lastX[k / f, k % f] == X[k / f, k % f]));
            if (!sameX) return $"✘ On {name}, lastX is not the X that Forward was given: store lastX = X.";
            // With σ(z) = z the values of z and ŷ agree, but they must not be one array: Backward needs z as it was.
            if (object.ReferenceEquals(mine.lastZ, got))
                return $"✘ On {name}, the predictions are right, but lastZ is the very array Forward returned as ŷ (lastZ = yHat). "
                    + "Notebook 3's Backward needs z, and a caller who changes ŷ would change your lastZ with it: keep z in its "
                    + "own array, and store lastZ = z.";
            if (!Same01(mine.lastZ, expected))
                return $"✘ On {name}, lastZ should hold the {n} values zᵢ = Σⱼ W[j]·X[i, j] + b of this Forward, but it is {Show(mine.lastZ)}.";
        }
        return "✔ Your Forward agrees with the library's Neuron.Forward on the course data and on random 4 × 2 and 5 × 3 matrices, "
            + "and keeps lastX and lastZ for notebook 3.";
    }
}
