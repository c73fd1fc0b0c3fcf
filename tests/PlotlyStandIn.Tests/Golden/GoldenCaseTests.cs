using System.Text;
using Plotly.NET;
using PlotlyStandIn.Tests.Support;

namespace PlotlyStandIn.Tests.Golden;

/// <summary>
/// Every golden case (a notebook cell run through the REAL Plotly.NET 5.1.0 + Plotly.NET.CSharp 0.13.0) runs
/// unchanged against the stand-in, which must write the same bytes: toJson = NAME.json, toChartHTML = NAME.html and
/// toEmbeddedHTML = NAME.embedded.html (both modulo the per-call Guid).
/// </summary>
public sealed class GoldenCaseTests
{
    public static TheoryData<string> Cases => GoldenFiles.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ToJsonIsByteIdenticalToTheRealLibrary(string name)
    {
        var chart = await Chart(name);
        var expected = File.ReadAllBytes(Path.Combine(RepositoryPaths.RequireGoldenFolder(), name + ".json"));
        AssertSameText(Encoding.UTF8.GetString(expected), GenericChart.toJson(chart), name + ".json");
        Assert.Equal(expected, Encoding.UTF8.GetBytes(GenericChart.toJson(chart)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ToChartHtmlIsTheRealFragment(string name)
    {
        var chart = await Chart(name);
        AssertSameText(GoldenFiles.Normalise(GoldenFiles.Read(name + ".html")), GoldenFiles.Normalise(GenericChart.toChartHTML(chart)), name + ".html");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ToEmbeddedHtmlIsTheRealPageWhereGiven(string name)
    {
        var chart = await Chart(name);
        if (!GoldenFiles.Has(name + ".embedded.html"))
        {
            // No golden page for this case (only the DisplayOptions cases have one); the page must still build, except
            // for PlotlyJSReference.Full, whose 3.6 MB inline plotly.js the stand-in does not ship.
            if (name == "display_full")
            {
                Assert.Throws<NotSupportedException>(() => GenericChart.toEmbeddedHTML(chart));
            }
            else
            {
                Assert.Contains(GoldenFiles.Normalise(GenericChart.toChartHTML(chart))[5..^6], GoldenFiles.Normalise(GenericChart.toEmbeddedHTML(chart)));
            }

            return;
        }

        AssertSameText(GoldenFiles.Normalise(GoldenFiles.Read(name + ".embedded.html")), GoldenFiles.Normalise(GenericChart.toEmbeddedHTML(chart)), name + ".embedded.html");
    }

    [Fact]
    public void TheGoldenReferenceHasAllSixtyTwoCases()
    {
        var names = GoldenFiles.CaseNames();
        Assert.True(names.Length == 62, $"expected the 62 golden cases of index.md, found {names.Length}: {string.Join(", ", names)}");
    }

    private static async Task<GenericChart> Chart(string name)
    {
        RepositoryPaths.RequireGoldenFolder();
        var value = await Scripts.RunAsync(GoldenFiles.Read(name + ".csx"));
        return Assert.IsType<GenericChart>(value);
    }

    // A plain Assert.Equal on 8 KB lines shows nothing useful: name the first difference and show both sides there.
    private static void AssertSameText(string expected, string actual, string file)
    {
        if (expected == actual)
        {
            return;
        }

        var at = 0;
        while (at < Math.Min(expected.Length, actual.Length) && expected[at] == actual[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 120);
        throw new Xunit.Sdk.XunitException(
            $"{file}: first difference at character {at} (expected {expected.Length} chars, got {actual.Length}).\n"
            + $"expected: …{expected[from..Math.Min(expected.Length, at + 120)]}…\n"
            + $"actual:   …{actual[from..Math.Min(actual.Length, at + 120)]}…");
    }
}
