using System.Text.Json.Nodes;

namespace NotebookRunner.Tests;

/// <summary>Finds fixture notebooks copied next to the tests and reads what their runs produced.</summary>
internal static class Fixture
{
    /// <summary>The folder of fixture notebooks in the test output (inside the repository: its tool manifest pins the kernel).</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The path of a fixture notebook.</summary>
    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Runs a fixture notebook in a new kernel.</summary>
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
}

/// <summary>
/// A temporary folder deleted when disposed, with the repository's tool manifest in it (.config/dotnet-tools.json), as
/// a copy of the course has it: the runner starts the kernel that manifest pins.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder and copies the tool manifest into it.</summary>
    public TempFolder(bool withToolManifest = true)
    {
        Path = Directory.CreateTempSubdirectory("notebook-runner-tests-").FullName;
        if (withToolManifest)
        {
            Directory.CreateDirectory(System.IO.Path.Combine(Path, ".config"));
            File.Copy(System.IO.Path.Combine(ToolManifest.FolderFor(AppContext.BaseDirectory), ".config", "dotnet-tools.json"),
                System.IO.Path.Combine(Path, ".config", "dotnet-tools.json"));
        }
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

    /// <summary>Writes a file (a script a notebook loads) at a path relative to this folder.</summary>
    public string Write(string relativePath, string text)
    {
        string path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
