using System.Diagnostics;
using System.Globalization;
using CourseBook.Course;
using CourseBook.Site;
using NotebookRunner;

namespace CourseBook.Cli;

/// <summary>The course-book command: install the browser libraries, run the course (or read executed notebooks), write the site.</summary>
public static class BookCommand
{
    /// <summary>Runs the command; returns the exit code (0 built and all notebooks passed, 1 otherwise, 2 invalid options).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Progress and the site's path.</param>
    /// <param name="stderr">Usage errors, warnings and failures.</param>
    /// <param name="ct">Cancels the run.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        BookOptions options;
        try
        {
            options = BookOptions.Parse(args);
        }
        catch (BookUsageException e)
        {
            stderr.WriteLine($"course-book: {e.Message}");
            stderr.WriteLine(BookOptions.Usage);
            return 2;
        }
        if (options.ShowHelp)
        {
            stdout.WriteLine(BookOptions.Usage);
            return 0;
        }
        try
        {
            return await BuildAsync(options, stdout, stderr, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or FormatException
            or NotebookFormatException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"course-book: error: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> BuildAsync(BookOptions options, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        string root = RepositoryRoot.Find();
        string notebooksFolder = options.Notebooks ?? Path.Combine(root, "notebooks");
        string siteFolder = options.Output ?? Path.Combine(root, "site");
        string webFolder = Path.Combine(root, "tools", "CourseBook", "web");
        if (!File.Exists(Path.Combine(webFolder, "node_modules", ".package-lock.json")))
            stdout.WriteLine("Installing the book's browser libraries: npm ci in tools/CourseBook/web (plotly.js, KaTeX, Prism) ...");
        await WebAssets.EnsureInstalledAsync(webFolder, ct).ConfigureAwait(false);

        IReadOnlyList<BookNotebook> notebooks;
        bool allPassed = true;
        string plotlyVersion = WebAssets.PlotlyVersion(webFolder);
        string chartNote;
        if (options.Executed is { } executedFolder)
        {
            notebooks = CourseRun.Load(CourseRun.NotebooksIn(executedFolder));
            stdout.WriteLine($"Building from {Count(notebooks.Count, "executed notebook")} in {executedFolder} (not running them).");
            chartNote = $"Made from the executed notebooks in {executedFolder}; its charts are drawn by plotly.js {plotlyVersion}.";
        }
        else
        {
            var files = CourseRun.NotebooksIn(notebooksFolder);
            stdout.WriteLine($"Running {Count(files.Count, "notebook")} of {notebooksFolder} in the .NET Interactive kernel (dotnet-interactive, as .config/dotnet-tools.json pins it):");
            (notebooks, allPassed) = await CourseRun.RunAsync(files, new RunOptions(), stdout, ct).ConfigureAwait(false);
            chartNote = $"Its charts were made by Plotly.NET in the .NET Interactive kernel and are drawn by plotly.js {plotlyVersion}.";
        }
        // The executed notebooks carry the plotly.js their charts were made for; the pages draw with the site's own.
        foreach (string carried in CourseRun.CarriedPlotlyVersions(notebooks).Where(v => v != plotlyVersion))
            stderr.WriteLine($"course-book: warning: the notebooks' charts were made for plotly.js {carried}, but the book draws them with {plotlyVersion} (tools/CourseBook/web/package.json).");

        var site = new SiteOptions(siteFolder, notebooksFolder, webFolder, RepositoryRoot.CourseTitle(root), chartNote);
        var pages = SiteBuilder.Build(notebooks, site, stderr);
        string seconds = clock.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
        stdout.WriteLine($"Built {Count(pages.Count, "page")} with {Count(pages.Sum(p => p.Charts.Count), "chart")} in {seconds} s. Open:");
        stdout.WriteLine(Path.Combine(siteFolder, "index.html"));
        if (!allPassed)
            stderr.WriteLine("course-book: some notebooks stopped at an error (see above); their pages show the error where it happened.");
        return allPassed ? 0 : 1;
    }

    private static string Count(int count, string what) => $"{count} {what}{(count == 1 ? "" : "s")}";
}
