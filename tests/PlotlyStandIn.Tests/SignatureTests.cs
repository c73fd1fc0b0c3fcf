using System.Reflection;
using Plotly.NET;
using PlotlyStandIn.Tests.Support;

namespace PlotlyStandIn.Tests;

/// <summary>
/// Every public method of the four types the shared reference covers (Reference/plotly-net-csharp-0.13.0.md, read from
/// the released assemblies) either matches a real signature line (as a prefix: trailing optional parameters may be
/// left out) or is listed below as not in the reference. The other types (StyleParam, LayoutObjects, …) are
/// mirrored from Plotly.NET's public source and checked by the golden cases and not-compiling snippets instead.
/// </summary>
public sealed class SignatureTests
{
    // The reference lists the chart functions and extensions of these four types only; their other public members
    // are mirrored from Plotly.NET's public source, the golden reference and its compiler messages.
    private static readonly string[] ReferenceTypes = { "GenericChart", "GenericChartExtensions", "CSharp.Chart", "CSharp.GenericChartExtensions" };

    private static readonly string[] NotInReference =
    {
        "GenericChart.toJson",
        "GenericChartExtensions.WithLegend", "GenericChartExtensions.WithLayout", "GenericChartExtensions.WithConfig",
        "GenericChartExtensions.WithMarginSize", "GenericChartExtensions.WithAnnotation", "GenericChartExtensions.WithAnnotations",
        "GenericChartExtensions.WithShape", "GenericChartExtensions.WithShapes", "GenericChartExtensions.WithSliders",
        "CSharp.Chart.Bar", "CSharp.Chart.Column", "CSharp.Chart.Histogram", "CSharp.Chart.Heatmap", "CSharp.Chart.SingleStack",
        "CSharp.GenericChartExtensions.GetLayout", "CSharp.GenericChartExtensions.GetTraces", "CSharp.GenericChartExtensions.WithLegend",
    };

    // C# cannot declare a parameter without a name; the real F# Show's parameter has none. No caller can name it.
    private static readonly Dictionary<string, string> KnownDeviations = new()
    {
        ["[Plotly.NET] static void GenericChartExtensions.Show(this GenericChart this)"] =
            "[Plotly.NET] static void GenericChartExtensions.Show(this GenericChart )",
    };

    private const int CutLength = 400;

    private static IReadOnlyList<string> ReferenceLines { get; } =
        File.ReadAllLines(RepositoryPaths.PlotlyReference).Where(l => l.StartsWith("[Plotly.NET", StringComparison.Ordinal)).ToArray();

