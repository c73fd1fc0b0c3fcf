using System.Text.Json.Nodes;
using Xunit;

namespace NotebookRunner.Tests;

/// <summary>Loading notebooks: invalid files give clear errors; unknown metadata survives a run.</summary>
public sealed class NotebookDocumentTests(SharedKernel kernel) : IClassFixture<SharedKernel>
{
    [Fact]
    public async Task Malformed_json_is_a_format_error_naming_the_file()
    {
        var error = await Assert.ThrowsAsync<NotebookFormatException>(() => Fixture.RunAsync("malformed.ipynb"));

        Assert.Contains("malformed.ipynb", error.Message);
        Assert.Contains("not valid JSON at line 2:", error.Message);
        // One line number, 1-based: not JsonException's own 0-based "LineNumber: 0" as well.
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Fact]
    public async Task A_missing_file_is_reported_with_its_path()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => Fixture.RunAsync("no-such-notebook.ipynb"));

        Assert.Contains("no-such-notebook.ipynb", error.Message);
    }

    [Fact]
    public async Task Nbformat_3_is_rejected_naming_the_version()
    {
        var error = await Assert.ThrowsAsync<NotebookFormatException>(() => Fixture.RunAsync("nbformat3.ipynb"));

        Assert.Contains("nbformat 3", error.Message);
        Assert.Contains("nbformat 4 only", error.Message);
    }

    [Fact]
    public async Task The_executed_copy_keeps_unknown_metadata_and_the_source_object_is_untouched()
    {
        var notebook = NotebookDocument.Load(Fixture.PathOf("state.ipynb"));
        notebook["metadata"]!["custom"] = new JsonObject { ["keep"] = "me" };
        notebook["cells"]![0]!["metadata"]!["tags"] = new JsonArray("setup");
        string before = notebook.ToJsonString();

        var result = await NotebookExecutor.RunAsync(notebook, Fixture.Folder, "state.ipynb", new RunOptions());

        Assert.Equal(before, notebook.ToJsonString());
        Assert.Equal("me", result.Executed["metadata"]!["custom"]!["keep"]!.GetValue<string>());
        Assert.Equal("setup", result.Executed["cells"]![0]!["metadata"]!["tags"]![0]!.GetValue<string>());
        Assert.NotEmpty(result.Executed["cells"]![2]!["outputs"]!.AsArray());
    }

    [Fact]
    public async Task Stop_after_cell_id_runs_up_to_and_including_that_cell()
    {
        var result = await kernel.RunAsync("state.ipynb", new RunOptions { StopAfterCellId = "c2" });

        Assert.Equal([1, 2], result.Cells.Select(c => c.Number));
        await Assert.ThrowsAsync<ArgumentException>(() => Fixture.RunAsync("state.ipynb", new RunOptions { StopAfterCellId = "nope" }));
    }

    [Fact]
    public void Source_may_be_a_string_or_a_list_of_lines()
    {
        Assert.Equal("a\nb", NotebookDocument.SourceOf(new JsonObject { ["source"] = "a\nb" }));
        Assert.Equal("a\nb", NotebookDocument.SourceOf(new JsonObject { ["source"] = new JsonArray("a\n", "b") }));
    }
}
