namespace NotebookRunner.CommandLine;

/// <summary>The Main of the course's command-line tools: the command gets the console's writers, and Ctrl+C cancels it.</summary>
public static class ConsoleMain
{
    /// <summary>Runs <paramref name="command"/> with the console's stdout and stderr; returns its exit code.</summary>
    /// <param name="command">The whole tool, callable in-process (tests call it with their own writers).</param>
    /// <param name="args">The process's arguments.</param>
    public static async Task<int> RunAsync(
        Func<IReadOnlyList<string>, TextWriter, TextWriter, CancellationToken, Task<int>> command, string[] args)
    {
        using var cancel = new CancellationTokenSource();
        // Ctrl+C cancels the run (a cell or a restore in flight) instead of killing the process mid-write.
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await command(args, Console.Out, Console.Error, cancel.Token).ConfigureAwait(false);
    }
}
