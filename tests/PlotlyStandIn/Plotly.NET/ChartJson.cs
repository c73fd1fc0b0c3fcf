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

    // The records serialize as they are: only the top-level shape is spelled out here.
    public static string Serialize(GenericChart chart)
    {
        var layout = chart.Layout;
        return JsonSerializer.Serialize(
            new { layout.Title, layout.XAxis, layout.YAxis, layout.Width, layout.Height, layout.Grid, chart.Traces },
            Options);
    }
}
