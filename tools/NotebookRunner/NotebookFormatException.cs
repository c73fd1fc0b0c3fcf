namespace NotebookRunner;

/// <summary>The file is not a notebook the runner can execute: malformed JSON, wrong nbformat or missing cells.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception with a message naming the notebook and what was wrong.</summary>
    public NotebookFormatException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
