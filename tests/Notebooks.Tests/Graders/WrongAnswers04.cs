namespace Notebooks.Tests.Graders;

/// <summary>Known-wrong answers to notebook 04's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers04
{
    private const string Notebook = "04-training.ipynb";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
    ];
}
