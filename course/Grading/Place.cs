namespace NeuronFromScratch.Course;

/// <summary>
/// Where a check sits, as the learner sees it: the notebook, the section (number and heading) and the check's own
/// heading. Verdicts name the place of a check to run again with it, never a cell id.
/// </summary>
/// <param name="Notebook">The notebook's number, 1 to 6.</param>
/// <param name="File">The notebook's file name.</param>
/// <param name="Section">The number of the section ("## 4. …").</param>
/// <param name="Heading">The section's heading, without its number.</param>
/// <param name="Check">The exercise's heading ("### ✍️ …"), without the ✍️.</param>
public sealed record Place(int Notebook, string File, int Section, string Heading, string Check)
{
    /// <summary>notebook 3 (03-backward-pass.ipynb), section 4 “The batch form”, check “Your neuron: Backward”.</summary>
    public override string ToString() => $"notebook {Notebook} ({File}), section {Section} “{Heading}”, check “{Check}”";

    /// <summary>notebook 3, section 5, “Your neuron: Backward”: where to find the check, in a table.</summary>
    public string Short => $"notebook {Notebook}, section {Section}, “{Check}”";
}
