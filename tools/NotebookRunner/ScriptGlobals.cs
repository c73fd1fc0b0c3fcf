namespace NotebookRunner;

/// <summary>
/// The globals object of every notebook session: its public members are callable from cells without
/// qualification, as the .NET Interactive C# kernel's <c>display</c> and <c>HTML</c> helpers are.
/// </summary>
public sealed class ScriptGlobals
{
    /// <summary>Shows a value as a display_data output of the running cell (lower-case, like the kernel).</summary>
    public DisplayedValue display(object? value)
    {
        CellOutputs.Current?.Add(NbOutputs.DisplayData(ValueFormatter.DataOf(value)));
        return new DisplayedValue(value);
    }

    /// <summary>Wraps a string so it is shown as HTML (text/html) rather than plain text.</summary>
    public HtmlContent HTML(string html) => new(html);
}

/// <summary>What <see cref="ScriptGlobals.display"/> returns; shown as nothing when it is a cell's last value.</summary>
/// <param name="Value">The value that was displayed.</param>
public sealed record DisplayedValue(object? Value)
{
    /// <inheritdoc />
    public override string ToString() => "";
}

/// <summary>A string of HTML, shown with mime type text/html.</summary>
/// <param name="Html">The markup.</param>
public sealed record HtmlContent(string Html)
{
    /// <inheritdoc />
    public override string ToString() => Html;
}
