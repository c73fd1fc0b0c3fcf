using System.Text;

namespace NotebookRunner;

/// <summary>
/// Replaces Console.Out/Console.Error once per process and routes each write to the cell running on the
/// writer's execution context (see <see cref="CellOutputs.Current"/>), or to the original console otherwise.
/// A timed-out cell's abandoned thread therefore keeps writing into its own discarded outputs.
/// </summary>
internal sealed class ConsoleRouter : TextWriter
{
    private static readonly object InstallGate = new();
    private static TextWriter? installedOut;
    private static TextWriter? installedError;
    private readonly string stream;
    private readonly TextWriter fallback;

    private ConsoleRouter(string stream, TextWriter fallback)
    {
        this.stream = stream;
        this.fallback = fallback;
    }

    /// <inheritdoc />
    public override Encoding Encoding => fallback.Encoding;

    /// <summary>Installs the routers unless they are still the console's writers (something may have replaced them).</summary>
    public static void EnsureInstalled()
    {
        lock (InstallGate)
        {
            if (!ReferenceEquals(Console.Out, installedOut))
            {
                Console.SetOut(new ConsoleRouter("stdout", Console.Out));
                installedOut = Console.Out;
            }
            if (!ReferenceEquals(Console.Error, installedError))
            {
                Console.SetError(new ConsoleRouter("stderr", Console.Error));
                installedError = Console.Error;
            }
        }
    }

    /// <inheritdoc />
    public override void Write(char value) => Write(value.ToString());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is null)
            return;
        if (CellOutputs.Current is { } sink)
            sink.Write(stream, value);
        else
            fallback.Write(value);
    }

    /// <inheritdoc />
    public override void WriteLine(string? value) => Write(value + NewLine);

    /// <inheritdoc />
    public override void Flush()
    {
        if (CellOutputs.Current is null)
            fallback.Flush();
    }
}
