using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>Works out a cell's language the way Polyglot Notebooks does.</summary>
internal static class CellLanguage
{
    /// <summary>The canonical name for C#.</summary>
    public const string CSharp = "csharp";

    /// <summary>The canonical name for markdown.</summary>
    public const string Markdown = "markdown";

    /// <summary>The notebook's default kernel: polyglot default kernel name, else the kernelspec language, else C#.</summary>
    public static string DefaultOf(JsonObject notebook)
    {
        string? name = NotebookDocument.StringAt(notebook, "metadata", "polyglot_notebook", "kernelInfo", "defaultKernelName")
            ?? NotebookDocument.StringAt(notebook, "metadata", "kernelspec", "language");
        return name is null ? CSharp : Normalize(name);
    }

    /// <summary>A code cell's language from its metadata, else the notebook default.</summary>
    public static string OfCodeCell(JsonObject cell, string notebookDefault)
    {
        string? name = NotebookDocument.StringAt(cell, "metadata", "polyglot_notebook", "kernelName")
            ?? NotebookDocument.StringAt(cell, "metadata", "dotnet_interactive", "language");
        return name is null ? notebookDefault : Normalize(name);
    }

    /// <summary>Maps the aliases the kernel accepts ("C#", "c#", "cs", "md") to one name.</summary>
    public static string Normalize(string name) => name.Trim().ToLowerInvariant() switch
    {
        "csharp" or "c#" or "cs" => CSharp,
        "markdown" or "md" => Markdown,
        var other => other,
    };
}
