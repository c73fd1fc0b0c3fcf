using Microsoft.Playwright;

namespace CourseBook.Tests.Support;

/// <summary>
/// One page opened from file:// in its own browser context, with everything it asked the network for and every
/// console error it printed, waited on until book.js says the page is drawn.
/// </summary>
internal sealed class PageVisit : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private PageVisit(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>From navigation to the page being drawn.</summary>
    public TimeSpan LoadTime { get; private set; }

    /// <summary>console.error messages and uncaught exceptions.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Every URL requested, in order.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Requests that failed, with the reason.</summary>
    public List<string> FailedRequests { get; } = [];

    /// <summary>
    /// Opens <paramref name="file"/> and waits for the page to be drawn (body[data-book-ready]) unless told not to; with
    /// <paramref name="blockNetwork"/>, every request but for a local file fails, as on a machine with no network.
    /// </summary>
    public static async Task<PageVisit> OpenAsync(IBrowser browser, string file, bool waitForBook = true, bool blockNetwork = false)
    {
        // Laid out at 1100 CSS pixels; drawn at half scale, which halves the full-page screenshots' time and thirds their size.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1100, Height = 900 },
            DeviceScaleFactor = 0.5f,
        });
        if (blockNetwork)
            await context.RouteAsync("**/*", route => route.Request.Url.StartsWith("file://", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        var page = await context.NewPageAsync();
        var visit = new PageVisit(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                visit.Errors.Add($"console.error: {message.Text}");
        };
        page.PageError += (_, error) => visit.Errors.Add($"uncaught: {error}");
        page.Request += (_, request) => visit.Requests.Add(request.Url);
        page.RequestFailed += (_, request) => visit.FailedRequests.Add($"{request.Url}: {request.Failure}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (waitForBook)
            await page.WaitForFunctionAsync("() => document.body.dataset.bookReady", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        visit.LoadTime = clock.Elapsed;
        return visit;
    }

    /// <summary>No console error, no failed request, nothing asked of anything but a local file.</summary>
    public void AssertOffline()
    {
        Assert.Empty(Errors);
        Assert.Empty(FailedRequests);
        Assert.DoesNotContain(Requests, url => !url.StartsWith("file://", StringComparison.Ordinal));
        Assert.NotEmpty(Requests);
    }

    /// <summary>Saves a full-page screenshot to artifacts/screenshots; returns "PATH (load x s, shot y s)" for the log.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(Paths.Screenshots);
        string path = Path.Combine(Paths.Screenshots, name + ".png");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return FormattableString.Invariant($"{path} (drawn in {LoadTime.TotalSeconds:0.0} s, screenshot {clock.Elapsed.TotalSeconds:0.0} s)");
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
