using System.Text.Json.Nodes;
using NotebookRunner;

namespace NotebookRunner.Tests;

/// <summary>Finds fixture notebooks copied next to the tests and reads what their runs produced.</summary>
internal static class Fixture
{
    /// <summary>The folder of fixture notebooks in the test output.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The path of a fixture notebook.</summary>
    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>The Plotly stand-in built by tests/PlotlyStandIn and copied next to the tests.</summary>
    public static string PlotlyStandIn => Path.Combine(AppContext.BaseDirectory, "PlotlyStandIn.dll");

    /// <summary>Runs a fixture notebook.</summary>
    public static Task<NotebookResult> RunAsync(string name, RunOptions? options = null) =>
        NotebookExecutor.RunFileAsync(PathOf(name), options ?? new RunOptions());

    /// <summary>The result of the cell with this number (1-based among all cells).</summary>
    public static CellResult Cell(this NotebookResult result, int number) =>
        result.Cells.Single(cell => cell.Number == number);

    /// <summary>The outputs of a given type, in order.</summary>
    public static IReadOnlyList<JsonObject> OfType(this CellResult cell, string outputType) =>
        cell.Outputs.Select(output => output!.AsObject())
            .Where(output => output["output_type"]!.GetValue<string>() == outputType).ToList();

    /// <summary>All stream text of a cell (stdout and stderr, in order).</summary>
    public static string StreamText(this CellResult cell) =>
        string.Concat(cell.OfType("stream").Select(output => output["text"]!.GetValue<string>()));

    /// <summary>A mime type of the cell's single execute_result, or null when the cell has no result.</summary>
    public static string? Result(this CellResult cell, string mimeType = "text/plain") =>
        cell.OfType("execute_result").SingleOrDefault()?["data"]?[mimeType]?.GetValue<string>();
}

/// <summary>A temporary folder deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>Creates an empty folder under the system temp folder.</summary>
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "notebook-runner-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Copies a fixture notebook into a subfolder of this folder and returns its new path.</summary>
    public string CopyFixture(string name, string subfolder = "")
    {
        string folder = System.IO.Path.Combine(Path, subfolder);
        Directory.CreateDirectory(folder);
        string target = System.IO.Path.Combine(folder, name);
        File.Copy(Fixture.PathOf(name), target);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A timed-out cell's abandoned thread may still hold a file; the OS temp cleanup gets it later.
        }
    }
}
