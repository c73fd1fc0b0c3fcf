using Xunit;

namespace NotebookRunner.Tests;

/// <summary>
/// One real kernel in the fixtures folder for the tests of a class, each running its notebook in it as if fresh (a
/// kernel start costs a second or two): for tests of what the runner makes of a run, not of a kernel's first state.
/// </summary>
public sealed class SharedKernel : IAsyncLifetime
{
    private readonly SemaphoreSlim oneAtATime = new(1);
    private KernelProcess? kernel;

    public async Task InitializeAsync() => kernel = await KernelProcess.StartAsync(Fixture.Folder);

    public async Task DisposeAsync()
    {
        if (kernel is not null)
            await kernel.DisposeAsync();
    }

    /// <summary>Runs the fixture notebook <paramref name="name"/> in the shared kernel.</summary>
    internal async Task<NotebookResult> RunAsync(string name, RunOptions? options = null)
    {
        await oneAtATime.WaitAsync();
        try
        {
            var notebook = NotebookDocument.Load(Fixture.PathOf(name));
            return await NotebookExecutor.RunInAsync(kernel!, notebook, Fixture.Folder, name, options ?? new RunOptions());
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
