using System.Diagnostics;
using Xunit;

namespace NotebookRunner.Tests;

/// <summary>The kernel process: the pinned tool, its culture, and that nothing of it is left running.</summary>
public sealed class KernelProcessTests
{
    [Fact]
    public async Task It_is_the_dotnet_interactive_tool_the_manifest_pins()
    {
        await using var kernel = await KernelProcess.StartAsync(Fixture.Folder);

        var run = await kernel.SubmitAsync(
            "Console.WriteLine(System.Diagnostics.Process.GetCurrentProcess().MainModule!.FileName + \" \" + Environment.CommandLine);",
            "csharp", TimeSpan.FromMinutes(1));

        string text = CellOutputs.From(run.Events, 1).Outputs.ToJsonString();
        Assert.Contains("microsoft.dotnet-interactive/1.0.712001/", text.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Microsoft.DotNet.Interactive.App.dll stdio", text);
    }

    [Fact]
    public async Task A_culture_is_the_kernel_processes_own()
    {
        await using var kernel = await KernelProcess.StartAsync(Fixture.Folder, culture: "de-DE");

        var run = await kernel.SubmitAsync("Console.WriteLine($\"{System.Globalization.CultureInfo.CurrentCulture.Name} {1.5}\");",
            "csharp", TimeSpan.FromMinutes(1));

        Assert.Equal("de-DE 1,5\n", (string?)CellOutputs.From(run.Events, 1).Outputs[0]!["text"]);
    }

    [Fact]
    public async Task Disposing_stops_the_kernel_process_and_what_it_started()
    {
        var kernel = await KernelProcess.StartAsync(Fixture.Folder);
        var run = await kernel.SubmitAsync("Console.WriteLine(Environment.ProcessId);", "csharp", TimeSpan.FromMinutes(1));
        int pid = int.Parse(((string?)CellOutputs.From(run.Events, 1).Outputs[0]!["text"])!.Trim());

        await kernel.DisposeAsync();

        Assert.True(kernel.HasExited);
        // A kernel left running with its input closed keeps a core busy: it must be gone, not orphaned.
        var clock = Stopwatch.StartNew();
        while (!Gone(pid) && clock.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(100);
        Assert.True(Gone(pid), $"The kernel process {pid} still runs after DisposeAsync.");
    }

    private static bool Gone(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    [Fact]
    public async Task Without_a_tool_manifest_above_the_folder_it_says_where_to_run()
    {
        using var temp = new TempFolder(withToolManifest: false);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => KernelProcess.StartAsync(temp.Path));

        Assert.Contains("No .config/dotnet-tools.json in the folder", error.Message);
        Assert.Contains(temp.Path, error.Message);
    }
}
