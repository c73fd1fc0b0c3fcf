namespace LessonGenerator.Lessons;

/// <summary>
/// What a kernel directive of a notebook becomes in a file-based app: <c>#r "nuget: Id, Version"</c> a
/// <c>#:package Id@Version</c> line, the course library's DLL the <c>#:project</c> that builds it, a
/// <c>#load "x.csx"</c> an <c>#:include x.cs</c>; plus the comment left where the notebook had it.
/// </summary>
/// <param name="FileDirective">The <c>#:</c> line at the top of the lesson, or null when the program needs none.</param>
/// <param name="Comment">The comment that replaces the directive in the cell.</param>
/// <param name="Load">For <c>#load</c>: the loaded file, relative to the notebooks' folder; otherwise null.</param>
public sealed record Directive(string? FileDirective, string Comment, string? Load = null)
{
    /// <summary>The chart package whose only job is to make the kernel draw charts; a program saves them instead.</summary>
    public const string KernelChartPackage = "Plotly.NET.Interactive";

    /// <summary>The notebooks' setup file that builds the course library; a program's project reference does that.</summary>
    public const string LibraryBuild = "setup/build-library.csx";

    /// <summary>
    /// The notebooks' setup file that makes the kernel draw charts and verdicts offline; a program saves charts as pages
    /// and prints verdicts instead.
    /// </summary>
    public const string KernelSetup = "setup/Kernel.csx";

    /// <summary>The course library's project, relative to lessons/.</summary>
    public const string LibraryProject = "../NeuronFromScratch.csproj";

    /// <summary>The project of the course library of checks, hints and solutions (and Display), relative to lessons/.</summary>
    public const string CourseProject = "../course/NeuronFromScratch.Course.csproj";

    /// <summary>A <c>#r</c> directive with its quoted argument, e.g. <c>nuget: Plotly.NET.CSharp, 0.14.0</c>.</summary>
    /// <exception cref="NotSupportedException">A reference the lessons cannot express.</exception>
    public static Directive Reference(string argument)
    {
        string written = $"#r \"{argument}\"";
        if (argument.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            string[] parts = argument["nuget:".Length..].Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
                throw new NotSupportedException($"{written}: a lesson needs a package id and an exact version (\"nuget: Id, 1.2.3\").");
            if (parts[0] == KernelChartPackage)
                return new(null, $"{written}: not needed; it makes the notebook kernel draw charts, and a program saves " +
                    "them as HTML files instead (Display, in the course library's Lesson class).");
            return new($"#:package {parts[0]}@{parts[1]}", $"{written} → #:package {parts[0]}@{parts[1]} (top of this file)");
        }
        string file = argument.Replace('\\', '/');
        if (file.StartsWith("../lib/bin/", StringComparison.Ordinal))
            return file.EndsWith("/NeuronFromScratch.dll", StringComparison.Ordinal)
                ? new($"#:project {LibraryProject}", $"{written} → #:project {LibraryProject} (top of this file: builds the library)")
                : file.EndsWith("/NeuronFromScratch.Course.dll", StringComparison.Ordinal)
                    ? new($"#:project {CourseProject}", $"{written} → #:project {CourseProject} (top of this file: builds the checks)")
                    : new(null, $"{written}: comes with the library's project reference");
        throw new NotSupportedException($"{written}: the lessons can reference NuGet packages and the course library only.");
    }

    /// <summary>A <c>#load</c> of <paramref name="path"/>, relative to the notebooks' folder.</summary>
    public static Directive LoadOf(string path)
    {
        string written = $"#load \"{path}\"";
        if (path == LibraryBuild)
            return new(null, $"{written}: the notebook builds the course library here; this program's #:project line does it.");
        if (path == KernelSetup)
            return new(null, $"{written}: not needed; it makes the notebook kernel draw charts and verdicts, and a " +
                "program saves charts as HTML pages and prints verdicts instead (Display, in the course library's Lesson class).");
        string included = LessonPaths.Translated(path);
        return new($"#:include {included}", $"{written} → #:include {included} (top of this file)", path);
    }
}
