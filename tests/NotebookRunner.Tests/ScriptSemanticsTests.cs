using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace NotebookRunner.Tests;

/// <summary>The kernel's C# semantics: imports, state, references, working directory, display and values.</summary>
public sealed class ScriptSemanticsTests
{
    [Fact]
    public async Task Default_imports_let_a_cell_use_the_kernels_namespaces_without_usings()
    {
        var result = await Fixture.RunAsync("default-imports.ipynb");

        Assert.True(result.Succeeded, result.Cell(2).ErrorText);
        Assert.Equal("sorted: 1 2 3\n", result.Cell(2).StreamText());
    }

    [Fact]
    public async Task Variables_and_methods_carry_over_between_cells()
    {
        var result = await Fixture.RunAsync("state.ipynb");

        Assert.True(result.Succeeded, string.Join("\n", result.Cells.Select(c => c.ErrorText)));
        Assert.Equal("84\n", result.Cell(3).StreamText());
        Assert.Equal(["csharp", "markdown", "csharp"], result.Cells.Select(c => c.Language));
    }

    [Fact]
    public async Task Relative_references_resolve_against_the_notebooks_folder_which_is_the_working_directory()
    {
        using var temp = new TempFolder();
        string notebook = temp.CopyFixture("relative-reference.ipynb", "notebooks");
        EmitGreeterLibrary(Path.Combine(temp.Path, "lib", "Greeter.dll"));
        string before = Directory.GetCurrentDirectory();

        var result = await NotebookExecutor.RunFileAsync(notebook, new RunOptions());

        Assert.True(result.Succeeded, string.Join("\n", result.Cells.Select(c => c.ErrorText)));
        Assert.Equal("Hello, notebook!\nnotebooks\n", result.Cell(2).StreamText());
        Assert.Equal(before, Directory.GetCurrentDirectory());
    }

    [Fact]
    public async Task Display_adds_display_data_outputs_in_order_with_console_output_between_them()
    {
        var cell = (await Fixture.RunAsync("display.ipynb")).Cell(1);

        Assert.False(cell.Failed, cell.ErrorText);
        var kinds = cell.Outputs.Select(o => o!["output_type"]!.GetValue<string>()).ToList();
        Assert.Equal(["display_data", "stream", "display_data", "display_data"], kinds);
        var displays = cell.OfType("display_data");
        Assert.Equal("42", displays[0]["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal("[ 1, 2, 3 ]", displays[1]["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal("<b>bold</b>", displays[2]["data"]!["text/html"]!.GetValue<string>());
        Assert.Null(cell.Result());
    }

    [Fact]
    public async Task Only_a_final_expression_without_semicolon_and_with_a_value_becomes_an_execute_result()
    {
        var result = await Fixture.RunAsync("last-expression.ipynb");

        Assert.True(result.Succeeded, string.Join("\n", result.Cells.Select(c => c.ErrorText)));
        Assert.Equal("3", result.Cell(1).Result());
        Assert.Null(result.Cell(2).Result());
        Assert.Null(result.Cell(3).Result());
        Assert.Equal("void\n", result.Cell(3).StreamText());
        Assert.Equal((0.1 + 0.2).ToString("R", System.Globalization.CultureInfo.InvariantCulture), result.Cell(4).Result());
        Assert.StartsWith("[ 1, 2, 3, ", result.Cell(5).Result());
        Assert.EndsWith(", 20, ... ]", result.Cell(5).Result());
        Assert.Equal("<null>", result.Cell(6).Result());
        Assert.Null(result.Cell(7).Result());
        Assert.Single(result.Cell(7).OfType("display_data"));
        Assert.Null(result.Cell(8).Result());
    }

    [Fact]
    public async Task Execution_counts_number_the_code_cells_and_results_carry_their_count()
    {
        var result = await Fixture.RunAsync("state.ipynb");

        var cells = result.Executed["cells"]!.AsArray();
        Assert.Equal(1, cells[0]!["execution_count"]!.GetValue<int>());
        Assert.Null(cells[1]!["execution_count"]);
        Assert.Equal(2, cells[2]!["execution_count"]!.GetValue<int>());
        var counted = await Fixture.RunAsync("last-expression.ipynb");
        Assert.Equal(4, counted.Cell(4).OfType("execute_result")[0]["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Stdout_and_stderr_become_stream_outputs_in_the_order_written()
    {
        var cell = (await Fixture.RunAsync("console-output.ipynb")).Cell(1);

        var streams = cell.OfType("stream").Select(o => (o["name"]!.GetValue<string>(), o["text"]!.GetValue<string>())).ToList();
        Assert.Equal([("stdout", "out 1\n"), ("stderr", "err 1\n"), ("stdout", "out 2\n")], streams);
    }

    /// <summary>Compiles a one-class library so the test does not depend on any prebuilt DLL.</summary>
    private static void EmitGreeterLibrary(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var tree = CSharpSyntaxTree.ParseText(
            "namespace Fixture { public static class Greeter { public static string Greet(string who) => \"Hello, \" + who + \"!\"; } }");
        var compilation = CSharpCompilation.Create("Greeter", [tree],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emitted = compilation.Emit(path);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
    }
}
