using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CourseBook.Site;

/// <summary>
/// Points a notebook's relative links at their places in the site: another notebook of the book becomes its page,
/// and a file of the course (a figure, a library source) is copied under <c>files/</c>, so the site is whole
/// wherever it is put.
/// </summary>
/// <param name="notebooksFolder">The folder the notebooks' relative links start from.</param>
/// <param name="siteFolder">The site being written.</param>
/// <param name="pageOfNotebook">Notebook file name → page file name, for every notebook in the book.</param>
/// <param name="warnings">Where a link to a missing file is reported.</param>
internal sealed class LocalLinks(string notebooksFolder, string siteFolder, IReadOnlyDictionary<string, string> pageOfNotebook, TextWriter warnings)
{
    /// <summary>The site folder that holds copied course files.</summary>
    public const string FilesFolder = "files";

    private readonly string courseRoot = Path.GetDirectoryName(Path.GetFullPath(notebooksFolder).TrimEnd(Path.DirectorySeparatorChar))!;

    /// <summary>Rewrites every relative link and image of <paramref name="document"/>, copying the files it needs.</summary>
    /// <param name="document">A parsed markdown cell.</param>
    /// <param name="notebookName">The notebook the cell belongs to, named in warnings.</param>
    public void Rewrite(MarkdownDocument document, string notebookName)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && IsRelative(url))
                link.Url = Resolve(url, notebookName);
        }
    }

    private static bool IsRelative(string url) =>
        url.Length > 0 && url[0] is not ('#' or '/') && !Uri.TryCreate(url, UriKind.Absolute, out _);

    private string Resolve(string url, string notebookName)
    {
        int cut = url.IndexOfAny(['#', '?']);
        string path = cut < 0 ? url : url[..cut];
        string rest = cut < 0 ? "" : url[cut..];
        string decoded = Uri.UnescapeDataString(path);
        if (pageOfNotebook.TryGetValue(Path.GetFileName(decoded), out string? page)
            && Path.GetDirectoryName(decoded) is null or "")
            return page + rest;
        string source = Path.GetFullPath(Path.Combine(notebooksFolder, decoded));
        if (!File.Exists(source))
        {
            warnings.WriteLine($"warning: {notebookName} links to '{url}', which is not a file ({source}); the link is left as it is.");
            return url;
        }
        string relative = Path.GetRelativePath(courseRoot, source);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            relative = Path.GetFileName(source);
        string target = Path.Combine(siteFolder, FilesFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
        string web = string.Join('/', (FilesFolder + "/" + relative.Replace(Path.DirectorySeparatorChar, '/')).Split('/').Select(Uri.EscapeDataString));
        return web + rest;
    }
}
