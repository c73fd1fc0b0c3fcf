using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Plotly.NET;

namespace PlotlyStandIn.Tests.Support;

/// <summary>Compiles notebook-style C# script code against the stand-in, as the C# kernel would.</summary>
internal static class Snippets
{
    /// <summary>The header the course notebooks use.</summary>
    public const string CourseHeader = "using Plotly.NET;\nusing Plotly.NET.CSharp;\nusing Chart = Plotly.NET.CSharp.Chart;\n";

    /// <summary>Data the snippets plot.</summary>
    public const string Data = "var xs = new[] { 1.0, 2.0, 3.0 };\nvar ys = new[] { 2.0, 4.0, 6.0 };\n";

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        // The runtime's own assemblies plus the stand-in and FSharp.Core, like a kernel session with the packages loaded.
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Append(typeof(GenericChart).Assembly.Location)
            .Append(typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly.Location)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    });

    public static CSharpCompilation Compile(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(kind: SourceCodeKind.Script));
        return CSharpCompilation.CreateScriptCompilation(
            "Snippet",
            tree,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The ids of all compile errors, e.g. "CS0104".</summary>
    public static IReadOnlyList<string> ErrorIds(string code) =>
        Compile(code).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().ToArray();

    /// <summary>All compile errors as text, for assertion messages.</summary>
    public static string Errors(string code) =>
        string.Join("\n", Compile(code).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
}
