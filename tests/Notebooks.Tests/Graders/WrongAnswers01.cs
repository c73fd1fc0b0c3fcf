namespace Notebooks.Tests.Graders;

/// <summary>Known-wrong answers to notebook 01's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers01
{
    private const string Notebook = "01-forward-pass.ipynb";

    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
    ];
}
