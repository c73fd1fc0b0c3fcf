// Generated from notebooks/setup/Print.csx by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
// change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
// class, so the lesson calls them by their plain names, as the notebook does.

// Print($"…") writes a line like Console.WriteLine, but always with '.' as the decimal point (and no thousands
// separators), whatever language your computer is set to, so the numbers look exactly as the text quotes them.
// (Console.WriteLine($"{x:F2}") would print 0,50 instead of 0.50 on, say, a German system.)

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;
using System.Globalization;

partial class Program
{
    /// <summary>Writes the text and a new line, formatting every number in it the same way in every culture.</summary>
    static void Print(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes an empty line.</summary>
    static void Print() => Console.WriteLine();

    /// <summary>
    /// Runs a check and writes its verdict, with every number in it formatted the same way in every culture:
    /// <c>Print(CheckForward)</c>.
    /// </summary>
    static void Print(Func<string> check)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try { Console.WriteLine(check()); }
        finally { CultureInfo.CurrentCulture = culture; }
    }
}
