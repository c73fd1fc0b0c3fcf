using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace NotebookRunner;

/// <summary>A compiled cell: the script to run, its errors, and whether it ends in an expression whose value is shown.</summary>
internal sealed record CompiledCell(Script<object> Script, ImmutableArray<Diagnostic> Errors, bool HasValue);

/// <summary>
/// One Roslyn scripting session per notebook: each cell is a submission continuing the previous state,
/// so variables, methods and usings carry over, as in the .NET Interactive C# kernel.
/// </summary>
internal sealed class ScriptSession
{
    /// <summary>The namespaces the kernel imports by default.</summary>
    public static readonly IReadOnlyList<string> DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private readonly string directory;
    private readonly HashSet<string> referencedPaths = new(StringComparer.OrdinalIgnoreCase);
    private readonly ScriptGlobals globals = new();
    private ScriptOptions options;
    private ScriptState<object>? state;

    /// <summary>Starts a session whose relative <c>#r</c>/<c>#load</c> paths resolve against <paramref name="directory"/>.</summary>
    public ScriptSession(string directory)
    {
        this.directory = directory;
        options = ScriptOptions.Default
            .WithReferences(FrameworkReferences.All)
            .WithImports(DefaultImports)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(directory))
            .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(directory))
            // The course's C# version: notebooks must not use newer syntax than the library and the kernels accept.
            .WithLanguageVersion(LanguageVersion.CSharp12)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithAllowUnsafe(true);
    }

    /// <summary>References assemblies (restored packages, stand-ins) in this and later cells.</summary>
    public void AddReferences(IEnumerable<string> paths)
    {
        var added = paths.Select(Path.GetFullPath).Where(referencedPaths.Add).ToList();
        if (added.Count > 0)
            options = options.AddReferences(added.Select(path => MetadataReference.CreateFromFile(path)));
    }

    /// <summary>The pseudo file path of cell <paramref name="number"/>: stack traces and line numbers name it.</summary>
    public string CellPath(int number) => Path.Combine(directory, $"cell-{number}.csx");

    /// <summary>Compiles a cell as the next submission.</summary>
    public CompiledCell Compile(string code, int number)
    {
        var cellOptions = options.WithFilePath(CellPath(number));
        Script<object> script = state is null
            ? CSharpScript.Create<object>(code, cellOptions, typeof(ScriptGlobals))
            : state.Script.ContinueWith<object>(code, cellOptions);
        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (errors.IsEmpty)
        {
            try
            {
                // Emits and loads the submission now, so the cell timeout measures the cell's own run time.
                script.CreateDelegate();
            }
            catch (CompilationErrorException e)
            {
                errors = e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
            }
        }
        bool hasValue = errors.IsEmpty && EndsInValue(script.GetCompilation());
        return new CompiledCell(script, errors, hasValue);
    }

    /// <summary>True when the submission ends in an expression without a semicolon whose type is not void.</summary>
    private static bool EndsInValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.LastOrDefault();
        if (tree?.GetRoot() is not CompilationUnitSyntax unit
            || unit.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
            || !statement.SemicolonToken.IsMissing)
            return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    /// <summary>Runs a compiled cell; the exception a cell throws is returned in the state, not thrown.</summary>
    public async Task<ScriptState<object>> RunAsync(Script<object> script, CancellationToken ct)
    {
        var next = state is null
            ? await script.RunAsync(globals, _ => true, ct).ConfigureAwait(false)
            : await script.RunFromAsync(state, _ => true, ct).ConfigureAwait(false);
        state = next;
        return next;
    }
}
