namespace Plotly.NET.CSharp;

/// <summary>
/// Stand-in for Plotly.NET.CSharp's optional-argument wrapper, with the real one's shape (a readonly record struct
/// of Value and IsSome): <c>default</c> means "not given", and any value converts implicitly, so callers pass plain
/// values by name (<c>Name: "fit"</c>). C# applies no user-defined conversion from an interface, so a bare
/// <c>IEnumerable&lt;T&gt;</c> does not convert to <c>Optional&lt;IEnumerable&lt;T&gt;&gt;</c> (CS1503), as with the real type.
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

    /// <summary>The value boxed, or null when none was given.</summary>
    internal object? Boxed => IsSome ? Value : null;
}
