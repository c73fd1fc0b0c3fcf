using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LessonGenerator.Scripts;

/// <summary>One code cell read as the C# script submission it is in the kernel: its syntax and its semantic model.</summary>
/// <param name="Id">The cell's id.</param>
/// <param name="Tree">The cell parsed as a script.</param>
/// <param name="Model">What the names in the cell bind to (names from earlier cells stay unresolved).</param>
public sealed record ScriptCell(string Id, SyntaxTree Tree, SemanticModel Model);

/// <summary>
/// The code cells of one notebook, each compiled as a C# script the way the .NET Interactive C# kernel parses and binds
/// it (script syntax, the kernel's default imports, <c>#load</c> of the shared .csx files, the course library). Each
/// cell is compiled on its own: Roslyn chains only error-free submissions, and the chart packages are not available
/// offline. So a name a cell takes from an earlier cell stays unresolved here; <see cref="NameClashes"/> resolves it
/// the way the kernel does, to the latest earlier cell that declares it. Nothing is emitted or run.
/// </summary>
public static class ScriptCells
{
    /// <summary>The namespaces the C# kernel imports by default (tools/NotebookRunner imports the same).</summary>
    public static readonly IReadOnlyList<string> DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    /// <summary>Script parse options: the form the kernel parses cells and loaded files in.</summary>
    public static readonly CSharpParseOptions ScriptParse =
        CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>Compiles each code cell of a notebook in <paramref name="notebooksFolder"/> as a script.</summary>
    public static IReadOnlyList<ScriptCell> Compile(
        string notebooksFolder, string notebookName, IEnumerable<(string Id, string Source)> codeCells)
    {
        notebooksFolder = Path.GetFullPath(notebooksFolder);
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            usings: DefaultImports,
            sourceReferenceResolver: new SourceFileResolver(ImmutableArray<string>.Empty, notebooksFolder),
            nullableContextOptions: NullableContextOptions.Disable);
        var cells = new List<ScriptCell>();
        foreach (var (id, source) in codeCells)
        {
            // A path in the notebooks' folder: #load "MyNeuron.csx" resolves as it does beside the notebook.
            string path = Path.Combine(notebooksFolder, $"{notebookName}.{id}.csx");
            var tree = CSharpSyntaxTree.ParseText(source, ScriptParse, path);
            var compilation = CSharpCompilation.CreateScriptCompilation(
                $"{notebookName}-{cells.Count}", tree, References.Value, options, returnType: typeof(object));
            cells.Add(new ScriptCell(id, tree, compilation.GetSemanticModel(tree)));
        }
        return cells;
    }

    // The runtime's own assemblies (the cells' framework) and the course library with its checks.
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(NeuronFromScratch.Neuron).Assembly.Location)
            .Append(typeof(NeuronFromScratch.Course.Verdict).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList());
}
