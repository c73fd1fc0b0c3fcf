using NotebookRunner.CommandLine;

namespace CourseBook.Cli;

/// <summary>The parsed command line of course-book. Paths are absolute; unset ones are null (the command picks defaults).</summary>
/// <param name="Notebooks">The course's notebooks folder (--notebooks).</param>
/// <param name="Output">Where the site goes (--output).</param>
/// <param name="Executed">Already-executed notebooks to build from instead of running the course (--executed).</param>
/// <param name="ShowHelp">--help was given.</param>
public sealed record BookOptions(string? Notebooks, string? Output, string? Executed, bool ShowHelp)
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: course-book [options]
        Runs the course's notebooks in the .NET Interactive kernel that .config/dotnet-tools.json pins and writes them as a
        web site that works offline, from file:// (site/index.html).
          --notebooks DIR        the course's notebooks (default: notebooks/ of this repository)
          --output DIR           where the site goes (default: site/ of this repository); the book clears it first
          --executed DIR         build from already-executed notebooks in DIR (e.g. saved from VS Code or Jupyter)
                                 instead of running the course
          --help                 show this text
        Exit code: 0 when the site was built and every notebook ran without error, 1 otherwise, 2 for invalid options.
        """;

    /// <summary>Parses arguments.</summary>
    /// <exception cref="BookUsageException">An option is unknown or lacks its value.</exception>
    public static BookOptions Parse(IReadOnlyList<string> args)
    {
        string? notebooks = null, output = null, executed = null;
        bool help = false;
        var reader = new ArgumentReader(args, message => new BookUsageException(message));
        while (reader.MoveNext())
        {
            string arg = reader.Current;
            string Value() => Path.GetFullPath(reader.Value("a folder"));
            switch (arg)
            {
                case "--help" or "-h":
                    help = true;
                    break;
                case "--notebooks":
                    notebooks = Value();
                    break;
                case "--output":
                    output = Value();
                    break;
                case "--executed":
                    executed = Value();
                    break;
                default:
                    throw new BookUsageException($"Unknown option '{arg}' (the book takes options only; see --help).");
            }
        }
        return new BookOptions(notebooks, output, executed, help);
    }
}

/// <summary>The command line is invalid; the message names the option.</summary>
public sealed class BookUsageException(string message) : Exception(message);
