using System.Reflection;
using System.Runtime.CompilerServices;

namespace PlotlyStandIn.Tests.Support;

/// <summary>
/// Formats members the way the shared reference file does: "Plotly.NET." and "Microsoft.FSharp.Core." dropped,
/// C# keywords for primitives, "= default" for optional parameters, and no namespace on a type that contains
/// generic parameters (the reference was produced from Type.Name when Type.FullName is null).
/// </summary>
internal static class SignatureFormatter
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(bool)] = "bool", [typeof(int)] = "int", [typeof(long)] = "long",
        [typeof(double)] = "double", [typeof(float)] = "float", [typeof(string)] = "string", [typeof(object)] = "object",
    };

    /// <summary>"[Plotly.NET.CSharp]" or "[Plotly.NET]": the package the real member ships in.</summary>
    public static string Package(Type type) => type.Namespace == "Plotly.NET.CSharp" ? "[Plotly.NET.CSharp]" : "[Plotly.NET]";

    /// <summary>The declaring type as the reference names it, e.g. "CSharp.Chart" or "StyleParam.AxisType".</summary>
    public static string TypeName(Type type) => Namespace(type) + Name(type);

    public static string Method(MethodInfo method)
    {
        var generics = method.IsGenericMethodDefinition
            ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">"
            : "";
        var isExtension = method.IsDefined(typeof(ExtensionAttribute), false);
        var parameters = method.GetParameters().Select((p, i) =>
            (i == 0 && isExtension ? "this " : "")
            + Format(p.ParameterType) + " " + p.Name
            + (p.IsOptional ? " = default" : ""));
        return $"{Package(method.DeclaringType!)} {(method.IsStatic ? "static " : "")}{Format(method.ReturnType)} "
            + $"{TypeName(method.DeclaringType!)}.{method.Name}{generics}({string.Join(", ", parameters)})";
    }

    public static string Format(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Format(type.GetElementType()!) + "[]";
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        var prefix = type.ContainsGenericParameters ? "" : Namespace(type);
        var name = Name(type);
        return type.IsGenericType
            ? prefix + name + "<" + string.Join(", ", type.GetGenericArguments().Select(Format)) + ">"
            : prefix + name;
    }

    private static string Name(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`');
        if (tick >= 0)
        {
            name = name[..tick];
        }

        return type.IsNested && !type.IsGenericParameter ? Name(type.DeclaringType!) + "." + name : name;
    }

    private static string Namespace(Type type) => type.Namespace switch
    {
        "Plotly.NET.CSharp" => "CSharp.",
        "Plotly.NET" or "System" or "System.Collections.Generic" or "Microsoft.FSharp.Core" or null => "",
        // "Plotly.NET." is dropped everywhere: Plotly.NET.LayoutObjects.Slider is "LayoutObjects.Slider".
        var other when other.StartsWith("Plotly.NET.", StringComparison.Ordinal) => other["Plotly.NET.".Length..] + ".",
        var other => other + ".",
    };
}
