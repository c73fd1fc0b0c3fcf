namespace Lessons.Tests.Running;

/// <summary>One copy of the course for all lesson runs of a test run: the library is built in it once.</summary>
public sealed class CourseCopyFixture : IAsyncLifetime
{
    internal CourseCopy Copy { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Copy = CourseCopy.Create();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Copy.DisposeAsync();
}

/// <summary>The tests that run lessons: one at a time, in one copy of the course.</summary>
[CollectionDefinition(Name)]
public sealed class LessonRunsCollection : ICollectionFixture<CourseCopyFixture>
{
    public const string Name = "lesson runs";
}
