// Generated from notebooks/checks/Common.csx by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
// change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
// class, so the lesson calls them by their plain names, as the notebook does.

// Helpers that several check files share, kept here once so that every notebook's checks say the same thing the same
// way. A check file loads this one with #load "Common.csx" (a file loaded twice in one cell is loaded once).
// Helpers that differ from one notebook to the next (other tolerances, other hints) stay in that notebook's file.

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;

partial class Program
{
    /// <summary>
    /// The verdict when a piece of MyNeuron.csx still calls the library (the starter's placeholder line): names the piece
    /// and the line to replace, so the learner knows the check did not even look at their code yet.
    /// </summary>
    static string NotDoneYet(string piece, string line) =>
        $"✘ Not done yet: {piece} still borrows the library's version (the line `{line}` in MyNeuron.csx). "
        + "Replace it with your code, save the file and run this cell again.";

    /// <summary>
    /// Equal up to rounding: relative 1e-9, and absolute <paramref name="floor"/> for numbers near 0. Your code and the
    /// library may add the same numbers in another order, so exact equality would fail right answers.
    /// (a.Equals(b) first, so that two infinities or two NaNs count as equal.)
    /// </summary>
    static bool Near(double a, double b, double floor) =>
        a.Equals(b) || Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b)) + floor;

    /// <summary>Near with the usual floor, 1e-12. (An overload, not a default, so that Near can be passed as a function.)</summary>
    static bool Near(double a, double b) => Near(a, b, 1e-12);

    /// <summary>
    /// An array as a verdict shows it: [0.1235, −2.0000] with <paramref name="format"/> ("F4": 4 decimals), or "null".
    /// </summary>
    static string Show(double[] values, string format = "F4") =>
        values is null ? "null" : "[" + string.Join(", ", values.Select(v => v.ToString(format))) + "]";

    /// <summary>
    /// Random numbers in [−1, 1): rows × columns, row by row, from <paramref name="random"/>. Pass a Random with a fixed
    /// seed so that every run checks the same case, and a learner who runs the check again sees the same verdict.
    /// </summary>
    static double[,] RandomMatrix(Random random, int rows, int columns)
    {
        var M = new double[rows, columns];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
                M[i, j] = 2 * random.NextDouble() - 1;
        return M;
    }
}
