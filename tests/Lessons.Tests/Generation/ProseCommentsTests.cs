using LessonGenerator.Lessons;

namespace Lessons.Tests.Generation;

/// <summary>Markdown cells become comments as written; only tags that mean nothing in a text file change.</summary>
public sealed class ProseCommentsTests
{
    [Fact]
    public void HeadingsListsAndLatexStayAsWritten()
    {
        string markdown = "# 1. Title\n\n- a list, $z = \\sum_j w_j x_j + b$\n\n$$\\frac{\\partial L}{\\partial w}$$";
        Assert.Equal("// # 1. Title\n//\n// - a list, $z = \\sum_j w_j x_j + b$\n//\n// $$\\frac{\\partial L}{\\partial w}$$\n",
            ProseComments.Of(markdown));
    }

    [Fact]
    public void HintsAndSolutionsLoseTheirCollapsingTagsAndImagesNameTheirFile()
    {
        string markdown = "<details><summary>Hint</summary>\n\nTwo loops.\n\n</details>\n\n![A neuron, drawn](../assets/neuron.svg)";
        Assert.Equal("// ▸ Hint:\n//\n// Two loops.\n//\n// [figure ../assets/neuron.svg: A neuron, drawn]\n", ProseComments.Of(markdown));
    }

    [Fact]
    public void ACodeCellOfTheNotebookIsMarkedWithItsIdAndProseComesBetween()
    {
        using var course = SyntheticCourse.Of(("md-intro", "Some *prose*."), ("work", "int a = 1;"));
        Assert.Contains("// Some *prose*.\n\n// [cell work]\nint a = 1;\n", course.Lesson());
    }
}
