using System.Diagnostics;
using CourseBook.Course;
using CourseBook.Site;
using Microsoft.Playwright;
using NotebookRunner;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CourseBook.Tests.Support;

/// <summary>
/// Built once for all browser tests: the course run in the real kernel with the real chart packages and written as a
/// site, and Chromium driven by Playwright.
/// </summary>
public sealed class BookFixture : IAsyncLifetime
{
    private readonly IMessageSink sink;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BookFixture(IMessageSink sink) => this.sink = sink;

    /// <summary>The course's site folder.</summary>
    public string CourseSite { get; } = Path.Combine(AppContext.BaseDirectory, "book-site");

    /// <summary>The course's executed notebooks, as the book got them.</summary>
    public IReadOnlyList<BookNotebook> Course { get; private set; } = [];

    /// <summary>True when every course notebook ran without an error.</summary>
    public bool CoursePassed { get; private set; }

    /// <summary>The browser (Debian's Chromium).</summary>
    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>Prints a progress line in the test run's output.</summary>
    public void Log(string line) => sink.OnMessage(new DiagnosticMessage(line));

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var options = new RunOptions { CellTimeout = TimeSpan.FromMinutes(2) };
        using var progress = new LineWriter(line => Log($"course run {line}"));
        (Course, CoursePassed) = await CourseRun.RunAsync(CourseRun.NotebooksIn(Paths.Notebooks), options, progress, CancellationToken.None);
        using var warnings = new LineWriter(Log);
        SiteBuilder.Build(Course, new SiteOptions(CourseSite, Paths.Notebooks, Paths.Web, "The course", "Test build."), warnings);
        Log($"book site built in {clock.Elapsed.TotalSeconds:0.0} s: {CourseSite}");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Root needs --no-sandbox; the rest keeps Chromium from calling home on a machine with no network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Log($"Chromium {browser.Version} started ({Chromium})");
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
    }

    private static string Chromium
    {
        get
        {
            string path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } set ? set : "/usr/bin/chromium";
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"Chromium is expected at {path} (apt-get install -y chromium; .ci/run does), or set CHROMIUM_PATH.", path);
        }
    }

    /// <summary>A writer that hands each finished line to a callback.</summary>
    private sealed class LineWriter(Action<string> onLine) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.Write(value);
            onLine(ToString());
            GetStringBuilder().Clear();
        }
    }
}

/// <summary>The browser tests share one <see cref="BookFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BookCollection : ICollectionFixture<BookFixture>
{
    public const string Name = "Book in Chromium";
}
