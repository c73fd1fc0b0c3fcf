using CourseBook.Cli;
using CourseBook.Tests.Support;
using NotebookRunner;

namespace CourseBook.Tests.Cli;

/// <summary>The course-book command called in-process: options, building from executed notebooks, exit codes.</summary>
public sealed class BookCommandTests
{
    private static async Task<(int ExitCode, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = await BookCommand.RunAsync(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Executed_notebooks_are_built_into_a_site_without_running_them_and_the_index_path_is_printed_last()
    {
        string root = Paths.Scratch(nameof(Executed_notebooks_are_built_into_a_site_without_running_them_and_the_index_path_is_printed_last));
        string executed = Path.Combine(root, "executed");
        foreach (var (name, charts) in new[] { ("01-a.ipynb", 2), ("02-b.ipynb", 1) })
            NotebookDocument.Save(Executed(name, charts), Path.Combine(executed, name));
        string site = Path.Combine(root, "site");

        var (exitCode, stdout, stderr) = await RunAsync("--executed", executed, "--output", site);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"Building from 2 executed notebooks in {executed} (not running them).", stdout);
        Assert.Contains("Built 2 pages with 3 charts in ", stdout);
        Assert.Equal(Path.Combine(site, "index.html"), stdout.TrimEnd().Split('\n')[^1]);
        Assert.True(File.Exists(Path.Combine(site, "02-b.html")));
        Assert.Contains("rel=\"prev\" href=\"01-a.html\"", File.ReadAllText(Path.Combine(site, "02-b.html")));
    }

    // An executed notebook as the runner writes it: a heading, then one cell per chart output.
    private static System.Text.Json.Nodes.JsonObject Executed(string name, int charts)
    {
        var cells = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["cell_type"] = "markdown", ["metadata"] = new System.Text.Json.Nodes.JsonObject(), ["source"] = $"# {name}",
        });
        for (int k = 0; k < charts; k++)
            cells.Add(new System.Text.Json.Nodes.JsonObject
            {
                ["cell_type"] = "code", ["metadata"] = new System.Text.Json.Nodes.JsonObject(), ["execution_count"] = k + 1, ["source"] = "Chart()",
                ["outputs"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
                {
                    ["output_type"] = "execute_result", ["execution_count"] = k + 1, ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
                    ["data"] = new System.Text.Json.Nodes.JsonObject { ["text/html"] = ChartHtml.Of(ChartHtml.Figure(2), $"chart-{k}") },
                }),
            });
        return new System.Text.Json.Nodes.JsonObject { ["nbformat"] = 4, ["nbformat_minor"] = 5, ["metadata"] = new System.Text.Json.Nodes.JsonObject(), ["cells"] = cells };
    }

    [Theory]
    [InlineData("--bogus", "Unknown option '--bogus'")]
    [InlineData("--output", "Option '--output' needs a folder.")]
    [InlineData("--stand-in", "Unknown option '--stand-in'")]
    [InlineData("notebooks/", "Unknown option 'notebooks/'")]
    public async Task Invalid_options_are_usage_errors_naming_the_option_with_exit_code_2(string args, string expected)
    {
        var (exitCode, _, stderr) = await RunAsync(args.Split(' '));

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, stderr);
        Assert.Contains("Usage: course-book", stderr);
    }

    [Fact]
    public async Task A_missing_folder_of_executed_notebooks_is_an_error_naming_it()
    {
        string missing = Path.Combine(Paths.Scratch("missing-executed"), "nowhere");

        var (exitCode, _, stderr) = await RunAsync("--executed", missing, "--output", Path.Combine(Paths.Scratch("missing-site"), "site"));

        Assert.Equal(1, exitCode);
        Assert.Contains($"course-book: error: The notebooks folder '{missing}' does not exist.", stderr);
    }

    [Fact]
    public async Task Help_lists_the_options_and_exits_0()
    {
        var (exitCode, stdout, _) = await RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--executed DIR", stdout);
        Assert.Contains(".config/dotnet-tools.json", stdout);
    }
}
