using PlotlyStandIn.Tests.Support;

namespace PlotlyStandIn.Tests.Golden;

/// <summary>
/// Every snippet the REAL libraries refuse (golden not-compiling/) must be refused by the stand-in with the same first
/// compiler error code (index.md's table): a stand-in that accepts more would let a notebook pass offline that fails
/// for every learner.
/// </summary>
public sealed class NotCompilingTests
{
    public static TheoryData<string> Snippets => GoldenFiles.NotCompiling();

    [Theory]
    [MemberData(nameof(Snippets))]
    public void FailsWithTheSameFirstErrorAsTheRealLibrary(string name)
    {
        var expected = GoldenFiles.ExpectedError(name);
        var errors = Scripts.CompileErrors(GoldenFiles.Read(Path.Combine("not-compiling", name + ".csx")));
        Assert.True(errors.Length > 0, $"{name}: compiles against the stand-in, but the real library refuses it with {expected}.");
        Assert.True(errors[0].Id == expected, $"{name}: expected {expected} first, got:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void TheGoldenReferenceHasAllTwentyThreeSnippets() =>
        Assert.Equal(23, GoldenFiles.SnippetNames().Length);
}
