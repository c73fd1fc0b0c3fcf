using System.Reflection;

namespace NeuronFromScratch.Course;

/// <summary>
/// The written-out MyNeuron (notebooks/solutions/MyNeuron.csx, built into this library): the one home of every piece's
/// solution. A piece's <c>Solution()</c> shows its part of that file.
/// </summary>
public static class Solutions
{
    /// <summary>The whole of solutions/MyNeuron.csx.</summary>
    public static string MyNeuron { get; } = Read();

    /// <summary>The part of solutions/MyNeuron.csx that is <paramref name="piece"/>: its declaration, whole.</summary>
    public static string Of(Piece piece) => Declaration(piece switch
    {
        Piece.Sigma => "static double Sigma(",
        Piece.DSigmaDz => "static double DSigmaDz(",
        Piece.Constructor => "public MyNeuron(",
        Piece.Forward => "public double[] Forward(",
        Piece.Mse => "static double Mse(",
        Piece.DMseDYHat => "static double[] DMseDYHat(",
        Piece.Backward => "public void Backward(",
        Piece.ResetGrad => "public void ResetGrad(",
        Piece.Step => "public void Step(",
        _ => "static List<double> Train(",
    });

    /// <summary>
    /// The declaration that starts with <paramref name="start"/> (at the start of a line, after indentation): to its
    /// semicolon when it is one line (=> …;), else to the brace that closes its body; unindented.
    /// </summary>
    internal static string Declaration(string start)
    {
        string[] lines = MyNeuron.Split('\n');
        int first = Array.FindIndex(lines, line => line.TrimStart().StartsWith(start, StringComparison.Ordinal));
        if (first < 0)
            throw new InvalidOperationException($"solutions/MyNeuron.csx has no line starting with “{start}”.");
        int last = first, depth = 0;
        bool opened = false;
        for (; last < lines.Length; last++)
        {
            foreach (char c in lines[last])
            {
                if (c == '{') { depth++; opened = true; }
                if (c == '}') depth--;
            }
            if ((opened && depth == 0) || (!opened && lines[last].TrimEnd().EndsWith(';')))
                break;
        }
        var body = lines[first..(last + 1)];
        int indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()).Select(l => l.TrimEnd()));
    }

    private static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MyNeuron.solution.csx")
            ?? throw new InvalidOperationException("The course library was built without solutions/MyNeuron.csx.");
        return new StreamReader(stream).ReadToEnd().Replace("\r\n", "\n");
    }
}
