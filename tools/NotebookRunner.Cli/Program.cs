using NotebookRunner.CommandLine;

namespace NotebookRunner.Cli;

/// <summary>Entry point of run-notebooks; all logic lives in <see cref="CommandLineRunner"/> so tests can call it.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await CommandLineRunner.RunAsync(args, Console.Out, Console.Error, cancel.Token);
    }
}
