namespace Plotly.NET;

/// <summary>
/// Empty stand-in for Plotly.NET's F#-style <c>Chart</c> type. It exists so that, as with the real packages,
/// <c>Chart</c> is ambiguous (CS0104) when both Plotly.NET and Plotly.NET.CSharp are imported without the alias
/// <c>using Chart = Plotly.NET.CSharp.Chart;</c>.
/// </summary>
public static class Chart
{
}
