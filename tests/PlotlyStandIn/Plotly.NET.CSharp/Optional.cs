namespace Plotly.NET.CSharp;

/// <summary>
/// Stand-in for Plotly.NET.CSharp's optional-argument wrapper: <c>default</c> means "not given", and any value
/// converts implicitly, so callers pass plain values by name (<c>Name: "fit"</c>).
/// </summary>
/// <typeparam name="T">The wrapped type.</typeparam>
public readonly struct Optional<T>
{
    private Optional(T value)
    {
        Value = value;
        IsSome = true;
    }

    /// <summary>The value, if given.</summary>
    public T Value { get; }

    /// <summary>Whether a value was given.</summary>
    public bool IsSome { get; }

    /// <summary>Wraps a given value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Optional<T>(T value) => new(value);

    /// <summary>The value, or the type's default when none was given.</summary>
    internal T? OrDefault() => IsSome ? Value : default;
}
