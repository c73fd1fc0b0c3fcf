using Xunit;

namespace NotebookRunner.Tests;

/// <summary>
/// <c>#load "file.csx"</c>, as the .NET Interactive C# kernel runs it (Roslyn's source resolver, relative paths from the
/// notebook's folder since dotnet/interactive#1176): the course's learners write their neuron in a loaded file.
/// </summary>
public sealed class LoadDirectiveTests
{
    private const string Greeting =
        "#load \"Name.csx\"\nusing System.Numerics;\nstatic string Greet(string who) => $\"Hello, {who}, from {Name}!\";\n";

    [Fact]
    public async Task A_loaded_file_is_found_relative_to_the_notebook_and_its_own_loads_relative_to_itself()
    {
        using var temp = new TempFolder();
        var result = await RunAsync(temp);

        Assert.False(result.Cell(1).Failed, result.Cell(1).ErrorText);
        Assert.Equal("Hello, notebook, from scripts/Name.csx!\n", result.Cell(1).StreamText());
    }

    [Fact]
    public async Task Loading_again_after_the_file_changed_runs_the_new_version()
    {
        using var temp = new TempFolder();
        var result = await RunAsync(temp);

        Assert.False(result.Cell(2).Failed, result.Cell(2).ErrorText);
        Assert.False(result.Cell(3).Failed, result.Cell(3).ErrorText);
        Assert.Equal("Hi, notebook, from scripts/Name.csx!\n", result.Cell(3).StreamText());
    }

    [Fact]
    public async Task Usings_in_a_loaded_file_stay_in_that_file()
    {
        using var temp = new TempFolder();
        var result = await RunAsync(temp);

        Assert.True(result.Cell(4).Failed);
        Assert.Contains("CS0103", result.Cell(4).ErrorText);
        Assert.Contains("BigInteger", result.Cell(4).ErrorText);
    }

    private static Task<NotebookResult> RunAsync(TempFolder temp)
    {
        string notebook = temp.CopyFixture("load-directive.ipynb", "notebooks");
        string scripts = Path.Combine(temp.Path, "notebooks", "scripts");
        Directory.CreateDirectory(scripts);
        File.WriteAllText(Path.Combine(scripts, "Greeting.csx"), Greeting);
        File.WriteAllText(Path.Combine(scripts, "Name.csx"), "static string Name => \"scripts/Name.csx\";\n");
        return NotebookExecutor.RunFileAsync(notebook, new RunOptions { ContinueOnError = true });
    }
}
