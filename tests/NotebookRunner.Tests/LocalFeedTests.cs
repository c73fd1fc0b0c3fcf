using System.Text.Json.Nodes;
using Xunit;

namespace NotebookRunner.Tests;

/// <summary>
/// --package-source with a plain folder of .nupkg files: how the course runs where nuget.org is out of reach.
/// The course library is packed under a version made up for this run, which no registry and no earlier run
/// can have supplied, so a successful restore proves the folder did.
/// </summary>
public sealed class LocalFeedTests
{
    [Fact]
    public async Task A_package_only_in_a_local_folder_feed_is_restored_from_it()
    {
        string version = $"0.0.1-localfeed.{DateTime.UtcNow:yyyyMMddHHmmss}{Random.Shared.Next(1000):D3}";
        using var feed = new TempFolder();
        await PackCourseLibraryAsync(feed.Path, version);
        var notebook = Notebook(
            $"#r \"nuget: NeuronFromScratch, {version}\"",
            "new NeuronFromScratch.Neuron(featureCount: 3).Weights.Length");
        try
        {
            var result = await NotebookExecutor.RunAsync(
                notebook, Fixture.Folder, "local-feed.ipynb", new RunOptions { PackageSources = [feed.Path] });

            Assert.True(result.Succeeded, string.Join("\n", result.Cells.Select(c => c.ErrorText)));
            Assert.Equal("3", result.Cell(2).Result());
        }
        finally
        {
            // Don't leave a made-up version behind in the user's NuGet cache.
            string cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
                "neuronfromscratch", version);
            if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
        }
    }

    private static async Task PackCourseLibraryAsync(string feed, string version)
    {
        var pack = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet",
            ["pack", Path.Combine(RepositoryRoot(), "NeuronFromScratch.csproj"), "--no-build", "-o", feed,
             $"-p:PackageVersion={version}", "--nologo", "-v", "quiet"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        string log = await pack.StandardOutput.ReadToEndAsync() + await pack.StandardError.ReadToEndAsync();
        await pack.WaitForExitAsync();
        Assert.True(pack.ExitCode == 0, $"dotnet pack failed:\n{log}");
    }

    private static JsonObject Notebook(params string[] cells)
    {
        var notebook = NotebookDocument.Load(Fixture.PathOf("state.ipynb"));
        var template = notebook["cells"]![0]!.AsObject();
        var code = new JsonArray();
        foreach (var source in cells)
        {
            var cell = template.DeepClone().AsObject();
            cell["id"] = $"c{code.Count + 1}";
            cell["source"] = source;
            code.Add(cell);
        }
        notebook["cells"] = code;
        return notebook;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NeuronFromScratch.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No NeuronFromScratch.sln above {AppContext.BaseDirectory}.");
    }
}
