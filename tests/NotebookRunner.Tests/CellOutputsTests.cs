using Xunit;

namespace NotebookRunner.Tests;

/// <summary>
/// The real kernel's events as nbformat outputs, the way its own Jupyter front end writes them: console text as streams,
/// display() as display_data, the last value as execute_result, compiler warnings as stderr text, nothing else.
/// </summary>
public sealed class CellOutputsTests(SharedKernel kernel) : IClassFixture<SharedKernel>
{
    [Fact]
    public async Task Console_writes_become_streams_in_the_order_written_with_one_stream_per_run_of_writes()
    {
        var cell = Assert.Single((await kernel.RunAsync("console-output.ipynb")).Cells);

        var streams = cell.OfType("stream").Select(o => ((string?)o["name"], (string?)o["text"])).ToList();
        Assert.Equal([("stdout", "out 1\n"), ("stderr", "err 1\n"), ("stdout", "out 2\n")], streams);
    }

    [Fact]
    public async Task Displays_are_display_data_between_the_console_text_around_them()
    {
        var cell = Assert.Single((await kernel.RunAsync("display.ipynb")).Cells);

        var kinds = cell.Outputs.Select(o => (string?)o!["output_type"]).ToList();
        Assert.Equal(["display_data", "stream", "display_data", "display_data"], kinds.Take(4));
        Assert.Equal("between\n", (string?)cell.OfType("stream")[0]["text"]);
        Assert.Equal("<b>bold</b>", (string?)cell.OfType("display_data")[2]["data"]!["text/html"]);
        // The pinned kernel warns CS1701 about its own assembly versions when a cell calls HTML(…): real output a
        // learner would see, which is why the course calls it only in a #load-ed file (setup/Kernel.csx).
        Assert.Contains(cell.Diagnostics, d => d.Contains("warning CS1701") && d.Contains("Microsoft.AspNetCore.Html.Abstractions"));
    }

    [Fact]
    public async Task The_last_value_of_a_cell_is_its_execute_result_and_a_statement_has_none()
    {
        var result = await kernel.RunAsync("last-expression.ipynb");

        var three = Assert.Single(result.Cell(1).OfType("execute_result"));
        Assert.Equal(1, (int?)three["execution_count"]);
        Assert.Contains("3", (string?)three["data"]!["text/html"] ?? (string?)three["data"]!["text/plain"]);
        Assert.Empty(result.Cell(2).Outputs);                      // var x = 5;
        Assert.Equal("void\n", result.Cell(3).StreamText());     // Console.WriteLine("void") has no value
        Assert.Empty(result.Cell(3).OfType("execute_result"));
        Assert.Empty(result.Cell(8).Outputs);                      // x = x * 2;
        Assert.Equal(8, (int?)result.Executed["cells"]![7]!["execution_count"]);
    }

    [Fact]
    public async Task A_compiler_warning_is_printed_to_stderr_as_the_kernel_prints_it_and_listed_with_the_cell()
    {
        var notebook = NotebookDocument.Load(Fixture.PathOf("state.ipynb"));
        notebook["cells"]![0]!["source"] = "string? nothing = null;\n";

        var result = await NotebookExecutor.RunAsync(notebook, Fixture.Folder, "warning.ipynb", new RunOptions());

        var cell = result.Cell(1);
        Assert.False(cell.Failed);
        string warning = Assert.Single(cell.Diagnostics);
        Assert.Contains("warning CS8632", warning);
        Assert.Equal("stderr", (string?)Assert.Single(cell.OfType("stream"))["name"]);
        Assert.Contains("warning CS8632", cell.StreamText());
        Assert.Empty(result.Cell(3).Diagnostics);
    }

    [Fact]
    public async Task Each_cell_runs_in_the_kernel_its_metadata_names()
    {
        var result = await kernel.RunAsync("languages.ipynb", new RunOptions { ContinueOnError = true });

        Assert.Equal(("csharp", "from C#\n"), (result.Cell(1).Language, result.Cell(1).StreamText()));
        Assert.Equal(("fsharp", "from F#\n"), (result.Cell(2).Language, result.Cell(2).StreamText()));
        Assert.Equal("cobol", result.Cell(3).Language);
        Assert.Contains("The kernel has no kernel named 'cobol'; it has: ", result.Cell(3).ErrorText);
        Assert.Contains("csharp", result.Cell(3).ErrorText);
    }
}
