namespace Notebooks.Tests.Graders;

/// <summary>Known-wrong answers to notebook 05's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers05
{
    private const string Notebook = "05-two-features.ipynb";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
    ];
}
