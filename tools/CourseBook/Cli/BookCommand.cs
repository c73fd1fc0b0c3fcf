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
        string chartNote;
        if (options.Executed is { } executedFolder)
        {
            notebooks = CourseRun.Load(CourseRun.NotebooksIn(executedFolder));
            stdout.WriteLine($"Building from {notebooks.Count} executed notebooks in {executedFolder} (not running them).");
            chartNote = $"Made from the executed notebooks in {executedFolder}.";
        }
        else
        {
            var files = CourseRun.NotebooksIn(notebooksFolder);
            var (standIns, note) = await ChooseChartPackagesAsync(options, files, notebooksFolder, root, stdout, ct).ConfigureAwait(false);
            chartNote = note;
            stdout.WriteLine($"Running the {files.Count} notebooks of {notebooksFolder}:");
            var run = new RunOptions { StandIns = standIns, PackageSources = options.PackageSources };
            (notebooks, allPassed) = await CourseRun.RunAsync(files, run, stdout, ct).ConfigureAwait(false);
        }

        var site = new SiteOptions(siteFolder, notebooksFolder, webFolder, RepositoryRoot.CourseTitle(root), chartNote);
        var pages = SiteBuilder.Build(notebooks, site, stderr);
        string seconds = clock.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
        stdout.WriteLine($"Built {pages.Count} pages with {pages.Sum(p => p.Charts.Count)} charts in {seconds} s. Open:");
        stdout.WriteLine(Path.Combine(siteFolder, "index.html"));
        if (!allPassed)
            stderr.WriteLine("course-book: some notebooks stopped at an error (see above); their pages show the error where it happened.");
        return allPassed ? 0 : 1;
    }

    /// <summary>The real Plotly packages when they restore, else the offline stand-in; says which in one line.</summary>
    private static async Task<(IReadOnlyDictionary<string, string> StandIns, string Note)> ChooseChartPackagesAsync(
        BookOptions options, IReadOnlyList<string> files, string notebooksFolder, string root, TextWriter stdout, CancellationToken ct)
    {
        const string standInNote = "Its charts were made offline by the course's Plotly.NET stand-in (tests/PlotlyStandIn) and drawn by plotly.js 2.27.1.";
        if (options.StandIn)
        {
            stdout.WriteLine("Charts: the offline stand-in tests/PlotlyStandIn (--stand-in).");
            return (await ChartPackages.BuildStandInAsync(root, ct).ConfigureAwait(false), standInNote);
        }
        var lines = CourseRun.ChartPackageLines(files);
        stdout.WriteLine("Restoring the chart packages (Plotly.NET) from NuGet ...");
        string? failure = await ChartPackages.ProbeAsync(lines, notebooksFolder, options.PackageSources, ct).ConfigureAwait(false);
        if (failure is null)
        {
            stdout.WriteLine("Charts: Plotly.NET, restored from NuGet.");
            return (new Dictionary<string, string>(), "Its charts were made by Plotly.NET and drawn by plotly.js 2.27.1.");
        }
        stdout.WriteLine($"Charts: Plotly.NET could not be restored ({failure}); using the offline stand-in tests/PlotlyStandIn instead.");
        return (await ChartPackages.BuildStandInAsync(root, ct).ConfigureAwait(false), standInNote);
    }
}
