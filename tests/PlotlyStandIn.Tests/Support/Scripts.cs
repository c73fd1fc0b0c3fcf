using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Plotly.NET;

namespace PlotlyStandIn.Tests.Support;

/// <summary>
/// Runs notebook cells against the stand-in with Roslyn scripting, as the notebook runner does: the C# kernel's
/// default imports, the stand-in, FSharp.Core and Newtonsoft.Json referenced (what <c>#r "nuget: Plotly.NET.CSharp"</c>
/// maps to offline).
/// </summary>
internal static class Scripts
{
    /// <summary>The namespaces the .NET Interactive C# kernel imports by default (tools/NotebookRunner/ScriptSession.cs).</summary>
    private static readonly string[] KernelImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(typeof(GenericChart).Assembly, typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly,
            typeof(Newtonsoft.Json.JsonConvert).Assembly, typeof(Enumerable).Assembly)
        .WithImports(KernelImports)
        .WithLanguageVersion(LanguageVersion.CSharp12);

    /// <summary>Runs a cell and returns the value of its final expression.</summary>
    public static async Task<object?> RunAsync(string code)
    {
        var script = CSharpScript.Create<object>(code, Options);
        var errors = Errors(script.Compile());
        Assert.True(errors.IsEmpty, "the cell does not compile against the stand-in:\n" + string.Join("\n", errors));
        var state = await script.RunAsync();
        return state.ReturnValue;
    }

    /// <summary>The compile errors of a cell, in source order.</summary>
    public static ImmutableArray<Diagnostic> CompileErrors(string code) => Errors(CSharpScript.Create<object>(code, Options).Compile());

    private static ImmutableArray<Diagnostic> Errors(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
}
