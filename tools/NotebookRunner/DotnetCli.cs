namespace NotebookRunner;

/// <summary>Runs the dotnet CLI as a child process and collects its output.</summary>
public static class DotnetCli
{
    // Quiet, and not the settings of a test host or of the runner's own MSBuild: the child is a fresh build.
    private static readonly Dictionary<string, string?> Environment = new()
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["MSBuildExtensionsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
        ["MSBuildSDKsPath"] = null,
    };

    /// <summary>Runs <c>dotnet args</c> in <paramref name="workingDirectory"/>; returns the exit code and stdout+stderr.</summary>
    /// <param name="workingDirectory">The child's current directory.</param>
    /// <param name="args">The arguments after <c>dotnet</c>.</param>
    /// <param name="ct">Cancels the run.</param>
    public static Task<(int ExitCode, string Output)> RunAsync(
        string workingDirectory, IEnumerable<string> args, CancellationToken ct) =>
        ChildProcess.RunAsync("dotnet", workingDirectory, args, Environment, ct);
}
