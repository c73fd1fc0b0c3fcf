using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>Turns values into nbformat mime bundles: text/plain always, text/html for HTML values and charts.</summary>
internal static class ValueFormatter
{
    /// <summary>How many items of a sequence are shown before "...".</summary>
    public const int MaxItems = 20;

    private const string ChartTypeName = "Plotly.NET.GenericChart";

    /// <summary>The mime bundle ("data") of a value.</summary>
    public static JsonObject DataOf(object? value)
    {
        var data = new JsonObject { ["text/plain"] = PlainText(value) };
        if (HtmlOf(value) is { } html)
            data["text/html"] = html;
        return data;
    }

    /// <summary>Plain text as the kernel shows it: sequences as "[ 1, 2, 3 ]", round-trip invariant numbers.</summary>
    public static string PlainText(object? value) => PlainText(value, depth: 0);

    private static string PlainText(object? value, int depth) => value switch
    {
        null => "<null>",
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable sequence when depth < 3 && FindChartType(value.GetType()) is null => Sequence(sequence, depth),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Sequence(IEnumerable sequence, int depth)
    {
        var items = new List<string>();
        bool more = false;
        foreach (object? item in sequence)
        {
            if (items.Count == MaxItems)
            {
                more = true;
                break;
            }
            items.Add(PlainText(item, depth + 1));
        }
        if (items.Count == 0)
            return "[]";
        if (more)
            items.Add("...");
        string text = $"[ {string.Join(", ", items)} ]";
        return more && sequence is ICollection collection
            ? text + string.Create(CultureInfo.InvariantCulture, $" ({collection.Count} items)")
            : text;
    }

    /// <summary>HTML for HTML values and Plotly.NET charts, else null.</summary>
    public static string? HtmlOf(object? value)
    {
        if (value is null)
            return null;
        if (value is HtmlContent html)
            return html.Html;
        Type type = value.GetType();
        if (type.GetInterfaces().Any(i => i.Name == "IHtmlContent"))
            return value.ToString();
        return FindChartType(type) is { } chartType ? ChartHtml(value, chartType) : null;
    }

    /// <summary>The Plotly.NET GenericChart type among <paramref name="type"/> and its bases (F# union cases derive from it).</summary>
    private static Type? FindChartType(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.FullName == ChartTypeName)
                return type;
        }
        return null;
    }

    private static string? ChartHtml(object chart, Type chartType)
    {
        MethodInfo? toHtml = chartType.Assembly.GetExportedTypes()
            .Where(type => type.Namespace == "Plotly.NET")
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .FirstOrDefault(method => method.Name == "toChartHTML"
                && method.GetParameters() is [var only] && only.ParameterType.IsAssignableFrom(chartType));
        try
        {
            return toHtml?.Invoke(null, [chart]) as string;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
