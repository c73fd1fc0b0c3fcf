using NotebookRunner.CommandLine;
using Xunit;

namespace NotebookRunner.Tests.CommandLine;

/// <summary>The run-notebooks command, called in-process: exit codes, summaries, where executed copies go, what it names.</summary>
public sealed class CommandLineRunnerTests
{
    private static async Task<(int ExitCode, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = await CommandLineRunner.RunAsync(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Output_writes_an_executed_copy_and_leaves_the_source_unchanged()
    {
        using var temp = new TempFolder();
        string source = temp.CopyFixture("state.ipynb", "in");
        string original = File.ReadAllText(source);
        string outputFolder = Path.Combine(temp.Path, "out");

        var (exitCode, stdout, stderr) = await RunAsync("--output", outputFolder, source);

        Assert.Equal(0, exitCode);
        Assert.Equal(original, File.ReadAllText(source));
        var executed = NotebookDocument.Load(Path.Combine(outputFolder, "state.ipynb"));
        Assert.Equal("84\n", executed["cells"]![2]!["outputs"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("state.ipynb: passed (3 cells", stdout);
        Assert.EndsWith("1 notebook: 1 passed, 0 failed\n", stdout.Replace("\r\n", "\n"));
        Assert.Contains("state.ipynb cell 3/3 (code)", stderr);
    }

    [Fact]
    public async Task In_place_overwrites_the_source_with_its_executed_copy()
    {
        using var temp = new TempFolder();
        string source = temp.CopyFixture("state.ipynb");

        var (exitCode, _, _) = await RunAsync("--in-place", source);

        Assert.Equal(0, exitCode);
        var executed = NotebookDocument.Load(source);
        Assert.Equal(2, executed["cells"]![2]!["execution_count"]!.GetValue<int>());
        Assert.False(Directory.Exists(Path.Combine(temp.Path, CommandLineOptions.DefaultOutputDirectory)));
    }

    [Fact]
    public async Task By_default_executed_copies_go_to_an_executed_folder_in_the_current_directory()
    {
        using var temp = new TempFolder();
        string source = temp.CopyFixture("state.ipynb", "in");
        string previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(temp.Path);
        try
        {
            var (exitCode, _, _) = await RunAsync(source);

            Assert.Equal(0, exitCode);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
        Assert.True(File.Exists(Path.Combine(temp.Path, "executed", "state.ipynb")));
    }

    [Fact]
    public async Task A_folder_runs_its_notebooks_sorted_by_name_and_any_failure_gives_exit_code_1()
    {
        using var temp = new TempFolder();
        temp.CopyFixture("state.ipynb", "nb");
        temp.CopyFixture("compile-error.ipynb", "nb");

        var (exitCode, stdout, stderr) = await RunAsync("--output", Path.Combine(temp.Path, "out"), Path.Combine(temp.Path, "nb"));

        Assert.Equal(1, exitCode);
        Assert.True(stderr.IndexOf("compile-error.ipynb cell 1", StringComparison.Ordinal) < stderr.IndexOf("state.ipynb cell 1", StringComparison.Ordinal));
        Assert.Contains("compile-error.ipynb: FAILED (1 failing cell(s)", stdout);
        Assert.Contains("  compile-error.ipynb, section “2. Errors”, the cell “// uses a name nobody declared” (cell 3):\n" +
                        "  line 3: error CS0103", stdout.Replace("\r\n", "\n"));
        Assert.Contains("2 notebooks: 1 passed, 1 failed", stdout);
    }

    [Theory]
    [InlineData("no-such.ipynb", "no-such.ipynb: ERROR:")]
    [InlineData("malformed.ipynb", "malformed.ipynb: ERROR: Notebook")]
    [InlineData("nbformat3.ipynb", "nbformat3.ipynb: ERROR: Notebook")]
    public async Task Unreadable_notebooks_are_reported_and_give_exit_code_1(string name, string expected)
    {
        using var temp = new TempFolder();

        var (exitCode, stdout, _) = await RunAsync("--output", temp.Path, Fixture.PathOf(name));

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, stdout);
        Assert.Contains("1 notebook: 0 passed, 1 failed", stdout);
    }

    [Fact]
    public async Task A_path_that_is_neither_a_folder_nor_a_notebook_is_called_a_missing_folder()
    {
        using var temp = new TempFolder();
        string missing = Path.Combine(temp.Path, "notebooks");

        var (exitCode, stdout, _) = await RunAsync("--output", temp.Path, missing);

        Assert.Equal(1, exitCode);
        Assert.Contains($"notebooks: ERROR: no such folder ({missing})", stdout);
    }

    [Theory]
    [InlineData("--bogus", "'--bogus'")]
    [InlineData("--cell-timeout", "'--cell-timeout' needs a value")]
    [InlineData("--cell-timeout abc", "'--cell-timeout' needs a positive number of seconds, got 'abc'")]
    [InlineData("--stand-in Plotly.NET", "Unknown option '--stand-in'")]
    [InlineData("--in-place --output x", "'--output' and '--in-place'")]
    [InlineData("", "No notebook or folder given")]
    public async Task Invalid_options_are_usage_errors_naming_the_option_with_exit_code_2(string args, string expected)
    {
        var argv = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("x.ipynb").ToArray();
        if (args.Length == 0)
            argv = [];
        else if (args == "--cell-timeout")
            argv = ["--cell-timeout"];

        var (exitCode, _, stderr) = await RunAsync(argv);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, stderr);
        Assert.Contains("Usage: run-notebooks", stderr);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_0()
    {
        var (exitCode, stdout, _) = await RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--cell-timeout SECONDS", stdout);
        Assert.Contains(".config/dotnet-tools.json", stdout);
    }
}
