using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using NotebookRunner;

namespace Lessons.Tests.Running;

/// <summary>
/// What a lesson must print: its notebook run in the real kernel (the runner), in the invariant culture, its outputs
/// written out as the lesson writes them: text as printed, and a chart the notebook shows under cell ID as the line
/// <c>[chart: lessons/output/LESSON/ID.html]</c> (a lesson saves it there). What only a kernel shows (the packages it
/// installed, the extension it loaded, the plotly.js it carries) a program has no counterpart for.
/// </summary>
internal static partial class NotebookOutput
{
    /// <summary>The notebook's setup cell that builds the library: a lesson has a #:project line instead.</summary>
    private const string LibraryBuildCell = "setup-build";

    /// <summary>The setup cell whose displays are the kernel's own (installed packages, loaded extension, plotly.js).</summary>
    private const string KernelSetupCell = "setup-references";

    /// <summary>The text the lesson of <paramref name="lesson"/> must print, and the ids of the cells that showed a chart.</summary>
    /// <param name="lesson">The lesson (and notebook) name.</param>
    /// <param name="replace">Cell sources to use instead of the notebook's, by cell id.</param>
    /// <param name="myNeuron">The learner's file to run with instead of notebooks/MyNeuron.csx.</param>
    public static async Task<(string Text, IReadOnlyList<string> Charts)> ExpectedAsync(
        string lesson, IReadOnlyDictionary<string, string>? replace = null, string? myNeuron = null)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Notebooks, $"{lesson}.ipynb")))!.AsObject();
        foreach (var cell in notebook["cells"]!.AsArray())
            if (replace is not null && replace.TryGetValue((string)cell!["id"]!, out var source))
                cell["source"] = source;
        using var copy = myNeuron is null ? null : CopyOfNotebooks(myNeuron);
        var result = await NotebookExecutor.RunAsync(notebook, copy is null ? Repository.Notebooks : Path.Combine(copy.Path, "notebooks"),
            $"{lesson}.ipynb", new RunOptions { CellTimeout = TimeSpan.FromMinutes(2) });
        if (!result.Succeeded)
            throw new InvalidOperationException($"{lesson}.ipynb failed in the runner: " +
                string.Join("\n", result.Cells.Where(c => c.Failed).Select(c => c.ErrorText)));

        var text = new StringBuilder();
        var charts = new List<string>();
        foreach (var cell in result.Cells.Where(c => c.CellId != LibraryBuildCell))
            foreach (var output in cell.Outputs.Select(o => o!.AsObject()))
            {
                switch ((string?)output["output_type"])
                {
                    case "stream":
                        text.Append((string?)output["text"]);
                        break;
                    case "display_data" when cell.CellId == KernelSetupCell:
                        break;
                    case "execute_result" or "display_data" when ChartHtml().IsMatch((string?)output["data"]?["text/html"] ?? ""):
                        charts.Add(cell.CellId!);
                        text.Append($"[chart: lessons/output/{lesson}/{cell.CellId}.html]\n");
                        break;
                    case "execute_result" or "display_data":
                        text.Append((string?)output["data"]?["text/plain"]).Append('\n');
                        break;
                }
            }
        return (text.ToString(), charts);
    }

    // A chart output of the course (notebooks/setup/Kernel.csx): Plotly.NET's figure and a call of Plotly.newPlot.
    [System.Text.RegularExpressions.GeneratedRegex(@"var figure = \{.*Plotly\.newPlot\(", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex ChartHtml();

    // The notebooks in a temporary folder, with `myNeuron` as MyNeuron.csx, beside links to the real lib/ and course/.
    private static TempFolder CopyOfNotebooks(string myNeuron)
    {
        var copy = new TempFolder();
        string notebooks = Path.Combine(copy.Path, "notebooks");
        Repository.CopyTree(Repository.Notebooks, notebooks);
        File.WriteAllText(Path.Combine(notebooks, "MyNeuron.csx"), myNeuron);
        foreach (string folder in new[] { "lib", "course" })
            Directory.CreateSymbolicLink(Path.Combine(copy.Path, folder), Path.Combine(Repository.Root, folder));
        // The project with its own time: a newer copy would look like a change and make the setup cell rebuild.
        string project = Path.Combine(Repository.Root, "NeuronFromScratch.csproj"), copied = Path.Combine(copy.Path, "NeuronFromScratch.csproj");
        File.Copy(project, copied);
        File.SetLastWriteTimeUtc(copied, File.GetLastWriteTimeUtc(project));
        Directory.CreateDirectory(Path.Combine(copy.Path, ".config"));   // the tool manifest that pins the kernel
        File.Copy(Path.Combine(Repository.Root, ".config", "dotnet-tools.json"), Path.Combine(copy.Path, ".config", "dotnet-tools.json"));
        return copy;
    }
}
