using System.IO;
using Newtonsoft.Json.Linq;

namespace Plotly.NET;

/// <summary>
/// What Plotly.NET's defaults add to every chart made with <c>UseDefaults: true</c>: a 600 x 600 layout with the
/// default "plotly" template, and the config <c>{"responsive":true}</c>.
/// </summary>
internal static class Defaults
{
    // The template is the real library's output (Resources/template.json, copied from the golden reference);
    // it is written verbatim, as raw JSON.
    private static readonly string TemplateJson = Resource("PlotlyStandIn.template.json");

    /// <summary>The favicon of the pages toEmbeddedHTML writes (base64 PNG, real library output).</summary>
    public static readonly string FaviconBase64 = Resource("PlotlyStandIn.favicon.b64").Trim();

    /// <summary>A fresh default layout: width, height, template (in this order).</summary>
    public static Layout NewLayout()
    {
        var layout = new Layout();
        layout.SetValue("width", 600);
        layout.SetValue("height", 600);
        layout.SetValue("template", new JRaw(TemplateJson));
        return layout;
    }

    /// <summary>A fresh default config.</summary>
    public static Config NewConfig()
    {
        var config = new Config();
        config.SetValue("responsive", true);
        return config;
    }

    private static string Resource(string name)
    {
        using var stream = typeof(Defaults).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"The stand-in's embedded resource '{name}' is missing; rebuild tests/PlotlyStandIn.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
