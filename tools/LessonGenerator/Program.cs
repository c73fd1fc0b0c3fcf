namespace LessonGenerator;

/// <summary>Entry point of <c>dotnet run --project tools/LessonGenerator [-- --check]</c>; see <see cref="Cli"/>.</summary>
internal static class Program
{
    private static int Main(string[] args) => Cli.Run(args, Console.Out, Console.Error);
}
