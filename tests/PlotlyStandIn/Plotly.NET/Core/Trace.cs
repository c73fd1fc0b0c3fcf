namespace Plotly.NET;

/// <summary>A trace (one data series) of a chart: a DynamicObj whose first key is its plotly.js "type".</summary>
public class Trace : DynamicObj.DynamicObj
{
    internal Trace(string traceTypeName) => SetValue("type", traceTypeName);
}
