using System.Diagnostics;
using Xunit;

namespace NotebookRunner.Tests;

/// <summary>Compile errors, exceptions and timeouts: error outputs naming the cell, and where the run stops.</summary>
public sealed class CellErrorTests
{
    [Fact]
    public async Task A_compile_error_names_cell_line_and_message_and_stops_the_run()
    {
        var result = await Fixture.RunAsync("compile-error.ipynb");

        Assert.False(result.Succeeded);
        var failed = result.Cell(3);
        Assert.True(failed.Failed);
        Assert.Equal("Cell 3, line 2: error CS0103: The name 'undefinedName' does not exist in the current context", failed.ErrorText);
        var error = Assert.Single(failed.OfType("error"));
        Assert.Equal("CompilationError", error["ename"]!.GetValue<string>());
        Assert.Contains("Cell 3, line 2", error["evalue"]!.GetValue<string>());
        Assert.Equal(3, result.Cells.Count);
    }

    [Fact]
    public async Task With_continue_on_error_later_cells_run_with_the_state_from_before_the_error()
    {
        var result = await Fixture.RunAsync("compile-error.ipynb", new RunOptions { ContinueOnError = true });

        Assert.False(result.Succeeded);
        Assert.Equal(4, result.Cells.Count);
        Assert.False(result.Cell(4).Failed, result.Cell(4).ErrorText);
        Assert.Equal("after 1\n", result.Cell(4).StreamText());
    }

    [Fact]
    public async Task A_runtime_exception_names_cell_line_type_and_message_and_keeps_earlier_output()
    {
        var result = await Fixture.RunAsync("runtime-exception.ipynb");

        var failed = result.Cell(1);
        Assert.Equal("Cell 1, line 2: System.InvalidOperationException: boom", failed.ErrorText);
        Assert.Equal("started\n", failed.StreamText());
        var error = Assert.Single(failed.OfType("error"));
        Assert.Equal("System.InvalidOperationException", error["ename"]!.GetValue<string>());
        Assert.Single(result.Cells);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_cell_past_the_timeout_fails_with_a_message_and_later_cells_are_not_run()
    {
        var clock = Stopwatch.StartNew();

        var result = await Fixture.RunAsync("timeout.ipynb",
            new RunOptions { CellTimeout = TimeSpan.FromSeconds(0.5), ContinueOnError = true });

        // The cell sleeps 30 s: finishing well before shows the runner did not wait for it.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the run took {clock.Elapsed}");
        var failed = Assert.Single(result.Cells);
        Assert.True(failed.Failed);
        Assert.Equal("Cell 1 did not finish within the cell timeout of 0.5 s; the notebook's later cells are not run.", failed.ErrorText);
        Assert.Equal("CellTimeout", failed.OfType("error")[0]["ename"]!.GetValue<string>());
        Assert.Equal("sleeping\n", failed.StreamText());
    }

    [Fact]
    public async Task A_failing_cell_is_reported_on_the_progress_writer()
    {
        var progress = new StringWriter();

        await Fixture.RunAsync("compile-error.ipynb", new RunOptions { Progress = progress });

        var lines = progress.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^compile-error\.ipynb cell 1/4 \(code\) \d+\.\d\d s$", lines[0]);
        Assert.Matches(@"^compile-error\.ipynb cell 2/4 \(markdown\) \d+\.\d\d s$", lines[1]);
        Assert.Matches(@"^compile-error\.ipynb cell 3/4 \(code\) \d+\.\d\d s FAILED: Cell 3, line 2", lines[2]);
    }
}
