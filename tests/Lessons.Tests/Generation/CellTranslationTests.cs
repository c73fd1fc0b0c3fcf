namespace Lessons.Tests.Generation;

/// <summary>How a script cell becomes statements of a program: last values, types, directives, usings.</summary>
public sealed class CellTranslationTests
{
    [Fact]
    public void ALastExpressionWithoutSemicolonGoesToDisplayNamedAfterItsCell()
    {
        using var course = SyntheticCourse.Of(("a-chart", "var v = 2;\nv * 3   // shown\n"));
        Assert.Contains("Display(\"a-chart\", v * 3);   // shown", course.Body());
    }

    [Fact]
    public void ALastCallThatReturnsNothingStaysAStatement()
    {
        using var course = SyntheticCourse.Of(("say", "Console.WriteLine(1)"));
        Assert.Contains("Console.WriteLine(1);", course.Body());
        Assert.DoesNotContain("Display(", course.Body());
    }

    [Fact]
    public void AnExpressionWithASemicolonIsNotShown()
    {
        using var course = SyntheticCourse.Of(("quiet", "int q = 1;\nq.ToString();"));
        Assert.DoesNotContain("Display(", course.Body());
    }

    [Fact]
    public void TypesMoveAfterTheStatementsIntoPartialProgramAndLeaveANote()
    {
        using var course = SyntheticCourse.Of(("types", "// A point.\nrecord P(int X);\nvar p = new P(1);\nConsole.WriteLine(p.X);"));
        string body = course.Body();
        Assert.Contains("// record P: declared at the end of this file", body);
        int statement = body.IndexOf("var p = new P(1);", StringComparison.Ordinal);
        int type = body.IndexOf("    record P(int X);", StringComparison.Ordinal);
        Assert.True(statement >= 0 && type > statement, body);
        Assert.True(body.IndexOf("partial class Program", StringComparison.Ordinal) > statement);
        Assert.Contains("    // A point.\n    record P(int X);", body);
    }

    [Fact]
    public void UsingsOfAnyCellGoToTheTopOnce()
    {
        using var course = SyntheticCourse.Of(
            ("first", "using System.Globalization;\nvar c = CultureInfo.InvariantCulture;"),
            ("second", "using System.Globalization;   // again\nusing System.Text.Json;\nConsole.WriteLine(c.Name);"));
        string lesson = course.Lesson();
        int firstCell = lesson.IndexOf("// [cell first]", StringComparison.Ordinal);
        Assert.Equal(1, Count(lesson[..firstCell], "using System.Globalization;\n"));
        Assert.Contains("using System.Text.Json;", lesson[..firstCell]);
        Assert.DoesNotContain("using System.Text.Json;", lesson[firstCell..]);
        Assert.Contains("// (the using directives of this cell are at the top of this file)", lesson[firstCell..]);
    }

    [Fact]
    public void TheKernelsDefaultUsingsAreWrittenOutAndImplicitUsingsAreOff()
    {
        using var course = SyntheticCourse.Of(("c", "var list = new List<int>();"));
        string lesson = course.Lesson();
        foreach (string import in new[] { "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq" })
            Assert.Contains($"\nusing {import};\n", lesson);
        Assert.Contains("\n#:property ImplicitUsings=disable\n", lesson);
        Assert.Contains("\n#:property PublishAot=false\n", lesson);
        Assert.StartsWith("#!/usr/bin/env dotnet\n", lesson);
    }

    [Fact]
    public void ScriptMembersAProgramCannotHaveAreReportedWithTheirCell()
    {
        using var course = SyntheticCourse.Of(("props", "static int Answer => 42;"));
        var error = Assert.Throws<NotSupportedException>(() => course.Generate());
        Assert.Contains("Cell props", error.Message);
        Assert.Contains("static int Answer => 42;", error.Message);
    }

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
