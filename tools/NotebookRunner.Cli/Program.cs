using NotebookRunner.CommandLine;

namespace NotebookRunner.Cli;

/// <summary>Entry point of run-notebooks; all logic lives in <see cref="CommandLineRunner"/> so tests can call it.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => ConsoleMain.RunAsync(CommandLineRunner.RunAsync, args);
}
