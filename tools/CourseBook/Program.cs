using CourseBook.Cli;
using NotebookRunner.CommandLine;

namespace CourseBook;

/// <summary>Entry point of course-book; all logic lives in <see cref="BookCommand"/> so tests can call it.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => ConsoleMain.RunAsync(BookCommand.RunAsync, args);
}
