using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Plotly.NET;

// What the stand-in remembers about a chart. Immutable so that every With* call returns a new chart,
// as Plotly.NET's fluent API does from the caller's point of view.

/// <summary>One recorded trace: its kind, drawing mode, legend entry and data.</summary>
internal sealed record TraceRecord(
    string Type,
    string? Mode,
    string? Name,
    bool? ShowLegend,
    int? Subplot,
    IReadOnlyList<object?> X,
    IReadOnlyList<object?> Y,
    IReadOnlyList<IReadOnlyList<object?>>? Z);

/// <summary>One recorded axis: title text and Plotly axis type ("log", "linear", ...).</summary>
internal sealed record AxisRecord(string? Title, string? Type)
{
    public static readonly AxisRecord Empty = new(null, null);

    /// <summary>Later settings win, unset ones keep the earlier value (Plotly merges axis styles).</summary>
    public AxisRecord Merge(AxisRecord later) => new(later.Title ?? Title, later.Type ?? Type);
}

/// <summary>Grid dimensions of a subplot grid.</summary>
internal sealed record GridRecord(int Rows, int Cols);

/// <summary>The recorded layout of a chart.</summary>
internal sealed record LayoutRecord(string? Title, AxisRecord XAxis, AxisRecord YAxis, int? Width, int? Height, GridRecord? Grid)
{
    public static readonly LayoutRecord Empty = new(null, AxisRecord.Empty, AxisRecord.Empty, null, null, null);

    /// <summary>Combines two layouts the way Plotly.NET's Combine does: what the later one sets wins.</summary>
    public LayoutRecord Merge(LayoutRecord later) => new(
        later.Title ?? Title,
        XAxis.Merge(later.XAxis),
        YAxis.Merge(later.YAxis),
        later.Width ?? Width,
        later.Height ?? Height,
        later.Grid ?? Grid);
}

/// <summary>Turns the values a chart function received into JSON-friendly values.</summary>
internal static class RecordedValues
{
    /// <summary>Numbers become doubles; anything else its invariant-culture text (categories, dates).</summary>
    public static object? Of<T>(T value) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        IConvertible c when IsNumber(c.GetTypeCode()) => c.ToDouble(CultureInfo.InvariantCulture),
        IConvertible c => c.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Copies a sequence now, so later changes to the caller's array do not alter the record.</summary>
    public static IReadOnlyList<object?> List<T>(IEnumerable<T>? values) =>
        values is null ? Array.Empty<object?>() : values.Select(v => Of(v)).ToArray();

    /// <summary>Copies a two-dimensional (jagged) data set row by row.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> Rows<T>(IEnumerable<IEnumerable<T>> rows) =>
        rows.Select(row => List(row)).ToArray();

    private static bool IsNumber(TypeCode code) => code is >= TypeCode.SByte and <= TypeCode.Decimal;
}
