namespace Lessons.Tests.Running;

/// <summary>Compares two printouts line by line and says where they first differ.</summary>
internal static class SameText
{
    public static void Assert(string expected, string actual, string what)
    {
        string[] want = expected.Split('\n'), got = actual.Split('\n');
        int line = Enumerable.Range(0, Math.Min(want.Length, got.Length)).FirstOrDefault(i => want[i] != got[i], -1);
        if (line < 0 && want.Length == got.Length)
            return;
        line = line < 0 ? Math.Min(want.Length, got.Length) : line;
        Xunit.Assert.Fail($"{what} differs from its notebook's output at line {line + 1} (of {want.Length} expected, {got.Length} printed):\n" +
            $"notebook: {(line < want.Length ? want[line] : "(ends)")}\nlesson:   {(line < got.Length ? got[line] : "(ends)")}\n" +
            $"--- the lesson printed ---\n{actual}");
    }
}
