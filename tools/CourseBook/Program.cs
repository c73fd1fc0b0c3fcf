using CourseBook.Cli;

namespace CourseBook;

/// <summary>Entry point of course-book; all logic lives in <see cref="BookCommand"/> so tests can call it.</summary>
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
        return await BookCommand.RunAsync(args, Console.Out, Console.Error, cancel.Token);
    }
}
