using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NeuronFromScratch.Course;

namespace Course.Tests;

/// <summary>The notebooks as a learner reads them: their cells, headings, and each exercise's prompt and starter code.</summary>
internal static partial class CourseNotebooks
{
    /// <summary>A cell: its id, its kind ("markdown" or "code") and its text.</summary>
    public sealed record Cell(string Id, string Kind, string Source);

    /// <summary>The cells of notebook <paramref name="file"/>, in order.</summary>
    public static IReadOnlyList<Cell> Cells(string file)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "notebooks", file)))!;
        return notebook["cells"]!.AsArray().Select(c => new Cell((string)c!["id"]!, (string)c["cell_type"]!,
            c["source"] is JsonArray lines ? string.Concat(lines.Select(l => (string)l!)) : (string?)c["source"] ?? "")).ToList();
    }

    /// <summary>A heading as the learner sees it rendered: no $, no backticks, no ✍️, no section number.</summary>
    public static string Plain(string heading) =>
        Regex.Replace(Regex.Replace(heading.Replace("$", "").Replace("`", "").Replace("✍️", ""), @"\\partial\s*", "∂"), @"\s+", " ").Trim();

    /// <summary>The section (number, heading) each markdown "## N. …" opens, and the cells under it.</summary>
    public static IEnumerable<(int Number, string Heading, List<Cell> Cells)> Sections(string file)
    {
        (int Number, string Heading, List<Cell> Cells)? current = null;
        foreach (var cell in Cells(file))
        {
            var opens = cell.Kind == "markdown" ? SectionHeading().Match(cell.Source) : Match.Empty;
            if (opens.Success)
            {
                if (current is { } done)
                    yield return done;
                current = (int.Parse(opens.Groups["n"].Value), Plain(opens.Groups["heading"].Value), []);
            }
            current?.Cells.Add(cell);
        }
        if (current is { } last)
            yield return last;
    }

    /// <summary>The markdown cell whose "### ✍️ …" heading (or, for the capstone, "## N. …" heading) is the exercise's.</summary>
    public static Cell Prompt(Exercise exercise) =>
        Cells(exercise.Place.File).First(cell => cell.Kind == "markdown"
            && Regex.Matches(cell.Source, @"^#{2,3} (?:\d+\. )?(?<heading>.+)$", RegexOptions.Multiline)
                .Any(m => Plain(m.Groups["heading"].Value) == exercise.Place.Check));

    /// <summary>The code the learner starts from: the answer cell after the prompt, or for a piece, MyNeuron.csx.</summary>
    public static string Starter(Exercise exercise)
    {
        if (exercise is PieceExercise || exercise == Ex04.Capstone)
            return Answers.Starter;
        var cells = Cells(exercise.Place.File).ToList();
        int prompt = cells.IndexOf(Prompt(exercise));
        return cells.Skip(prompt).First(cell => cell.Id.EndsWith("-answer", StringComparison.Ordinal)).Source;
    }

    [GeneratedRegex(@"^## (?<n>\d+)\. (?<heading>.+)$", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();
}
