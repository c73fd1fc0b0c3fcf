using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace DynamicObj;

/// <summary>
/// Stand-in for DynamicObj 2.0.0's <c>DynamicObj</c>, the base of every Plotly.NET object (traces, layout, axes,
/// sliders ...). Properties keep their insertion order: a new key is appended, setting an existing key keeps its
/// place. That order is what Newtonsoft writes, so it decides the figure JSON.
/// </summary>
[JsonConverter(typeof(DynamicObjConverter))]
public class DynamicObj
{
    // A Dictionary, like the real one: enumeration follows insertion order as long as nothing is removed.
    private readonly Dictionary<string, object?> properties = new();

    /// <summary>Sets the property <paramref name="name"/>, appending it if new (DynamicObj's <c>SetValue</c>).</summary>
    /// <param name="name">The property (JSON key) name.</param>
    /// <param name="value">The value; it is serialized as it is when the chart is written.</param>
    public void SetValue(string name, object value)
    {
        ArgumentNullException.ThrowIfNull(name);
        properties[name] = value;
    }

    /// <summary>The properties in JSON order.</summary>
    internal IEnumerable<KeyValuePair<string, object?>> Properties => properties;

    /// <summary>The value of <paramref name="name"/>, or null when it is not set.</summary>
    internal object? Get(string name) => properties.TryGetValue(name, out var value) ? value : null;

    /// <summary>Removes <paramref name="name"/>; a later set appends it again.</summary>
    internal void Remove(string name) => properties.Remove(name);

    /// <summary>Sets <paramref name="name"/> only when a value was given (Plotly.NET's <c>setValueOpt</c>).</summary>
    internal void SetIf(string name, object? value)
    {
        if (value is not null)
        {
            properties[name] = value;
        }
    }

    /// <summary>
    /// Merges <paramref name="later"/> into this object (Plotly.NET's <c>DynObj.combine</c>): later values win,
    /// nested objects merge recursively, keys already here keep their place and new ones are appended.
    /// </summary>
    internal void Combine(DynamicObj later)
    {
        ArgumentNullException.ThrowIfNull(later);
        foreach (var (key, value) in later.Properties)
        {
            if (value is DynamicObj nested && Get(key) is DynamicObj existing && !ReferenceEquals(nested, existing))
            {
                existing.Combine(nested);
            }
            else
            {
                properties[key] = value;
            }
        }
    }
}

/// <summary>Writes a <see cref="DynamicObj"/> as a JSON object of its properties, in insertion order.</summary>
internal sealed class DynamicObjConverter : JsonConverter<DynamicObj>
{
    public override bool CanRead => false;

    public override void WriteJson(JsonWriter writer, DynamicObj? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (key, property) in value.Properties)
        {
            writer.WritePropertyName(key);
            serializer.Serialize(writer, property);
        }

        writer.WriteEndObject();
    }

    public override DynamicObj ReadJson(JsonReader reader, Type objectType, DynamicObj? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("The Plotly stand-in only writes figure JSON.");
}
