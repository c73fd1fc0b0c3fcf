using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plotly.NET;

/// <summary>Serializes a recorded chart in the format documented in README.md (camelCase, nulls kept).</summary>
internal static class ChartJson
{
    // NaN/Infinity can come from a diverging training run; JSON has no literal for them, so they are
    // written as the strings "NaN", "Infinity", "-Infinity" instead of throwing while a notebook renders.
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(GenericChart chart)
    {
        var layout = chart.Layout;
        var dto = new ChartDto(
            layout.Title,
            new AxisDto(layout.XAxis.Title, layout.XAxis.Type),
            new AxisDto(layout.YAxis.Title, layout.YAxis.Type),
            layout.Width,
            layout.Height,
            layout.Grid is null ? null : new GridDto(layout.Grid.Rows, layout.Grid.Cols),
            chart.Traces.Select(t => new TraceDto(
                t.Type, t.Mode, t.Name, t.ShowLegend, t.Subplot, t.X, t.Y, t.Z)).ToArray());
        return JsonSerializer.Serialize(dto, Options);
    }

    private sealed record ChartDto(
        string? Title, AxisDto XAxis, AxisDto YAxis, int? Width, int? Height, GridDto? Grid, IReadOnlyList<TraceDto> Traces);

    private sealed record AxisDto(string? Title, string? Type);

    private sealed record GridDto(int Rows, int Cols);

    private sealed record TraceDto(
        string Type,
        string? Mode,
        string? Name,
        bool? ShowLegend,
        int? Subplot,
        IReadOnlyList<object?> X,
        IReadOnlyList<object?> Y,
        IReadOnlyList<IReadOnlyList<object?>>? Z);
}
