using Xunit;

namespace NotebookRunner.Tests;

/// <summary>
/// <c>#load "file.csx"</c> in the real kernel, as the course relies on it: the learner writes the neuron in a loaded file,
/// and a check cell that loads it again sees what was saved since.
/// </summary>
public sealed class LoadDirectiveTests(LoadDirectiveTests.Run run) : IClassFixture<LoadDirectiveTests.Run>
{
    private const string Greeting =
        "#load \"Name.csx\"\nusing System.Numerics;\nstatic string Greet(string who) => $\"Hello, {who}, from {Name}!\";\n";

    /// <summary>The fixture notebook, run once for the tests of this class.</summary>
    public sealed class Run : IAsyncLifetime
    {
        private readonly TempFolder temp = new();

        public NotebookResult Result { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            string notebook = temp.CopyFixture("load-directive.ipynb", "notebooks");
            temp.Write("notebooks/scripts/Greeting.csx", Greeting);
            temp.Write("notebooks/scripts/Name.csx", "static string Name => \"scripts/Name.csx\";\n");
            Result = await NotebookExecutor.RunFileAsync(notebook, new RunOptions { ContinueOnError = true });
        }

        public Task DisposeAsync()
        {
            temp.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public void A_loaded_file_is_found_relative_to_the_notebook_and_its_own_loads_relative_to_itself()
    {
        var result = run.Result;

        Assert.False(result.Cell(1).Failed, result.Cell(1).ErrorText);
        Assert.Equal("Hello, notebook, from scripts/Name.csx!\n", result.Cell(1).StreamText());
    }

    [Fact]
    public void Loading_again_after_the_file_changed_runs_the_new_version()
    {
        var result = run.Result;

        Assert.False(result.Cell(2).Failed, result.Cell(2).ErrorText);
        Assert.False(result.Cell(3).Failed, result.Cell(3).ErrorText);
        Assert.Equal("Hi, notebook, from scripts/Name.csx!\n", result.Cell(3).StreamText());
    }

    [Fact]
    public void Usings_in_a_loaded_file_stay_in_that_file()
    {
        var result = run.Result;

        Assert.True(result.Cell(4).Failed);
        Assert.Contains("error CS0103: The name 'BigInteger' does not exist", result.Cell(4).ErrorText);
    }
}