    private static IEnumerable<MemberInfo> PublicMembers() =>
        typeof(GenericChart).Assembly.GetExportedTypes().SelectMany(t =>
            t.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } || m.Name.StartsWith("op_", StringComparison.Ordinal))
                .Where(m => m is not Type));

    private static string Key(MemberInfo member) => SignatureFormatter.TypeName(member.DeclaringType!) + "." + member.Name;

    private static bool InReference(MethodInfo method) =>
        ReferenceLines.Any(l => l.StartsWith(Head(SignatureFormatter.Method(method)), StringComparison.Ordinal));

    // "[ns] static Ret Type.Name<Args>(" identifies a member; overloads are told apart by their parameters.
    private static string Head(string signature) => signature[..(signature.IndexOf('(') + 1)];

    [Fact]
    public void ReferenceFileIsReadable() => Assert.True(ReferenceLines.Count >= 20, $"only {ReferenceLines.Count} signature lines found");

    [Fact]
    public void TheCommittedReferenceIsTheSharedOne()
    {
        // CI checks out the project with its shared/ folder beside it: a newer shared reference must be copied in.
        if (!File.Exists(RepositoryPaths.SharedPlotlyReference))
            return;
        Assert.True(
            File.ReadAllText(RepositoryPaths.SharedPlotlyReference) == File.ReadAllText(RepositoryPaths.PlotlyReference),
            $"{RepositoryPaths.SharedPlotlyReference} changed: copy it to {RepositoryPaths.PlotlyReference} and re-check the stand-in.");
    }

    [Fact]
    public void EveryMirroredMethodIsAPrefixOfItsReferenceLine()
    {
        var problems = new List<string>();
        foreach (var method in PublicMembers().OfType<MethodInfo>().Where(InReference))
        {
            var ours = SignatureFormatter.Method(method);
            var matched = KnownDeviations.TryGetValue(ours, out var expected)
                ? ReferenceLines.Contains(expected)
                : ReferenceLines.Any(line => PrefixMatches(ours, line));
            if (!matched)
            {
                problems.Add($"{ours}\n  expected a prefix of one of:\n  "
                    + string.Join("\n  ", ReferenceLines.Where(l => l.StartsWith(Head(ours), StringComparison.Ordinal))));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    [Fact]
    public void EveryOtherPublicMemberIsListedAsNotInTheReference()
    {
        var unlisted = PublicMembers()
            .Where(m => ReferenceTypes.Contains(SignatureFormatter.TypeName(m.DeclaringType!)))
            .Where(m => m is not MethodInfo method || !InReference(method))
            .Select(Key)
            .Where(key => !NotInReference.Contains(key))
            .ToArray();
        Assert.True(unlisted.Length == 0, "public members neither in the reference nor listed as exempt: " + string.Join(", ", unlisted));
    }

    [Fact]
    public void ExemptListHasNoStaleEntries()
    {
        var keys = PublicMembers().Select(Key).ToHashSet();
        var stale = NotInReference.Where(k => !keys.Contains(k)).ToArray();
        Assert.True(stale.Length == 0, "exempt entries matching no public member: " + string.Join(", ", stale));
    }

    [Fact]
    public void EveryChartFunctionTheConventionsAllowIsMirrored()
    {
        var mirrored = PublicMembers().OfType<MethodInfo>().Where(InReference).Select(SignatureFormatter.Method).Select(Head).ToHashSet();
        var required = new[]
        {
            "[Plotly.NET.CSharp] static GenericChart CSharp.Chart.Point<XType, YType, TextType>(",
            "[Plotly.NET.CSharp] static GenericChart CSharp.Chart.Line<XType, YType, TextType>(",
            "[Plotly.NET.CSharp] static GenericChart CSharp.Chart.Combine(",
            "[Plotly.NET] static GenericChart GenericChartExtensions.WithTitle(",
            "[Plotly.NET.CSharp] static GenericChart CSharp.GenericChartExtensions.WithXAxisStyle<MinType, MaxType, CategoryArrayType>(",
            "[Plotly.NET.CSharp] static GenericChart CSharp.GenericChartExtensions.WithYAxisStyle<MinType, MaxType, CategoryArrayType>(",
            "[Plotly.NET] static string GenericChart.toChartHTML(",
        };
        var missing = required.Where(r => !mirrored.Contains(r)).ToArray();
        Assert.True(missing.Length == 0, "not mirrored: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("[P] static void T.M(int a)", "[P] static void T.M(int a)", true)]
    [InlineData("[P] static void T.M(int a)", "[P] static void T.M(int a, int b = default)", true)]
    [InlineData("[P] static void T.M(int a)", "[P] static void T.M(int ab)", false)]
    [InlineData("[P] static void T.M(int a)", "[P] static void T.M(long a)", false)]
    public void PrefixMatchingRespectsParameterBoundaries(string ours, string line, bool expected) =>
        Assert.Equal(expected, PrefixMatches(ours, line));

    /// <summary>
    /// Ours may stop early (trailing optional parameters left out), but must end at a parameter boundary of the
    /// real line. A real line cut at 400 characters may instead be a prefix of ours.
    /// </summary>
    private static bool PrefixMatches(string ours, string line)
    {
        if (ours == line)
        {
            return true;
        }

        var open = ours[..^1];
        if (line.StartsWith(open, StringComparison.Ordinal) && line.Length > open.Length)
        {
            return line[open.Length] is ',' or ')';
        }

        return line.Length == CutLength && open.StartsWith(line, StringComparison.Ordinal);
    }
}
