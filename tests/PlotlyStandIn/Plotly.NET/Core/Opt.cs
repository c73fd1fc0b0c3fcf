using System;
using Microsoft.FSharp.Core;

namespace Plotly.NET;

/// <summary>Reads F# options (null is None) and rejects parameters whose JSON the stand-in does not model.</summary>
internal static class Opt
{
    /// <summary>The value of an F# option as an object, or null for None.</summary>
    public static object? Of<T>(FSharpOption<T>? option) => option is null ? null : option.Value;

    /// <summary>The value of an F# option, or the type's default for None.</summary>
    public static T? Get<T>(FSharpOption<T>? option) => option is null ? default : option.Value;

    /// <summary>
    /// Fails clearly for a parameter the real function has but the stand-in cannot serialize byte-exactly: the golden
    /// reference does not show where its keys go, and a guessed figure would let tests pass on a wrong chart.
    /// </summary>
    public static void Unmodelled(string function, string parameter, bool given)
    {
        if (given)
        {
            throw new NotSupportedException(
                $"{function}: parameter '{parameter}' is not modelled by the offline Plotly stand-in (tests/PlotlyStandIn); "
                + "its JSON is not in the golden reference. Leave it out, or extend the stand-in with a golden case.");
        }
    }

    /// <summary>Applies <see cref="Unmodelled(string, string, bool)"/> to each (parameter, given) pair.</summary>
    public static void Unmodelled(string function, params (string Name, bool Given)[] parameters)
    {
        foreach (var (name, given) in parameters)
        {
            Unmodelled(function, name, given);
        }
    }
}
