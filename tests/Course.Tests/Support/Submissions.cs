using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NeuronFromScratch.Course;

namespace Course.Tests;

/// <summary>
/// Learner code as the kernel would run it, compiled once for the whole test run: MyNeuron.csx files and answers to
/// in-notebook exercises, each wrapped in a class of its own, all in one compilation (one compile for a hundred
/// submissions). A submission is then its class: <see cref="Yours"/> for a MyNeuron, <see cref="Function{T}"/> for an answer.
/// </summary>
internal static partial class Submissions
{
    // The setup cell's usings, which every notebook cell sees.
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using NeuronFromScratch;
        using NeuronFromScratch.Course;
        using static NeuronFromScratch.Activations;
        using static NeuronFromScratch.Losses;
        using static NeuronFromScratch.Data;
        """;

    // What an exercise's cells can use besides its answer: notebook 3's x of section 3 (example 20's feature), and
    // notebook 6's helpers (Column, AsColumn, Rows) as its data cell defines them, from the first to the Print after them.
    private static readonly string NotebookHelpers = "double x = NeuronFromScratch.Data.GetData().X[20, 0];\n" + Notebook6Helpers();

    private static string Notebook6Helpers()
    {
        string data = CourseNotebooks.Cells("06-network.ipynb").Single(cell => cell.Id == "data").Source;
        int from = data.IndexOf("double[] Column(", StringComparison.Ordinal);
        int to = data.IndexOf("Print(", Math.Max(from, 0), StringComparison.Ordinal);
        return from >= 0 && to > from ? data[from..to]
            : throw new InvalidOperationException("Notebook 6's data cell no longer defines Column(…) before a Print: update Submissions.NotebookHelpers.");
    }

    // Every piece of code the tests run (Answers.AllCode), each with the name of its class, compiled on first use.
    private static readonly Lazy<(Dictionary<string, string> Names, Dictionary<string, Type> Types)> Compiled = new(Compile);

    /// <summary>The name of the class that holds <paramref name="code"/> (one of <see cref="Answers.AllCode"/>).</summary>
    public static string Name(string code) =>
        Compiled.Value.Names.TryGetValue(code, out var name) ? name
        : throw new InvalidOperationException("This code is not among the submissions compiled for the tests (Answers.AllCode).");

    /// <summary>The YourNeuron of a MyNeuron submission: its static <c>Yours</c>.</summary>
    public static YourNeuron Yours(string name) =>
        (YourNeuron)Type(name).GetProperty("Yours", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!.GetValue(null)!;

    /// <summary>The method <paramref name="method"/> of an answer submission, as a delegate of type <typeparamref name="T"/>.</summary>
    public static T Function<T>(string name, string method) where T : Delegate
    {
        var type = Type(name);
        var info = type.GetMethod(method, BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException($"{name} has no method {method}.");
        return (T)(info.IsStatic ? info.CreateDelegate(typeof(T)) : info.CreateDelegate(typeof(T), Activator.CreateInstance(type)));
    }

    private static Type Type(string name) =>
        Compiled.Value.Types.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"No submission {name}.");

    private static (Dictionary<string, string>, Dictionary<string, Type>) Compile()
    {
        var all = Answers.AllCode().Distinct().Select((code, k) => (Name: $"Submission{k:000}", Code: code)).ToList();
        var trees = all.Select(s => CSharpSyntaxTree.ParseText(Wrap(s.Name, s.Code), path: s.Name + ".cs")).ToList();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Verdict).Assembly.Location).Append(typeof(NeuronFromScratch.Neuron).Assembly.Location)
            .Distinct().Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Submissions", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
            throw new InvalidOperationException("The submissions do not compile:\n" + string.Join("\n",
                result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        var assembly = Assembly.Load(image.ToArray());
        return (all.ToDictionary(s => s.Code, s => s.Name), all.ToDictionary(s => s.Name, s => assembly.GetType(s.Name)!));
    }

    // A script as a class: its usings outside, #load and #r lines dropped, the rest the class's body.
    private static string Wrap(string name, string code)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n').Where(line => !Directive().IsMatch(line)).ToList();
        var usings = lines.Where(line => UsingLine().IsMatch(line)).ToList();
        var body = lines.Where(line => !UsingLine().IsMatch(line));
        return $"{Usings}\n{string.Join("\n", usings)}\npublic sealed class {name}\n{{\n{NotebookHelpers}\n{string.Join("\n", body)}\n}}\n";
    }

    [GeneratedRegex(@"^\s*#(load|r)\b")]
    private static partial Regex Directive();

    [GeneratedRegex(@"^using [\w.= ]+;\s*(//.*)?$")]
    private static partial Regex UsingLine();
}
