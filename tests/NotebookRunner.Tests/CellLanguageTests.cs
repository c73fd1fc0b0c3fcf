using Xunit;

namespace NotebookRunner.Tests;

/// <summary>Which cells run as C#: metadata, notebook default and leading #! switches.</summary>
public sealed class CellLanguageTests
{
    [Fact]
    public async Task A_code_cell_in_another_language_is_an_error_naming_the_cell_and_language()
    {
        var result = await Fixture.RunAsync("unsupported-language.ipynb");

        Assert.False(result.Succeeded);
        var failed = result.Cell(2);
        Assert.Equal("fsharp", failed.Language);
        Assert.Equal("Cell 2: language 'fsharp' is not supported; the runner executes C# cells only.", failed.ErrorText);
        Assert.Equal("UnsupportedLanguage", failed.OfType("error")[0]["ename"]!.GetValue<string>());
        Assert.Equal(2, result.Cells.Count);
    }

    [Fact]
    public async Task Leading_magic_lines_switch_a_cells_language()
    {
        var result = await Fixture.RunAsync("magic-switch.ipynb", new RunOptions { ContinueOnError = true });

        Assert.Equal("markdown", result.Cell(1).Language);
        Assert.False(result.Cell(1).Failed);
        Assert.Empty(result.Cell(1).Outputs);
        Assert.Equal("csharp", result.Cell(2).Language);
        Assert.Equal("switched to C#\n", result.Cell(2).StreamText());
        Assert.Equal("pwsh", result.Cell(3).Language);
        Assert.Contains("'pwsh'", result.Cell(3).ErrorText);
    }

    [Fact]
    public async Task Without_cell_metadata_the_notebook_default_kernel_decides()
    {
        var notebook = NotebookDocument.Load(Fixture.PathOf("state.ipynb"));
        foreach (var cell in notebook["cells"]!.AsArray())
            cell!.AsObject()["metadata"] = new System.Text.Json.Nodes.JsonObject();
        notebook["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"] = "fsharp";

        var result = await NotebookExecutor.RunAsync(notebook, Fixture.Folder, "state.ipynb", new RunOptions());

        Assert.Equal("fsharp", result.Cell(1).Language);
        Assert.True(result.Cell(1).Failed);
    }
}
