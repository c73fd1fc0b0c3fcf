using System.Text.RegularExpressions;

namespace NotebookRunner;

/// <summary>A NuGet package a cell asks for with <c>#r "nuget: Id[, Version]"</c>; a null version means the latest.</summary>
internal sealed record PackageRequest(string Id, string? Version)
{
    /// <summary>"Id Version" or "Id (latest)" for messages.</summary>
    public override string ToString() => Version is null ? $"{Id} (latest version)" : $"{Id} {Version}";
}

/// <summary>
/// A cell ready to hand to Roslyn: its language after a leading <c>#!</c> switch, and its code with the
/// <c>#!</c>, <c>#r "nuget:"</c> and <c>#i "nuget:"</c> lines blanked out (so compiler line numbers still match).
/// </summary>
internal sealed partial record PreparedCell(
    string Language, string Code, IReadOnlyList<PackageRequest> Packages, IReadOnlyList<string> PackageSources)
{
    [GeneratedRegex("""^\s*#r\s+"nuget:\s*(?<id>[^,"\s]+)\s*(,\s*(?<version>[^"]*?)\s*)?"\s*$""")]
    private static partial Regex NuGetReference();

    [GeneratedRegex("""^\s*#i\s+"nuget:\s*(?<source>[^"]+?)\s*"\s*$""")]
    private static partial Regex NuGetSource();

    [GeneratedRegex("""^#!(?<name>\S+)\s*$""")]
    private static partial Regex LanguageSwitch();

    /// <summary>Prepares a cell whose metadata says <paramref name="language"/>.</summary>
    public static PreparedCell From(string source, string language)
    {
        string[] lines = source.Replace("\r\n", "\n").Split('\n');
        var packages = new List<PackageRequest>();
        var sources = new List<string>();
        if (lines.Length > 0 && LanguageSwitch().Match(lines[0]) is { Success: true } magic)
        {
            language = CellLanguage.Normalize(magic.Groups["name"].Value);
            lines[0] = "";
        }
        if (language != CellLanguage.CSharp)
            return new PreparedCell(language, string.Join("\n", lines), packages, sources);
        for (int i = 0; i < lines.Length; i++)
        {
            if (NuGetReference().Match(lines[i]) is { Success: true } reference)
            {
                string version = reference.Groups["version"].Value;
                packages.Add(new PackageRequest(reference.Groups["id"].Value, version.Length == 0 ? null : version));
                lines[i] = "";
            }
            else if (NuGetSource().Match(lines[i]) is { Success: true } feed)
            {
                sources.Add(feed.Groups["source"].Value);
                lines[i] = "";
            }
        }
        return new PreparedCell(language, string.Join("\n", lines), packages, sources);
    }
}
