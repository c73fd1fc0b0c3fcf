// How the course's charts and checks reach your screen in the .NET Interactive kernel (VS Code, Jupyter, dotnet-repl),
// offline. The setup cell loads this file after the chart packages; you never call anything here yourself.
//   1. Plotly.NET 6 is built against FSharp.Core 10.1, but the kernel has already loaded its own FSharp.Core 10.0 (a
//      process holds one): without help the first chart throws "Could not load … FSharp.Core, Version=10.1.0.0".
//   2. Plotly.NET.Interactive shows a chart by loading require.js and plotly.js from two websites: blank offline.
//      Here the setup cell's output carries plotly.js once (the copy inside Plotly.NET.dll), and every chart waits
//      for it. That is why the setup cell's output is a few MB when you save the notebook.
//   3. If the chart packages are not the versions the course is written for, it says so in one line.
//   4. A check's verdict, a hint, the solution and your progress show as coloured boxes (HTML) and as plain text, for
//      a front end that shows only text.
using System.IO;
using System.Reflection;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using NeuronFromScratch.Course;

/// <summary>The chart packages' versions the course is written for (the setup cell's <c>#r "nuget: …"</c> lines).</summary>
static readonly (string Package, string Version)[] CoursePackages =
    { ("Plotly.NET.Interactive", "6.0.0"), ("Plotly.NET.CSharp", "0.14.0"), ("Plotly.NET", "6.0.0") };

/// <summary>
/// Lets Plotly.NET use the FSharp.Core the kernel already has: when the runtime cannot find the FSharp.Core version
/// an assembly asks for, it is handed the loaded one. Registered once per kernel, however often the setup cell runs.
/// </summary>
static void UseTheKernelsFSharpCore()
{
    const string registered = "NeuronFromScratch.FSharpCoreResolver";
    if (AppDomain.CurrentDomain.GetData(registered) is not null)
        return;
    AppDomain.CurrentDomain.AssemblyResolve += (_, request) =>
        new AssemblyName(request.Name).Name == "FSharp.Core"
            ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
            : null;
    AppDomain.CurrentDomain.SetData(registered, true);
}

/// <summary>
/// One line if a chart package the kernel loaded is not the version the course pins, naming both versions; else null.
/// </summary>
static string ChartPackagesWarning(IEnumerable<(string Package, string Version)> pinned)
{
    var wrong = pinned
        .Select(pin => (pin.Package, Pinned: pin.Version, Loaded: LoadedVersion(pin.Package)))
        .Where(package => package.Loaded != package.Pinned)
        .Select(package => $"{package.Package} {package.Loaded} (the course is written for {package.Pinned})")
        .ToList();
    return wrong.Count == 0 ? null
        : $"⚠ Loaded {string.Join(" and ", wrong)}: the charts may look different or fail. Restart the kernel and run the setup cells first.";
}

// A chart package's version as NuGet names it ("0.14.0"), from its assembly's informational version ("0.14.0+8e1c…").
// A type of each package names the assembly, which also loads it: an assembly loads only when first used.
static string LoadedVersion(string package)
{
    Assembly assembly = package switch
    {
        "Plotly.NET" => typeof(GenericChart).Assembly,
        "Plotly.NET.CSharp" => typeof(Plotly.NET.CSharp.Chart).Assembly,
        "Plotly.NET.Interactive" => typeof(Plotly.NET.Interactive.FormatterKernelExtension).Assembly,
        _ => throw new ArgumentException($"{package} is not one of the course's chart packages.", nameof(package)),
    };
    return (assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "").Split('+')[0];
}

/// <summary>
/// The plotly.js that Plotly.NET ships inside its DLL (the version it was made for), in a script element. The bundle
/// is UMD: under an AMD loader (classic Jupyter's require.js) it would register a module instead of setting
/// window.Plotly, so define, exports and module are hidden from it. A page that already has Plotly keeps its own.
/// </summary>
static string PlotlyJsElement()
{
    var plotlyNet = typeof(GenericChart).Assembly;
    string resource = $"Plotly.NET.plotly-{Globals.PLOTLYJS_VERSION}.min.js";
    using var stream = plotlyNet.GetManifestResourceStream(resource)
        ?? throw new InvalidOperationException($"Plotly.NET.dll has no resource {resource}: is the Plotly.NET package whole?");
    string plotlyJs = new StreamReader(stream).ReadToEnd();
    return $"<script type=\"text/javascript\" data-plotly-js=\"{Globals.PLOTLYJS_VERSION}\">\n"
        + "if (typeof window.Plotly === \"undefined\") { (function (define, exports, module) {\n"
        + plotlyJs
        + "\n}).call(window); }\n</script>";
}

/// <summary>
/// A chart as HTML: its box, and a script that draws Plotly.NET's figure as soon as plotly.js is there (the setup
/// cell's output brings it; outputs may be drawn in any order when a saved notebook is opened).
/// </summary>
static string ChartHtml(GenericChart chart)
{
    string id = "chart-" + Guid.NewGuid().ToString("N");
    string figure = GenericChart.toFigureJson(chart);
    string config = Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getConfig(chart));
    return $"<div id=\"{id}\"></div>\n<script type=\"text/javascript\">\n(function () {{\n"
        + $"    var figure = {figure};\n"
        + $"    var config = {config};\n"
        + "    var waited = 0;\n"
        + "    (function draw() {\n"
        + $"        if (window.Plotly) {{ Plotly.newPlot('{id}', figure.data, figure.layout, config); return; }}\n"
        + "        if ((waited += 100) < 60000) { setTimeout(draw, 100); return; }\n"
        + $"        document.getElementById('{id}').textContent = 'This chart needs plotly.js, which the output of the notebook\\'s setup cell carries: run the setup cells again.';\n"
        + "    })();\n})();\n</script>";
}

/// <summary>Shows values of type <typeparamref name="T"/> as <paramref name="html"/> and as their ToString(), both.</summary>
static void ShowAsHtmlAndText<T>(Func<T, string> html)
{
    Formatter.Register<T>((value, writer) => writer.Write(html(value)), "text/html");
    Formatter.Register<T>((value, writer) => writer.Write(value.ToString()), "text/plain");
    Formatter.SetPreferredMimeTypesFor(typeof(T), "text/html", "text/plain");
}

UseTheKernelsFSharpCore();
Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartHtml(chart)), "text/html");
ShowAsHtmlAndText<Verdict>(verdict => verdict.ToHtml());
ShowAsHtmlAndText<Reveal>(reveal => reveal.ToHtml());
ShowAsHtmlAndText<Help>(help => help.ToHtml());
ShowAsHtmlAndText<Progress>(progress => progress.ToHtml());
Kernel.display(Kernel.HTML(PlotlyJsElement()));
if (ChartPackagesWarning(CoursePackages) is string warning)
    Console.WriteLine(warning);
