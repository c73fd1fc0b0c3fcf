namespace Lessons.Tests.Generation;

/// <summary>What the kernel's #r and #load become: #: lines at the top, comments in place, translated .cs files.</summary>
public sealed class DirectiveTests
{
    private const string Helper = """
        // A helper.
        using System.Globalization;

        // Says hello.
        static void Hello() => Console.WriteLine(Text);

        static string Text => @"hello
        world";
        """;

    [Fact]
    public void PackagesTheLibraryAndLoadedFilesBecomeFileDirectivesAndTheKernelsChartPackageIsDropped()
    {
        using var course = new SyntheticCourse(
            [("setup", """
                #r "nuget: Plotly.NET.Interactive, 6.0.0"
                #r "nuget: Some.Package, 1.2.3"
                #r "../lib/bin/NeuronFromScratch.dll"
                #r "../lib/bin/NeuronFromScratch.Course.dll"
                #load "setup/Kernel.csx"
                #load "helper.csx"   // Hello
                using System.Globalization;
                """),
             ("hello", "Hello();")],
            new Dictionary<string, string> { ["helper.csx"] = Helper });
        string lesson = course.Lesson();

        Assert.Contains("\n#:package Some.Package@1.2.3\n", lesson);
        Assert.DoesNotContain("#:package Plotly.NET.Interactive", lesson);
        Assert.Contains("\n#:project ../NeuronFromScratch.csproj\n", lesson);
        Assert.Contains("\n#:project ../course/NeuronFromScratch.Course.csproj\n", lesson);
        Assert.Contains("\n#:include helper.cs\n", lesson);
        Assert.DoesNotContain("Kernel.cs", lesson.Replace("// #load \"setup/Kernel.csx\"", ""));
        Assert.Contains("\nusing static NeuronFromScratch.Course.Lesson;", lesson);   // Display
        Assert.Contains("// #load \"helper.csx\" → #:include helper.cs (top of this file)   // Hello", lesson);
        Assert.Contains("// #r \"nuget: Plotly.NET.Interactive, 6.0.0\": not needed", lesson);
    }

    [Fact]
    public void ALoadedFileBecomesPartialProgramWithItsUsingsAndComments()
    {
        using var course = new SyntheticCourse([("hello", "#load \"helper.csx\"\nHello();")],
            new Dictionary<string, string> { ["helper.csx"] = Helper });
        string helper = course.Generate().Single(f => f.Path == "helper.cs").Text;

        Assert.Contains("// Generated from notebooks/helper.csx", helper);
        Assert.Contains("// A helper.\n", helper);
        Assert.Contains("using System.Globalization;\n\npartial class Program\n{\n    // Says hello.\n    static void Hello()", helper);
        Assert.Contains("    static string Text => @\"hello\nworld\";", helper);   // inside a string nothing is indented
        Assert.EndsWith("\n}\n", helper);
    }

    [Fact]
    public void ALoadedFileWithAStatementIsReported()
    {
        using var course = new SyntheticCourse([("c", "#load \"run.csx\"")],
            new Dictionary<string, string> { ["run.csx"] = "Console.WriteLine(1);\n" });
        var error = Assert.Throws<NotSupportedException>(() => course.Generate());
        Assert.Contains("run.csx", error.Message);
        Assert.Contains("Console.WriteLine(1);", error.Message);
    }

    [Theory]
    [InlineData("#r \"other.dll\"", "course library only")]
    [InlineData("#r \"nuget: NoVersion\"", "exact version")]
    public void AReferenceALessonCannotExpressIsReported(string directive, string expected)
    {
        using var course = SyntheticCourse.Of(("refs", directive));
        var error = Assert.Throws<NotSupportedException>(() => course.Generate());
        Assert.Contains(directive, error.Message);
        Assert.Contains(expected, error.Message);
    }
}
