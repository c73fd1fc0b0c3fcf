namespace Notebooks.Tests.Graders;

/// <summary>Known-wrong answers to notebook 03's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers03
{
    private const string Notebook = "03-backward-pass.ipynb";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
    ];
}
