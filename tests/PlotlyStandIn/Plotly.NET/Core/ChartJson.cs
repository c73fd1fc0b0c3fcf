using Newtonsoft.Json;

namespace Plotly.NET;

/// <summary>
/// Serializes figure parts exactly as Plotly.NET 5.1.0 does: Newtonsoft.Json, no indentation, reference loops
/// serialized. That fixes the number format (1.0, 1E-05, 1E+17, "NaN") and the string escaping (raw UTF-8,
/// only quote, backslash and control characters escaped).
/// </summary>
internal static class ChartJson
{
    private static readonly JsonSerializerSettings Settings = new() { ReferenceLoopHandling = ReferenceLoopHandling.Serialize };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Formatting.None, Settings);
}
