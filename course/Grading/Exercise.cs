using System.Globalization;

namespace NeuronFromScratch.Course;

/// <summary>
/// One exercise, as Kaggle Learn's graders have it: where it is, its hints from a nudge to a strong one, and its
/// solution, each shown on demand. Each exercise adds its own <c>Check(…)</c>, which takes your code and returns a
/// <see cref="Verdict"/>.
/// </summary>
public abstract class Exercise
{
    /// <summary>An exercise at <paramref name="place"/> with <paramref name="hints"/>, weakest first.</summary>
    protected Exercise(Place place, params string[] hints)
    {
        Place = place;
        Hints = hints;
    }

    /// <summary>Where the exercise and its check are.</summary>
    public Place Place { get; }

    /// <summary>How a notebook cell names the exercise: <c>Ex01.Forward</c>.</summary>
    public string Call => $"Ex{Place.Notebook:00}.{GetType().Name}";

    /// <summary>The hints, a nudge first, each stronger than the one before, none of them the solution.</summary>
    public IReadOnlyList<string> Hints { get; }

    /// <summary>The solution's code, as you would write it.</summary>
    public abstract string SolutionCode { get; }

    /// <summary>Hint <paramref name="step"/>: 1 is a nudge, the last comes closest to the answer.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not between 1 and the number of hints.</exception>
    public Reveal Hint(int step = 1)
    {
        if (step < 1 || step > Hints.Count)
            throw new ArgumentOutOfRangeException(nameof(step), step,
                $"“{Place.Check}” has hints 1 to {Hints.Count}; Solution() shows the answer.");
        return new Reveal($"Hint {step} of {Hints.Count} for “{Place.Check}”", Hints[step - 1], IsCode: false);
    }

    /// <summary>The solution, to compare with yours or to copy.</summary>
    public Reveal Solution() => new($"Solution of “{Place.Check}”", SolutionCode, IsCode: true);

    /// <summary>Every hint and the solution, each folded until you open it.</summary>
    public Help Help() => new(this);

    /// <summary>
    /// Runs a check with every number in its verdict written the same way in any language (a '.' before the decimals),
    /// and makes sure it answers: if the check itself meets an exception, the verdict says so instead of the cell failing.
    /// </summary>
    protected static Verdict Judge(Func<Verdict> check)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return check();
        }
        catch (Exception e)
        {
            return Verdict.Fail(Thrown.Message("Your code (while the check ran it)", e));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
