namespace NeuronFromScratch.Course;

/// <summary>What a piece of code did on one case: returned <see cref="Value"/>, or threw <see cref="Error"/>.</summary>
/// <typeparam name="TResult">What the code returns.</typeparam>
internal readonly record struct Attempt<TResult>(TResult? Value, Exception? Error)
{
    /// <summary>Runs <paramref name="code"/> and keeps what it returned or threw.</summary>
    public static Attempt<TResult> Of(Func<TResult> code)
    {
        try
        {
            return new(code(), null);
        }
        catch (Exception e)
        {
            return new(default, e);
        }
    }

    /// <summary>True when the code threw.</summary>
    public bool Threw => Error is not null;
}
