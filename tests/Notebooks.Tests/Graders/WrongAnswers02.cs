namespace Notebooks.Tests.Graders;

/// <summary>Known-wrong answers to notebook 02's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers02
{
    private const string Notebook = "02-loss.ipynb";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
    ];
}
