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
        foreach (var golden in GoldenNotebook.Create())
            NotebookDocument.Save(golden.Notebook, Path.Combine(executed, golden.FileName));
        string site = Path.Combine(root, "site");

        var (exitCode, stdout, stderr) = await RunAsync("--executed", executed, "--output", site);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"Building from 2 executed notebooks in {executed} (not running them).", stdout);
        Assert.Contains($"Built 2 pages with {GoldenNotebook.DrawableHtmlFiles().Count} charts in ", stdout);
        Assert.Equal(Path.Combine(site, "index.html"), stdout.TrimEnd().Split('\n')[^1]);
        Assert.True(File.Exists(Path.Combine(site, "golden-sliders.html")));
        Assert.Contains("rel=\"prev\" href=\"golden-charts.html\"", File.ReadAllText(Path.Combine(site, "golden-sliders.html")));
    }

    [Theory]
    [InlineData("--bogus", "Unknown option '--bogus'")]
    [InlineData("--output", "Option '--output' needs a folder.")]
    [InlineData("--executed x --stand-in", "'--stand-in' and '--package-source' do not apply")]
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
        Assert.Contains("--stand-in", stdout);
    }
}
