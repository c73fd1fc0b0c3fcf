using System.Globalization;

namespace NeuronFromScratch.Course;

/// <summary>
/// The one way the checks compare numbers, and the one way they show them. Your code and the library may add the same
/// numbers in another order, so exact equality would fail right answers; a mistake changes a result far more than
/// rounding does.
/// </summary>
internal static class Numbers
{
    /// <summary>Relative tolerance: rounding in a sum of a few hundred terms stays far below it.</summary>
    public const double Relative = 1e-9;

    /// <summary>Absolute tolerance, for results that should be 0.</summary>
    public const double Absolute = 1e-12;

    /// <summary>
    /// Equal up to rounding: within <see cref="Relative"/> of the larger of the two, or <see cref="Absolute"/> near 0.
    /// Two infinities of one sign, or two NaNs, are equal too.
    /// </summary>
    public static bool Near(double a, double b) =>
        a.Equals(b) || Math.Abs(a - b) <= Relative * Math.Max(Math.Abs(a), Math.Abs(b)) + Absolute;

    /// <summary>Same length and <see cref="Near(double, double)"/> element by element; null is near nothing.</summary>
    public static bool Near(IReadOnlyList<double>? a, IReadOnlyList<double>? b) =>
        a is not null && b is not null && a.Count == b.Count && a.Zip(b, Near).All(near => near);

    /// <summary>Same shape and <see cref="Near(double, double)"/> entry by entry; null is near nothing.</summary>
    public static bool Near(double[,]? a, double[,]? b) =>
        a is not null && b is not null && a.GetLength(0) == b.GetLength(0) && a.GetLength(1) == b.GetLength(1)
        && Enumerable.Range(0, a.GetLength(0)).All(i => Enumerable.Range(0, a.GetLength(1)).All(j => Near(a[i, j], b[i, j])));

    /// <summary>
    /// A number as a verdict shows it: <paramref name="format"/> ("F4", "G6"), the same in every culture; a huge number
    /// (training that blew up) with 6 significant digits instead of all its digits.
    /// </summary>
    public static string Show(double value, string format = "G6") =>
        value.ToString(format.StartsWith('F') && Math.Abs(value) >= 1e6 ? "G6" : format, CultureInfo.InvariantCulture);

    /// <summary>An array as a verdict shows it: [0.1235, −2.0000] with <paramref name="format"/>, or "null".</summary>
    public static string Show(IEnumerable<double>? values, string format = "F4") =>
        values is null ? "null" : "[" + string.Join(", ", values.Select(v => Show(v, format))) + "]";

    /// <summary>A matrix's shape, "n × f".</summary>
    public static string Shape(double[,] matrix) => $"{matrix.GetLength(0)} × {matrix.GetLength(1)}";

    /// <summary>The first entry (row, column) where two matrices of one shape are not <see cref="Near(double, double)"/>;
    /// call it only when they differ.</summary>
    public static (int Row, int Column) FirstDifference(double[,] expected, double[,] got) =>
        Enumerable.Range(0, expected.GetLength(0)).SelectMany(i => Enumerable.Range(0, expected.GetLength(1)).Select(j => (i, j)))
            .First(p => !Near(expected[p.i, p.j], got[p.i, p.j]));
}
