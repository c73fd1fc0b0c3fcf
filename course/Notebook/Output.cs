using System.Globalization;

namespace NeuronFromScratch.Course;

/// <summary>
/// Print($"…") writes a line like Console.WriteLine, but always with '.' as the decimal point (and no thousands
/// separators), whatever language your computer is set to, so the numbers look exactly as the text quotes them.
/// (Console.WriteLine($"{x:F2}") would print 0,50 instead of 0.50 on, say, a German system.)
/// </summary>
public static class Output
{
    /// <summary>Writes the text and a new line, every number in it formatted the same way in every culture.</summary>
    public static void Print(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes an empty line.</summary>
    public static void Print() => Console.WriteLine();
}
