namespace Plotly.NET;

public static partial class StyleParam
{
    /// <summary>Base of the mirrored union types: each case knows the JSON value plotly.js receives.</summary>
    public abstract class Case
    {
        private protected Case(object json) => Json = json;

        /// <summary>The JSON value (a string, a boolean or an array).</summary>
        internal object Json { get; }

        /// <summary>The JSON value as text, e.g. "lines+markers".</summary>
        public override string ToString() => Json.ToString() ?? "";
    }
}
