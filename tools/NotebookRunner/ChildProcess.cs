using System.Diagnostics;

namespace NotebookRunner;

/// <summary>Runs a program as a child process and collects its output (the dotnet CLI for restores, npm for the book).</summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="program">The program, found on PATH like a shell would.</param>
    /// <param name="workingDirectory">The child's current directory.</param>
    /// <param name="args">The arguments, passed as they are (no shell quoting).</param>
    /// <param name="environment">Variables to set; a null value removes the variable from the child's environment.</param>
    /// <param name="ct">Cancels the run and kills the child's process tree.</param>
    /// <returns>The exit code and stdout followed by stderr.</returns>
    /// <exception cref="InvalidOperationException">The program could not be started (e.g. it is not installed).</exception>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, string workingDirectory,
        IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, CancellationToken ct = default)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start `{program}`.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start `{program}` ({e.Message}); is it installed and on PATH?", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            try
            {
                await process.WaitForExitAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            return (process.ExitCode, await output.ConfigureAwait(false) + await error.ConfigureAwait(false));
        }
    }
}
