namespace NeuronFromScratch.Course;

/// <summary>The course's notebooks, for the places of their checks.</summary>
internal static class Notebooks
{
    /// <summary>The notebooks' file names, notebook 1 first.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        "01-forward-pass.ipynb", "02-loss.ipynb", "03-backward-pass.ipynb", "04-training.ipynb",
        "05-two-features.ipynb", "06-network.ipynb",
    ];

    /// <summary>The check “<paramref name="check"/>” in section <paramref name="section"/> of notebook <paramref name="notebook"/>.</summary>
    public static Place At(int notebook, int section, string heading, string check) =>
        new(notebook, Files[notebook - 1], section, heading, check);
}
