using NotebookRunner;

namespace Notebooks.Tests.Setup;

/// <summary>
/// The setup cell's chart plumbing (setup/Kernel.csx) in the pinned kernel, the way learners use it: Plotly.NET 6 needs
/// FSharp.Core 10.1 where the kernel has 10.0, so the first chart throws unless the setup hands it the kernel's copy; it
/// must hold when the setup cell runs again, when cells run in another order, and in a restarted kernel (a new process).
/// </summary>
public sealed class ChartSetupTests
{
    private const string Packages = "#r \"nuget: Plotly.NET.Interactive, 6.0.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\n";
    private const string Chart = "Plotly.NET.CSharp.Chart.Point<double, double, string>(x: new[] { 1.0, 2.0 }, y: new[] { 3.0, 4.0 })";

    [Fact]
    public async Task WithoutTheSetupThePinnedKernelCannotDrawAPlotlyNetChart()
    {
        // The problem the setup solves, as the kernel has it: if a kernel ever ships FSharp.Core 10.1, this test says so.
        await using var kernel = await KernelProcess.StartAsync(Course.NotebooksFolder);
        Assert.Null((await SubmitAsync(kernel, Packages)).Error);

        var chart = await SubmitAsync(kernel, Chart);

        Assert.Contains("Could not load file or assembly 'FSharp.Core, Version=10.1.0.0", chart.Error);
    }

    [Fact]
    public async Task ChartsDrawAfterTheSetupRunsAgainAndWhenCellsRunInAnotherOrder()
    {
        string setup = Course.CellSource("01-forward-pass.ipynb", "setup-references");
        string build = Course.CellSource("01-forward-pass.ipynb", "setup-build");
        await using var kernel = await KernelProcess.StartAsync(Course.NotebooksFolder);

        // The setup cell first, without the build cell (the library is built), then a chart.
        Assert.Null((await SubmitAsync(kernel, setup)).Error);
        AssertChart(await SubmitAsync(kernel, Chart));
        // The build cell after the setup, the setup twice more: a learner who runs cells again, in any order.
        Assert.Null((await SubmitAsync(kernel, build)).Error);
        Assert.Null((await SubmitAsync(kernel, setup)).Error);
        Assert.Null((await SubmitAsync(kernel, setup)).Error);
        AssertChart(await SubmitAsync(kernel, Chart + ".WithTitle(\"again\").WithNotebookLayout()"));
        // However often the setup ran, the kernel's FSharp.Core is handed over by one handler.
        var registered = await SubmitAsync(kernel, "Console.WriteLine(AppDomain.CurrentDomain.GetData(\"NeuronFromScratch.FSharpCoreResolver\"));");
        Assert.Equal("True\n", TextOf(registered));
    }

    [Fact]
    public async Task ChartsDrawInARestartedKernel()
    {
        string setup = Course.CellSource("01-forward-pass.ipynb", "setup-references");
        for (int start = 1; start <= 2; start++)
        {
            await using var kernel = await KernelProcess.StartAsync(Course.NotebooksFolder);
            Assert.Null((await SubmitAsync(kernel, setup)).Error);
            AssertChart(await SubmitAsync(kernel, Chart));
        }
    }

    [Fact]
    public async Task ThePinnedPackagesGiveNoVersionLineAndOthersGiveOneNamingBothVersions()
    {
        var run = await Course.RunAsync("01-forward-pass.ipynb");
        Assert.DoesNotContain("⚠", run.OutputText("setup-references"));
        await using var kernel = await KernelProcess.StartAsync(Course.NotebooksFolder);
        Assert.Null((await SubmitAsync(kernel, Course.CellSource("01-forward-pass.ipynb", "setup-references"))).Error);

        var warning = await SubmitAsync(kernel,
            "Console.WriteLine(ChartPackagesWarning(new[] { (\"Plotly.NET.CSharp\", \"0.15.0\"), (\"Plotly.NET\", \"6.0.0\") }) ?? \"none\");");

        Assert.Equal("⚠ Loaded Plotly.NET.CSharp 0.14.0 (the course is written for 0.15.0): the charts may look different or fail. " +
                     "Restart the kernel and run the setup cells first.\n", TextOf(warning));
    }

    private static async Task<CellOutputs> SubmitAsync(KernelProcess kernel, string code)
    {
        var submitted = await kernel.SubmitAsync(code, "csharp", TimeSpan.FromMinutes(2));
        Assert.Null(submitted.Lost);
        return CellOutputs.From(submitted.Events, 1);
    }

    private static string TextOf(CellOutputs cell) =>
        string.Concat(cell.Outputs.Where(o => (string?)o!["output_type"] == "stream").Select(o => (string?)o!["text"]));

    private static void AssertChart(CellOutputs cell)
    {
        Assert.Null(cell.Error);
        string html = (string?)cell.Outputs.Single(o => (string?)o!["output_type"] == "execute_result")!["data"]!["text/html"] ?? "";
        Assert.Contains("var figure = {\"data\":[{\"type\":\"scatter\"", html);
        Assert.Contains("Plotly.newPlot(", html);
    }
}
