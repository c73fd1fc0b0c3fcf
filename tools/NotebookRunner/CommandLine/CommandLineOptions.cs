using System.Globalization;

namespace NotebookRunner.CommandLine;

/// <summary>The parsed command line of run-notebooks.</summary>
/// <param name="Inputs">Notebook files and folders, as given.</param>
/// <param name="OutputDirectory">Where executed copies go (ignored with --in-place).</param>
/// <param name="InPlace">Overwrite the source notebooks with their executed copies.</param>
/// <param name="Run">Options for each notebook run.</param>
/// <param name="ShowHelp">--help was given.</param>
public sealed record CommandLineOptions(IReadOnlyList<string> Inputs, string OutputDirectory, bool InPlace, RunOptions Run, bool ShowHelp)
{
    /// <summary>The default folder of executed copies, relative to the current directory.</summary>
    public const string DefaultOutputDirectory = "executed";

    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: run-notebooks [options] <notebook.ipynb | folder>...
        Runs notebooks headless in the .NET Interactive kernel that .config/dotnet-tools.json pins, one fresh kernel
        per notebook (a folder means its *.ipynb, sorted by name), and writes executed copies with their outputs.
          --output DIR            write executed copies to DIR (default: ./executed/); sources are not modified
          --in-place              overwrite each source notebook with its executed copy
          --cell-timeout SECONDS  the longest a cell may run (default 600); then the kernel is stopped
          --continue-on-error     run the remaining cells after a failing one
          --help                  show this text
        Exit code: 0 when every notebook ran without error, 1 otherwise, 2 for invalid options.
        """;

    /// <summary>Parses arguments.</summary>
    /// <exception cref="UsageException">An option is unknown, lacks its value or has an invalid one.</exception>
    public static CommandLineOptions Parse(IReadOnlyList<string> args)
    {
        var inputs = new List<string>();
        string? output = null;
        bool inPlace = false, continueOnError = false, help = false;
        TimeSpan timeout = new RunOptions().CellTimeout;
        var reader = new ArgumentReader(args, message => new UsageException(message));
        while (reader.MoveNext())
        {
            string arg = reader.Current;
            switch (arg)
            {
                case "--help" or "-h":
                    help = true;
                    break;
                case "--output":
                    output = reader.Value();
                    break;
                case "--in-place":
                    inPlace = true;
                    break;
                case "--continue-on-error":
                    continueOnError = true;
                    break;
                case "--cell-timeout":
                    string seconds = reader.Value();
                    if (!double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) || !(s > 0) || double.IsInfinity(s))
                        throw new UsageException($"Option '--cell-timeout' needs a positive number of seconds, got '{seconds}'.");
                    timeout = TimeSpan.FromSeconds(s);
                    break;
                default:
                    if (arg.StartsWith('-'))
                        throw new UsageException($"Unknown option '{arg}'.");
                    inputs.Add(arg);
                    break;
            }
        }
        if (inPlace && output is not null)
            throw new UsageException("Options '--output' and '--in-place' cannot be used together.");
        if (inputs.Count == 0 && !help)
            throw new UsageException("No notebook or folder given.");
        var run = new RunOptions { CellTimeout = timeout, ContinueOnError = continueOnError };
        return new CommandLineOptions(inputs, output ?? DefaultOutputDirectory, inPlace, run, help);
    }
}

/// <summary>The command line is invalid; the message names the option.</summary>
public sealed class UsageException(string message) : Exception(message);
