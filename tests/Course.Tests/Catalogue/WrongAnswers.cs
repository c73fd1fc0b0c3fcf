namespace Course.Tests.Catalogue;

/// <summary>The whole catalogue, one notebook's list after another.</summary>
internal static class WrongAnswers
{
    public static IReadOnlyList<WrongAnswer> All { get; } =
        [.. WrongAnswers01.All, .. WrongAnswers02.All, .. WrongAnswers03.All, .. WrongAnswers04.All, .. WrongAnswers05.All, .. WrongAnswers06.All];
}
