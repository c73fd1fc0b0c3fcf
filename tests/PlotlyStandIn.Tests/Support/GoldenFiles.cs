using System.Text.RegularExpressions;

namespace PlotlyStandIn.Tests.Support;

/// <summary>Reads the golden reference: case names, their files, and the not-compiling table of index.md.</summary>
internal static partial class GoldenFiles
{
    /// <summary>Stands for "the golden folder is missing" in theory data, so the test fails with a clear message.</summary>
    public const string Missing = "(golden folder missing)";

    /// <summary>Every golden case name (a NAME.csx with NAME.json beside it), sorted.</summary>
    public static string[] CaseNames() => CsxNames(RepositoryPaths.GoldenFolder);

    /// <summary>Every not-compiling snippet name, sorted.</summary>
    public static string[] SnippetNames() => CsxNames(Path.Combine(RepositoryPaths.GoldenFolder, "not-compiling"));

    /// <summary>Theory data: one row per golden case (or one failing row when the folder is missing).</summary>
    public static TheoryData<string> Cases() => Rows(CaseNames());

    /// <summary>Theory data: one row per not-compiling snippet (or one failing row when the folder is missing).</summary>
    public static TheoryData<string> NotCompiling() => Rows(SnippetNames());

    /// <summary>The text of a golden file (path relative to the golden folder).</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryPaths.RequireGoldenFolder(), relativePath));

    /// <summary>Whether a golden file exists.</summary>
    public static bool Has(string relativePath) => File.Exists(Path.Combine(RepositoryPaths.RequireGoldenFolder(), relativePath));

    /// <summary>The error code index.md's table gives for a not-compiling snippet, e.g. "CS0411".</summary>
    public static string ExpectedError(string snippet)
    {
        var row = Read("index.md").Split('\n').FirstOrDefault(line => line.StartsWith($"| `{snippet}` |", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"index.md has no not-compiling table row for '{snippet}'.");
        return ErrorCode().Match(row) is { Success: true } match
            ? match.Groups[1].Value
            : throw new Xunit.Sdk.XunitException($"index.md's row for '{snippet}' names no CS error code: {row}");
    }

    /// <summary>HTML with the per-call Guid replaced, as index.md says to compare.</summary>
    public static string Normalise(string html) => RenderFunction().Replace(GuidText().Replace(html, "GUID"), "renderPlotly_GUID");

    private static string[] CsxNames(string folder) => Directory.Exists(folder)
        ? Directory.GetFiles(folder, "*.csx").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToArray()
        : [];

    private static TheoryData<string> Rows(string[] names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names.Length == 0 ? [Missing] : names)
        {
            data.Add(name);
        }

        return data;
    }

    [GeneratedRegex(@"`(CS\d{4}):")]
    private static partial Regex ErrorCode();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidText();

    [GeneratedRegex("renderPlotly_[0-9a-f]{32}")]
    private static partial Regex RenderFunction();
}
