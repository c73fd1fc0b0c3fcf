using CourseBook.Tests.Support;
using Microsoft.Playwright;

namespace CourseBook.Tests.Browser;

/// <summary>
/// Sliders work in the book: on every chart of the course whose layout has sliders, clicking the slider's far end selects
/// its last step, the traces that step names become the visible ones, and the drawn line changes.
/// </summary>
[Collection(BookCollection.Name)]
public sealed class SliderTests(BookFixture book)
{
    /// <summary>Drawn line paths and each trace's visibility, as the reader sees them.</summary>
    public sealed class LineState
    {
        public string[] Paths { get; set; } = [];
        public bool[] Visible { get; set; } = [];
        public int Active { get; set; }
    }

    private const string StateScript = """
        id => {
            const gd = document.getElementById(id);
            return {
                paths: Array.from(gd.querySelectorAll('.scatterlayer g.trace path.js-line')).map(p => p.getAttribute('d')),
                visible: gd.data.map(t => t.visible !== false && t.visible !== 'legendonly'),
                active: gd.layout.sliders[0].active ?? 0,
            };
        }
        """;

    // What the last step asks for: restyle/update args[0].visible, spread over the traces (null: the step sets none).
    private const string LastStepScript = """
        id => {
            const steps = document.getElementById(id).layout.sliders[0].steps;
            const args = steps[steps.length - 1].args || [];
            return { last: steps.length - 1, visible: args[0] && Array.isArray(args[0].visible) ? args[0].visible : null };
        }
        """;

    private sealed class LastStep
    {
        public int Last { get; set; }
        public bool[]? Visible { get; set; }
    }

    [Fact]
    public async Task Moving_any_slider_to_its_far_end_shows_the_last_steps_line()
    {
        var pages = book.Course
            .Where(n => ChartProbe.FiguresOf(ChartProbe.ExecutedNotebook(book.CourseSite, n.FileName)).Any(f => f.HasSliders))
            .Select(n => Path.Combine(book.CourseSite, Path.ChangeExtension(n.FileName, ".html")))
            .ToList();
        int moved = 0;
        foreach (string page in pages)
        {
            await using var visit = await PageVisit.OpenAsync(book.Browser, page);
            foreach (var chart in (await ChartProbe.DrawnAsync(visit.Page)).Where(c => c.Sliders > 0))
            {
                await MoveToLastStepAsync(visit.Page, chart.Id, Path.GetFileName(page));
                moved++;
                string shot = Path.Combine(Paths.Screenshots, $"{Path.GetFileNameWithoutExtension(page)}-{chart.Id}-last-step.png");
                await visit.Page.Locator($"#{chart.Id}").ScreenshotAsync(new LocatorScreenshotOptions { Path = shot });
                book.Log($"slider of {Path.GetFileName(page)} #{chart.Id} at its last step: screenshot {shot}");
            }
            visit.AssertOffline();
        }
        book.Log($"sliders: {moved} moved to their last step on {pages.Count} page(s): {string.Join(", ", pages.Select(Path.GetFileName))}");
        int sliders = book.Course.Sum(n => ChartProbe.FiguresOf(ChartProbe.ExecutedNotebook(book.CourseSite, n.FileName)).Count(f => f.HasSliders));
        Assert.True(sliders >= 2, $"the course has {sliders} charts with a slider; notebook 4 has two (the fit and the capstone)");
        Assert.Equal(sliders, moved);
    }

    private static async Task MoveToLastStepAsync(IPage page, string id, string pageName)
    {
        var rail = page.Locator($"#{id} rect.slider-rail-touch-rect").First;
        await rail.ScrollIntoViewIfNeededAsync();
        var before = await page.EvaluateAsync<LineState>(StateScript, id);
        var step = await page.EvaluateAsync<LastStep>(LastStepScript, id);
        var box = await rail.BoundingBoxAsync() ?? throw new InvalidOperationException($"{pageName} #{id}: the slider rail has no box");
        await page.Mouse.ClickAsync(box.X + box.Width - 2, box.Y + box.Height / 2);
        try
        {
            // The step's restyle redraws after the slider's state changes: wait for both.
            await page.WaitForFunctionAsync($"([id, last, before]) => (({StateScript})(id)).active === last && (({StateScript})(id)).paths.join('|') !== before",
                new object[] { id, step.Last, string.Join('|', before.Paths) }, new PageWaitForFunctionOptions { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            // The assertions below say what did not happen.
        }
        var after = await page.EvaluateAsync<LineState>(StateScript, id);

        Assert.True(before.Active != step.Last, $"{pageName} #{id}: the slider already stood at its last step");
        Assert.True(after.Active == step.Last, $"{pageName} #{id}: the slider stands at step {after.Active}, not its last step {step.Last}");
        Assert.False(before.Paths.SequenceEqual(after.Paths), $"{pageName} #{id}: the drawn line did not change");
        if (step.Visible is { } visible)
            Assert.Equal(visible, after.Visible.Take(visible.Length));
    }
}
