namespace LessonGenerator.Lessons;

/// <summary>A code cell as parts of a program.</summary>
/// <param name="Body">The statements and local functions, in place, with comments where directives, usings and types were.</param>
/// <param name="Usings">The cell's using directives: they go to the top of the program.</param>
/// <param name="Types">The cell's type declarations: they go to the end, where a program declares its types.</param>
/// <param name="Directives">What the cell's <c>#r</c> and <c>#load</c> directives become.</param>
public sealed record TranslatedCell(
    string Body, IReadOnlyList<UsingLine> Usings, IReadOnlyList<string> Types, IReadOnlyList<Directive> Directives);

/// <summary>A using directive of a cell.</summary>
/// <param name="Directive">The directive alone, e.g. <c>using System.Globalization;</c>: two cells may repeat it.</param>
/// <param name="Text">The directive as written, with its comments.</param>
public sealed record UsingLine(string Directive, string Text);
