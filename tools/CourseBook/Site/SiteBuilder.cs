using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CourseBook.Charts;
using NotebookRunner;

namespace CourseBook.Site;

/// <summary>An executed notebook the book is made from.</summary>
/// <param name="FileName">Its file name, e.g. <c>01-forward-pass.ipynb</c>.</param>
/// <param name="Notebook">The nbformat 4 notebook with its outputs.</param>
public sealed record BookNotebook(string FileName, JsonObject Notebook);

/// <summary>Where the site goes and what it is made with.</summary>
/// <param name="SiteFolder">The folder to write (cleared first if the book made it).</param>
/// <param name="NotebooksFolder">The course's notebooks folder: relative links in the notebooks start there.</param>
/// <param name="WebFolder">The npm folder with the installed browser libraries (tools/CourseBook/web).</param>
/// <param name="CourseTitle">The index page's heading.</param>
/// <param name="ChartNote">One sentence on where the charts' figures came from, shown on the index page.</param>
public sealed record SiteOptions(string SiteFolder, string NotebooksFolder, string WebFolder, string CourseTitle, string ChartNote);

/// <summary>One page of the site.</summary>
/// <param name="FileName">The page's file name in the site folder.</param>
/// <param name="Title">The notebook's first heading, as text.</param>
/// <param name="Charts">The page's charts, in order.</param>
public sealed record BookPage(string FileName, string Title, IReadOnlyList<ChartFigure> Charts);

/// <summary>Writes the site: index.html, one page per notebook, assets/, files/ and the executed notebooks.</summary>
public static class SiteBuilder
{
    /// <summary>The file that marks a folder as written by the book, so a later build may clear it.</summary>
    public const string MarkerFile = ".course-book";

    /// <summary>The site folder that holds the executed notebooks (they carry plotly.js, for VS Code and Jupyter).</summary>
    public const string NotebooksFolder = "notebooks";

    /// <summary>Builds the site and returns its pages (notebook pages in order; the index is not among them).</summary>
    /// <exception cref="IOException">The site folder holds files the book did not write.</exception>
    /// <exception cref="FormatException">A chart output could not be read.</exception>
    public static IReadOnlyList<BookPage> Build(IReadOnlyList<BookNotebook> notebooks, SiteOptions options, TextWriter warnings)
    {
        Prepare(options.SiteFolder);
        WebAssets.CopyTo(options.WebFolder, options.SiteFolder);
        var pageOf = notebooks.ToDictionary(n => n.FileName, n => Path.ChangeExtension(n.FileName, ".html"));
        var links = new LocalLinks(options.NotebooksFolder, options.SiteFolder, pageOf, warnings);
        var titles = notebooks.Select(Title).ToList();
        var pages = new List<BookPage>();
        for (int i = 0; i < notebooks.Count; i++)
        {
            var (content, charts) = NotebookPage.Render(notebooks[i], links);
            PageShell.NavLink? Nav(int k) => k >= 0 && k < notebooks.Count ? new(pageOf[notebooks[k].FileName], titles[k].Html) : null;
            string page = PageShell.Page(titles[i].Text, content, Nav(i - 1), Nav(i + 1), charts.Count > 0);
            File.WriteAllText(Path.Combine(options.SiteFolder, pageOf[notebooks[i].FileName]), page);
            pages.Add(new BookPage(pageOf[notebooks[i].FileName], titles[i].Text, charts));
            // As executed: the setup cell's output carries plotly.js, so their charts draw offline in VS Code and Jupyter.
            NotebookDocument.Save(notebooks[i].Notebook, Path.Combine(options.SiteFolder, NotebooksFolder, notebooks[i].FileName));
        }
        string index = PageShell.Page(options.CourseTitle, Index(notebooks, titles, pages, options), null,
            pages.Count > 0 ? new(pages[0].FileName, titles[0].Html) : null, hasCharts: false);
        File.WriteAllText(Path.Combine(options.SiteFolder, "index.html"), index);
        return pages;
    }

    private static void Prepare(string siteFolder)
    {
        if (Directory.Exists(siteFolder) && Directory.EnumerateFileSystemEntries(siteFolder).Any())
        {
            if (!File.Exists(Path.Combine(siteFolder, MarkerFile)))
                throw new IOException($"The output folder '{siteFolder}' is not empty and was not written by the course book; choose another folder.");
            Directory.Delete(siteFolder, recursive: true);
        }
        Directory.CreateDirectory(siteFolder);
        File.WriteAllText(Path.Combine(siteFolder, MarkerFile), "Written by tools/CourseBook; the next build clears this folder.\n");
    }

    /// <summary>The notebook's first heading (HTML and text), or its file name when it has none.</summary>
    private static (string Html, string Text) Title(BookNotebook notebook)
    {
        foreach (var cell in (notebook.Notebook["cells"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (OutputHtml.Text(cell["cell_type"]) == "markdown" && MarkdownCells.FirstHeading(OutputHtml.Text(cell["source"])) is { } heading)
                return heading;
        }
        string name = Path.GetFileNameWithoutExtension(notebook.FileName);
        return (WebUtility.HtmlEncode(name), name);
    }

    private static string Index(IReadOnlyList<BookNotebook> notebooks, List<(string Html, string Text)> titles,
        List<BookPage> pages, SiteOptions options)
    {
        var html = new StringBuilder();
        html.Append($"<h1>{WebUtility.HtmlEncode(options.CourseTitle)}</h1>\n<ul class=\"contents\">\n");
        for (int i = 0; i < pages.Count; i++)
        {
            int charts = pages[i].Charts.Count;
            string error = FirstError(notebooks[i]) is { } cell ? $" <span class=\"stopped\">stopped at an error in cell {cell}</span>" : "";
            html.Append($"<li><a href=\"{pages[i].FileName}\">{titles[i].Html}</a> <span class=\"about\">")
                .Append($"{charts} chart{(charts == 1 ? "" : "s")}, <a href=\"{NotebooksFolder}/{Uri.EscapeDataString(notebooks[i].FileName)}\">notebook</a></span>{error}</li>\n");
        }
        html.Append("</ul>\n")
            .Append($"<p class=\"about\">{WebUtility.HtmlEncode(options.ChartNote)} Every page works offline, from file://. ")
            .Append("The executed notebooks (the \"notebook\" links) carry plotly.js, so their charts also draw offline in VS Code or Jupyter.</p>\n");
        return html.ToString();
    }

    /// <summary>The 1-based number of the first cell with an error output, or null.</summary>
    private static int? FirstError(BookNotebook notebook)
    {
        var cells = (notebook.Notebook["cells"] as JsonArray ?? []).ToList();
        int index = cells.FindIndex(cell => (cell?["outputs"] as JsonArray ?? []).Any(o => OutputHtml.Text(o?["output_type"]) == "error"));
        return index < 0 ? null : index + 1;
    }
}
