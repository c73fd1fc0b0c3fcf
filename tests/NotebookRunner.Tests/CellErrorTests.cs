using System.Diagnostics;
using Xunit;

namespace NotebookRunner.Tests;

/// <summary>
/// Compile errors, exceptions and time-outs in the real kernel: an error output, and an error text that names the cell
/// as the notebook shows it (its section, its first comment) and the place in the code, in a #load-ed file too.
/// </summary>
public sealed class CellErrorTests(SharedKernel kernel) : IClassFixture<SharedKernel>
{
    [Fact]
    public async Task A_compile_error_names_the_section_the_cell_and_the_line_and_stops_the_run()
    {
        var result = await kernel.RunAsync("compile-error.ipynb");

        Assert.False(result.Succeeded);
        Assert.Equal(3, result.Cells.Count);
        var failed = result.Cell(3);
        Assert.Equal("compile-error.ipynb, section “2. Errors”, the cell “// uses a name nobody declared” (cell 3):\n" +
                     "line 3: error CS0103: The name 'undefinedName' does not exist in the current context", failed.ErrorText);
        var error = Assert.Single(failed.OfType("error"));
        Assert.Equal("CompilationError", (string?)error["ename"]);
        Assert.Contains("error CS0103", (string?)error["evalue"]);
    }

    [Fact]
    public async Task With_continue_on_error_later_cells_run_with_the_state_from_before_the_error()
    {
        var result = await kernel.RunAsync("compile-error.ipynb", new RunOptions { ContinueOnError = true });

        Assert.Equal(4, result.Cells.Count);
        Assert.False(result.Cell(4).Failed, result.Cell(4).ErrorText);
        Assert.Equal("after 1\n", result.Cell(4).StreamText());
    }

    [Fact]
    public async Task A_runtime_exception_names_its_type_and_message_and_keeps_the_output_before_it()
    {
        var result = await kernel.RunAsync("runtime-exception.ipynb");

        var failed = Assert.Single(result.Cells);
        Assert.StartsWith("runtime-exception.ipynb, the cell “Console.WriteLine(\"started\");” (cell 1):\n" +
                          "System.InvalidOperationException: boom\n", failed.ErrorText);
        Assert.Equal("started\n", failed.StreamText());
        Assert.Equal("System.InvalidOperationException", (string?)Assert.Single(failed.OfType("error"))["ename"]);
    }

    [Fact]
    public async Task Errors_inside_a_loaded_file_name_that_file_and_its_line()
    {
        using var temp = new TempFolder();
        temp.Write("nb/scripts/Helpers.csx", "// helpers\nstatic int Boom(int x)\n{\n    if (x > 1) throw new InvalidOperationException(\"boom at \" + x);\n    return x;\n}\n");
        temp.Write("nb/scripts/Broken.csx", "static int Oops() => undefinedName;\n");
        var notebook = NotebookDocument.Parse(File.ReadAllText(Fixture.PathOf("state.ipynb")), "loads.ipynb");
        var cells = notebook["cells"]!.AsArray();
        cells[0]!["source"] = "#load \"scripts/Helpers.csx\"\n";
        cells[2]!["source"] = "// calls Boom\nBoom(3);\n";
        cells.Add(cells[2]!.DeepClone());
        cells[3]!["source"] = "#load \"scripts/Broken.csx\"\n";
        cells[3]!["id"] = "c4";

        var result = await NotebookExecutor.RunAsync(notebook, Path.Combine(temp.Path, "nb"), "loads.ipynb", new RunOptions { ContinueOnError = true });

        // The kernel's stack trace names the method; the runner finds where the loaded file declares it.
        Assert.StartsWith("loads.ipynb, the cell “// calls Boom” (cell 3):\nSystem.InvalidOperationException: boom at 3\n" +
                          "   in Boom, declared in scripts/Helpers.csx, line 2\n", result.Cell(3).ErrorText);
        // The compiler names the file; the runner shows its path from the notebook, and the line.
        Assert.Equal("loads.ipynb, the cell “#load \"scripts/Broken.csx\"” (cell 4):\n" +
                     "scripts/Broken.csx, line 1: error CS0103: The name 'undefinedName' does not exist in the current context", result.Cell(4).ErrorText);
    }

    [Fact]
    public async Task A_cell_past_the_time_limit_stops_the_kernel_and_the_run()
    {
        var clock = Stopwatch.StartNew();

        var result = await Fixture.RunAsync("timeout.ipynb", new RunOptions { CellTimeout = TimeSpan.FromSeconds(3), ContinueOnError = true });

        // The cell sleeps 30 s: finishing well before shows the runner did not wait for it.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"the run took {clock.Elapsed}");
        var failed = Assert.Single(result.Cells);
        Assert.EndsWith("The cell did not finish within 3 s, so the kernel was stopped; the notebook's later cells cannot run.", failed.ErrorText);
        Assert.Equal("KernelLost", (string?)Assert.Single(failed.OfType("error"))["ename"]);
    }

    [Fact]
    public async Task Each_cell_is_reported_on_the_progress_writer_a_failing_one_with_its_error()
    {
        var progress = new StringWriter();

        await kernel.RunAsync("compile-error.ipynb", new RunOptions { Progress = progress });

        var lines = progress.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^compile-error\.ipynb cell 1/4 \(code\) \d+\.\d\d s$", lines[0]);
        Assert.Matches(@"^compile-error\.ipynb cell 2/4 \(markdown\) \d+\.\d\d s$", lines[1]);
        Assert.Matches(@"^compile-error\.ipynb cell 3/4 \(code\) \d+\.\d\d s FAILED: compile-error\.ipynb, section “2\. Errors”", lines[2]);
        Assert.Equal("line 3: error CS0103: The name 'undefinedName' does not exist in the current context", lines[3]);
    }
}
