namespace Lessons.Tests.Generation;

/// <summary>
/// Names the cells may reuse but one program may not: a variable declared again, a loop variable named like a
/// variable of the whole lesson. They are renamed where the kernel binds to them, and only there.
/// </summary>
public sealed class NameClashTests
{
    [Fact]
    public void AVariableDeclaredAgainGetsANewNameFromThereOnAndEarlierUsesKeepTheOld()
    {
        using var course = SyntheticCourse.Of(
            ("one", "var n = 1;"),
            ("twice", "int Twice() => n * 2;\nConsole.WriteLine(n);"),
            ("again", "var n = \"two\";"),
            ("after", "Console.WriteLine(n);\nConsole.WriteLine(Twice());"));
        string body = course.Body();
        Assert.Contains("int Twice() => n * 2;\nConsole.WriteLine(n);", body);   // the first n, as in the kernel
        Assert.Contains("// The notebook declares n again here (first in cell one); one program cannot, so this is n2.\nvar n2 = \"two\";", body);
        Assert.Contains("Console.WriteLine(n2);\nConsole.WriteLine(Twice());", body);
    }

    [Fact]
    public void ALoopVariableNamedLikeAVariableOfTheLessonIsRenamedWithItsUses()
    {
        using var course = SyntheticCourse.Of(
            ("loop", "for (int i = 0; i < 2; i++)\n    Console.Write(i);"),
            ("index", "int i = 20;\nConsole.WriteLine(i);"));
        string body = course.Body();
        Assert.Contains("for (int i2 = 0; i2 < 2; i2++)\n    Console.Write(i2);", body);
        Assert.Contains("but the lesson has a variable i (cell index)", body);
        Assert.Contains("int i = 20;\nConsole.WriteLine(i);", body);
    }

    [Fact]
    public void ANameTakenForTheNewNameIsSkipped()
    {
        using var course = SyntheticCourse.Of(("a", "var x = 1; var x2 = 2;"), ("b", "var x = 3;\nConsole.WriteLine(x + x2);"));
        Assert.Contains("var x3 = 3;\nConsole.WriteLine(x3 + x2);", course.Body());
    }

    [Fact]
    public void ParametersAndLocalsOfLambdasAndMethodsMayShadowAndAreLeftAlone()
    {
        using var course = SyntheticCourse.Of(
            ("k", "int k = 1;"),
            ("uses", "int F(int k) { int j = k; return j + 1; }\nvar g = new Func<int, int>(k => k * 2);\nint j = F(k) + g(k);"));
        string body = course.Body();
        Assert.DoesNotContain("k2", body);
        Assert.DoesNotContain("j2", body);
    }

    [Fact]
    public void ANameThatMeansSomethingElseBeforeAVariableTakesItIsReportedWithItsCell()
    {
        using var course = SyntheticCourse.Of(("pi", "Console.WriteLine(Math.PI);"), ("math", "var Math = 3;"));
        var error = Assert.Throws<NotSupportedException>(() => course.Generate());
        Assert.Contains("Cell pi, line 1", error.Message);
        Assert.Contains("`Math` means System.Math", error.Message);
        Assert.Contains("Give one of them another name in the notebook", error.Message);
    }
}
