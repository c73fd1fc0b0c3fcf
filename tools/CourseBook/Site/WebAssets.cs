using NotebookRunner;

namespace CourseBook.Site;

/// <summary>
/// The browser libraries of the site, from the npm packages pinned in <c>tools/CourseBook/web/package-lock.json</c>
/// (plotly.js 2.28.0, the version Plotly.NET 6.0.0 ships and draws with; KaTeX with its fonts; Prism) plus the book's own
/// book.css and book.js, all copied into <c>site/assets/</c> so the pages need no network.
/// </summary>
internal static class WebAssets
{
    /// <summary>Site-relative paths the pages link to.</summary>
    public const string Plotly = "assets/plotly/plotly.min.js", Katex = "assets/katex/katex.min.js",
        KatexCss = "assets/katex/katex.min.css", Prism = "assets/prism/prism.js",
        PrismCSharp = "assets/prism/prism-csharp.min.js", PrismCss = "assets/prism/prism.css",
        BookCss = "assets/book.css", BookJs = "assets/book.js";

    /// <summary>npm package file or folder → site-relative path.</summary>
    private static readonly (string From, string To)[] Packaged =
    [
        ("plotly.js-dist-min/plotly.min.js", Plotly),
        ("plotly.js-dist-min/LICENSE", "assets/plotly/LICENSE"),
        ("katex/dist/katex.min.js", Katex),
        ("katex/dist/katex.min.css", KatexCss),
        ("katex/dist/fonts", "assets/katex/fonts"),
        ("katex/LICENSE", "assets/katex/LICENSE"),
        ("prismjs/prism.js", Prism),
        ("prismjs/components/prism-csharp.min.js", PrismCSharp),
        ("prismjs/themes/prism.css", PrismCss),
        ("prismjs/LICENSE", "assets/prism/LICENSE"),
    ];

    /// <summary>The version of the installed plotly.js (npm package plotly.js-dist-min) in <paramref name="webFolder"/>.</summary>
    public static string PlotlyVersion(string webFolder)
    {
        string package = Path.Combine(webFolder, "node_modules", "plotly.js-dist-min", "package.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(package));
        return json.RootElement.GetProperty("version").GetString() ?? "";
    }

    /// <summary>
    /// Runs <c>npm ci</c> in <paramref name="webFolder"/> when its packages are missing or older than the lock file.
    /// Returns true when it ran.
    /// </summary>
    /// <exception cref="InvalidOperationException">npm is missing or failed; the message holds its output.</exception>
    public static async Task<bool> EnsureInstalledAsync(string webFolder, CancellationToken ct)
    {
        string installed = Path.Combine(webFolder, "node_modules", ".package-lock.json");
        string lockFile = Path.Combine(webFolder, "package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(lockFile)
            && Packaged.All(item => Path.Exists(Path.Combine(webFolder, "node_modules", item.From))))
            return false;
        var (exitCode, output) = await ChildProcess.RunAsync("npm", webFolder, ["ci", "--no-audit", "--no-fund"], ct: ct).ConfigureAwait(false);
        if (exitCode != 0)
            throw new InvalidOperationException($"`npm ci` in {webFolder} failed (exit code {exitCode}):\n{output.Trim()}");
        return true;
    }

    /// <summary>Copies the libraries and the book's own files into <paramref name="siteFolder"/>.</summary>
    /// <exception cref="FileNotFoundException">A package file is missing: run <see cref="EnsureInstalledAsync"/> first.</exception>
    public static void CopyTo(string webFolder, string siteFolder)
    {
        foreach (var (from, to) in Packaged.Append(("../book.css", BookCss)).Append(("../book.js", BookJs)))
        {
            string source = Path.GetFullPath(Path.Combine(webFolder, "node_modules", from));
            string target = Path.Combine(siteFolder, to);
            if (Directory.Exists(source))
            {
                foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
                    CopyFile(file, Path.Combine(target, Path.GetRelativePath(source, file)));
            }
            else if (File.Exists(source))
            {
                CopyFile(source, target);
            }
            else
            {
                throw new FileNotFoundException($"The book's browser library file '{source}' is missing; run `npm ci` in {webFolder}.", source);
            }
        }
    }

    private static void CopyFile(string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
    }
}
