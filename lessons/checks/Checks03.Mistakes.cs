// Generated from notebooks/checks/Checks03.Mistakes.csx by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
// change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
// class, so the lesson calls them by their plain names, as the notebook does.

// Part of notebook 3's checks (Checks03.csx loads it): when your Backward gives other gradients than the library's,
// this works out what each known mistake WOULD give on the same data and names every one that matches yours.
// (It uses Near03 and BackwardCase03 from Checks03.csx.)

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;

partial class Program
{
    // What each known mistake would give, compared with what your Backward gave: the likely causes, or "".
    static string Diagnose03(BackwardCase03 c, double[] gotW, double gotB, double[] expectedW, double expectedB)
    {
        int n = c.X.GetLength(0), f = c.X.GetLength(1);
        double[] dLossDz = c.DLossDYHat;   // σ′(z) = 1 for the linear activation
        // Sums over the first `rows` rows only (a row loop that stops early), or over all n.
        double SumRows(int rows, Func<int, double> term) => Enumerable.Range(0, rows).Sum(term);
        double Sum(Func<int, double> term) => SumRows(n, term);
        double[] EachWeight(Func<int, double> weight) => Enumerable.Range(0, f).Select(weight).ToArray();
        bool GivesRows(int rows) =>
            Near03(EachWeight(j => SumRows(rows, i => dLossDz[i] * c.X[i, j])), gotW) && Near03(SumRows(rows, i => dLossDz[i]), gotB);
        var clues = new List<string>();

        if (Enumerable.Range(0, 3).Any(k => DSigmaDz(-1 + k) != 1))
            clues.Add("Your DSigmaDz from notebook 1 does not return 1 for the linear activation: fix it first.");
        if (Near03(expectedW.Select(g => -g).ToArray(), gotW) && Near03(-expectedB, gotB))
            clues.Add("Right size, wrong sign: did you subtract (-=) or put a minus in front? dLossDYHat already carries the sign of ŷ − y.");
        if (Near03(expectedW.Select(g => g / n).ToArray(), gotW) && Near03(expectedB / n, gotB))
            clues.Add($"Your gradients are exactly n = {n} times too small: dLossDYHat already includes the 1/n of the mean " +
                      "(DMseDYHat's 2/n), so do not divide by n again.");

        // The row loop over the wrong count: lastX.GetLength(1) is the number of features (columns), not of rows.
        if (f < n && GivesRows(f))
            clues.Add($"Only the first {(f == 1 ? "row" : $"{f} rows")} of {n} counted: did you loop the rows up to " +
                      $"lastX.GetLength(1)? That is the number of features (columns), {f} here. The rows are i < lastZ.Length.");
        if (n > 1 && GivesRows(n - 1))
            clues.Add("The last row is left out: does your row loop stop one short (i < lastZ.Length - 1)? The rows are " +
                      "i = 0 … n − 1, so i < lastZ.Length.");

        if (!Near03(expectedW, gotW))
        {
            if (Near03(EachWeight(j => Sum(i => dLossDz[i])), gotW))
                clues.Add("Every dLossDW[j] equals the bias's gradient: did you forget the x factor in dL/dw? ∂zᵢ/∂wⱼ = lastX[i, j].");
            if (f > 1 && Near03(EachWeight(j => Sum(i => dLossDz[i] * c.X[i, 0])), gotW))
                clues.Add("Every dLossDW[j] is what dLossDW[0] should be: did you use only the first feature, lastX[i, 0], for every j? It is lastX[i, j].");
            if (Near03(EachWeight(j => dLossDz[n - 1] * c.X[n - 1, j]), gotW))
                clues.Add("dLossDW holds only the last row's part: did you write dLossDW[j] = … instead of +=? The gradient adds up every row.");
        }
        if (!Near03(expectedB, gotB))
        {
            if (gotB == 0)
                clues.Add("dLossDb is 0: add dLossDz to dLossDb for every row (∂zᵢ/∂b = 1).");
            else if (f > 1 && Near03(f * expectedB, gotB))
                clues.Add($"dLossDb is exactly f = {f} times too big, one dLossDz per weight: is `dLossDb += …` inside the loop " +
                          "over j? It belongs after that loop, once per row. (With one feature both give the same, so the " +
                          "course data could not tell.)");
            else if (Near03(Sum(i => dLossDz[i] * c.X[i, 0]), gotB))
                clues.Add("dLossDb got an x factor: ∂zᵢ/∂b = 1, so add dLossDz alone.");
            else if (Near03(dLossDz[n - 1], gotB))
                clues.Add("dLossDb holds only the last row's part: did you write dLossDb = … instead of +=?");
        }
        return clues.Count == 0 ? "" : " " + string.Join(" Or: ", clues);
    }
}
