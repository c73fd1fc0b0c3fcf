namespace NotebookRunner.CommandLine;

/// <summary>
/// Walks a command line one argument at a time: <c>--name value</c> and <c>--name=value</c> both give the option
/// <c>--name</c> and its value, so every tool of the course (run-notebooks, course-book) reads options alike.
/// </summary>
/// <param name="args">The arguments.</param>
/// <param name="usageError">Makes the tool's usage exception from a message naming the option.</param>
public sealed class ArgumentReader(IReadOnlyList<string> args, Func<string, Exception> usageError)
{
    private int index = -1;
    private string? inline;

    /// <summary>The current argument; for <c>--name=value</c> just <c>--name</c>.</summary>
    public string Current { get; private set; } = "";

    /// <summary>Moves to the next argument; false at the end.</summary>
    public bool MoveNext()
    {
        if (++index >= args.Count)
            return false;
        Current = args[index];
        inline = null;
        if (Current.StartsWith("--", StringComparison.Ordinal) && Current.IndexOf('=') is > 2 and var eq)
        {
            inline = Current[(eq + 1)..];
            Current = Current[..eq];
        }
        return true;
    }

    /// <summary>The current option's value: after its '=', else the next argument.</summary>
    /// <param name="what">What the option needs, for the error: "a value", "a folder".</param>
    /// <exception cref="Exception">The usage exception: the option is last and has no value.</exception>
    public string Value(string what = "a value")
    {
        if (inline is not null)
            return inline;
        if (index + 1 < args.Count)
            return args[++index];
        throw usageError($"Option '{Current}' needs {what}.");
    }
}
