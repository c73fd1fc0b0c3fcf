namespace NotebookRunner;

/// <summary>
/// Finds the dotnet tool manifest (<c>.config/dotnet-tools.json</c>) that pins the course's kernel, and restores its
/// tools once per process, so that <c>dotnet tool run dotnet-interactive</c> starts the pinned version.
/// </summary>
public static class ToolManifest
{
    private static readonly Dictionary<string, Task> Restores = new(StringComparer.Ordinal);

    /// <summary>The folder holding <c>.config/dotnet-tools.json</c>: <paramref name="directory"/> or the nearest one above it.</summary>
    /// <exception cref="InvalidOperationException">No manifest in the folder or above it.</exception>
    public static string FolderFor(string directory)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(directory)); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, ".config", "dotnet-tools.json")))
                return folder.FullName;
        throw new InvalidOperationException(
            $"No .config/dotnet-tools.json in the folder '{directory}' or above it. The notebooks run in the .NET Interactive " +
            "kernel that the course's tool manifest pins: run them inside the course's repository.");
    }

    /// <summary>Runs <c>dotnet tool restore</c> in <paramref name="folder"/>, once per process (it takes a second when done).</summary>
    /// <exception cref="InvalidOperationException">The restore failed; the message holds its output.</exception>
    public static Task RestoreAsync(string folder, CancellationToken ct = default)
    {
        lock (Restores)
        {
            if (!Restores.TryGetValue(folder, out var restore) || restore.IsFaulted || restore.IsCanceled)
                Restores[folder] = restore = RunRestoreAsync(folder, ct);
            return restore;
        }
    }

    private static async Task RunRestoreAsync(string folder, CancellationToken ct)
    {
        var (exitCode, output) = await DotnetCli.RunAsync(folder, ["tool", "restore"], ct).ConfigureAwait(false);
        if (exitCode != 0)
            throw new InvalidOperationException(
                $"`dotnet tool restore` failed in '{folder}' (exit code {exitCode}); it installs the kernel the notebooks run in:\n{output.Trim()}");
    }
}
