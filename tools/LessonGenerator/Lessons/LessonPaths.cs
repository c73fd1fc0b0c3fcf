namespace LessonGenerator.Lessons;

/// <summary>Where the generator reads and writes, relative to the repository root.</summary>
public static class LessonPaths
{
    /// <summary>The notebooks' folder.</summary>
    public const string Notebooks = "notebooks";

    /// <summary>The lessons' folder.</summary>
    public const string Lessons = "lessons";

    /// <summary>The learner's file, relative to the notebooks' folder (and its translation, to lessons/).</summary>
    public const string LearnersFile = "MyNeuron.csx";

    /// <summary>The lesson file of a notebook: 01-forward-pass.ipynb → 01-forward-pass.cs.</summary>
    public static string LessonOf(string notebookFileName) => Path.ChangeExtension(notebookFileName, ".cs");

    /// <summary>The translation of a loaded .csx file, at the same place under lessons/: MyNeuron.csx → MyNeuron.cs.</summary>
    public static string Translated(string csxPath) => Path.ChangeExtension(csxPath.Replace('\\', '/'), ".cs");

    /// <summary><paramref name="path"/> (absolute) relative to <paramref name="folder"/>, with forward slashes.</summary>
    public static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');
}
