using System.Reflection;
using System.Reflection.Emit;

namespace NeuronFromScratch.Course;

/// <summary>
/// Which methods your code calls, read from its compiled IL: how a check notices that an exercise was answered by
/// calling the library's own version (the point is to write it yourself). Your methods, and the helpers and lambdas they
/// call, are followed; the framework's and the course's are not.
/// </summary>
internal static class Calls
{
    private static readonly Dictionary<short, OpCode> ByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The first library method that <paramref name="code"/> (or what it calls of your own) calls and <paramref name="forbidden"/> matches; or null.</summary>
    public static MethodBase? ToAny(Delegate code, Func<MethodBase, bool> forbidden)
    {
        var seen = new HashSet<MethodBase>();
        var todo = new Queue<MethodBase>([code.Method]);
        while (todo.Count > 0 && seen.Count < 200)
        {
            var method = todo.Dequeue();
            if (!seen.Add(method))
                continue;
            foreach (var called in CalledBy(method))
            {
                if (forbidden(called))
                    return called;
                if (IsYours(called))
                    todo.Enqueue(called);
            }
        }
        return null;
    }

    /// <summary>A method of the course's library (lib/: Neuron, Losses, Activations, …), as "Losses.Mse".</summary>
    public static bool InLibrary(MethodBase method) => method.DeclaringType?.Namespace == "NeuronFromScratch";

    /// <summary>"Losses.Mse", "Activation.Sigmoid" (a property's getter by the property's name), "new Neuron(…)".</summary>
    public static string Name(MethodBase method) => method.IsConstructor
        ? $"new {method.DeclaringType?.Name}(…)"
        : $"{method.DeclaringType?.Name}.{(method.IsSpecialName && method.Name.StartsWith("get_", StringComparison.Ordinal) ? method.Name[4..] : method.Name)}";

    /// <summary>The ✘ when <paramref name="code"/> calls a method <paramref name="forbidden"/> matches; else null.</summary>
    public static Verdict? Shortcut(string function, Delegate code, Func<MethodBase, bool> forbidden) =>
        ToAny(code, forbidden) is { } called
            ? Verdict.Fail($"{function} calls the library's {Name(called)}: the point is to write it yourself, from the maths. "
                + "The library is what the check compares yours with.")
            : null;

    // Code from the notebook or a lesson: not the framework's, the libraries' or the course's.
    private static bool IsYours(MethodBase method)
    {
        string assembly = method.Module.Assembly.GetName().Name ?? "";
        return !(assembly.StartsWith("System", StringComparison.Ordinal) || assembly.StartsWith("Microsoft", StringComparison.Ordinal)
            || assembly is "mscorlib" or "netstandard" || assembly.StartsWith("NeuronFromScratch", StringComparison.Ordinal)
            || assembly.StartsWith("Plotly", StringComparison.Ordinal) || assembly.StartsWith("FSharp", StringComparison.Ordinal));
    }

    // The methods a method's IL calls (call, callvirt, newobj, ldftn: a delegate made from a method counts as a call).
    private static IEnumerable<MethodBase> CalledBy(MethodBase method)
    {
        byte[] il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
            yield break;
        }
        for (int at = 0; at < il.Length;)
        {
            short value = il[at] == 0xFE && at + 1 < il.Length ? (short)(0xFE00 | il[at + 1]) : il[at];
            if (!ByValue.TryGetValue(value, out var op))
                yield break;   // not IL we can read: stop rather than guess
            at += op.Size;
            if (op.OperandType == OperandType.InlineMethod && at + 4 <= il.Length)
            {
                MethodBase? called = null;
                try
                {
                    called = method.Module.ResolveMethod(BitConverter.ToInt32(il, at),
                        method.DeclaringType?.GetGenericArguments(), method.IsGenericMethod ? method.GetGenericArguments() : null);
                }
                catch (Exception e) when (e is ArgumentException or BadImageFormatException or MissingMemberException)
                {
                }
                if (called is not null)
                    yield return called;
            }
            at += OperandSize(op, il, at);
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
