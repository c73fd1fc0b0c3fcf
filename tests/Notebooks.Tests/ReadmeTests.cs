using System.Text.Json.Nodes;
using Markdig;
using Markdig.Syntax;
using NotebookRunner;

namespace Notebooks.Tests;

/// <summary>The README's C# example runs as written, so the first code a visitor reads is true.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public async Task TheLibraryExampleInTheReadmeRunsAndTrains()
    {
        var readme = File.ReadAllText(Path.Combine(Course.RepositoryRoot, "README.md"));
        var example = Markdown.Parse(readme).Descendants<FencedCodeBlock>().Single(b => b.Info == "csharp").Lines.ToString();
        var notebook = Course.Load(Course.NotebookFiles().First());
        var cell = Course.Cells(notebook).Single(c => (string?)c["id"] == "setup-build").DeepClone().AsObject();
        cell["id"] = "readme-example";
        cell["source"] = "#r \"../lib/bin/NeuronFromScratch.dll\"\n#r \"../lib/bin/System.Numerics.Tensors.dll\"\n"
            + example + "\nConsole.WriteLine($\"{neuron.W[0]:F4} {neuron.b:F4}\");";
        notebook["cells"] = new JsonArray(cell);

        var result = await NotebookExecutor.RunAsync(notebook, Course.NotebooksFolder, "README.md", new RunOptions());

        var run = new ExecutedNotebook(result);
        Assert.Empty(run.Errors);
        Assert.Equal("2.0000 1.0000", run.OutputText("readme-example").Trim());
    }
}
