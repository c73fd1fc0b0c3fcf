namespace Notebooks.Tests.Graders;

/// <summary>Known-wrong answers to notebook 06's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers06
{
    private const string Notebook = "06-network.ipynb";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
    ];
}
