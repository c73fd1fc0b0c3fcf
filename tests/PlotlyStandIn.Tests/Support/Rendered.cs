using System.Text.Json;
using Plotly.NET;

namespace PlotlyStandIn.Tests.Support;

/// <summary>Reads back what the stand-in recorded, through its public HTML function only.</summary>
internal static class Rendered
{
    internal const string Prefix = "<div class=\"plotly-stand-in\"><script type=\"application/json\">";
    internal const string Suffix = "</script></div>";

    /// <summary>The JSON inside <c>GenericChart.toChartHTML</c>'s fragment; fails if the wrapper is not the documented one.</summary>
    public static JsonElement Json(GenericChart chart)
    {
        var html = GenericChart.toChartHTML(chart);
        Assert.StartsWith(Prefix, html);
        Assert.EndsWith(Suffix, html);
        var json = html[Prefix.Length..^Suffix.Length];
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    public static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static string? Text(JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetString();
}
