namespace Plotly.NET.CSharp;

/// <summary>
/// Stand-in for Plotly.NET.CSharp's optional-argument wrapper, with the real one's shape (a readonly record struct
/// of Value and IsSome): <c>default</c> means "not given", and any value converts implicitly, so callers pass plain
/// values by name (<c>Name: "fit"</c>).
/// </summary>
/// <typeparam name="T">The wrapped type.</typeparam>
/// <param name="Value">The value, if given.</param>
/// <param name="IsSome">Whether a value was given.</param>
public readonly record struct Optional<T>(T Value, bool IsSome)
{
    /// <summary>Wraps a given value.</summary>
    /// <param name="Value">The value.</param>
    public static implicit operator Optional<T>(T Value) => new(Value, true);

    /// <summary>The value, or the type's default when none was given.</summary>
    internal T? OrDefault() => IsSome ? Value : default;
}
