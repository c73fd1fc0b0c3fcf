using System;

namespace NeuronFromScratch;

/// <summary>
/// Made-up patients for notebook 5's blood-cell example: two features per patient, the white-cell count
/// (in 10⁹ cells per litre) and the red-cell count (in 10¹² cells per litre), and a label, 1 = ill, 0 = healthy.
/// The data are synthetic and seeded, and the label follows a rule you can read, so we can check what a neuron
/// learns. (Not medical advice: real diagnosis does not work by one formula.)
/// <list type="bullet">
/// <item><see cref="Get"/>: ill when white − 2·red &gt; 0 (<see cref="IsIll"/>), a rule a straight line separates.</item>
/// <item><see cref="GetAbnormal"/>: ill when either count is outside its normal range (<see cref="IsAbnormal"/>),
/// so the ill patients lie on both sides of the healthy ones and no straight line separates them.</item>
/// </list>
/// Column 0 of X is the white count, column 1 the red count.
/// </summary>
public static class Patients
{
    /// <summary>The seed <see cref="Get"/> uses when none is given.</summary>
    public const int DefaultSeed = 7;

    /// <summary>The seed <see cref="GetAbnormal"/> uses when none is given.</summary>
    public const int DefaultAbnormalSeed = 11;

    /// <summary>The lowest white-cell count <see cref="Get"/> draws, in 10⁹ per litre.</summary>
    public const double WhiteMin = 3.0;

    /// <summary>The highest white-cell count <see cref="Get"/> draws, in 10⁹ per litre.</summary>
    public const double WhiteMax = 15.0;

    /// <summary>The lowest red-cell count <see cref="Get"/> draws, in 10¹² per litre.</summary>
    public const double RedMin = 3.5;

    /// <summary>The highest red-cell count <see cref="Get"/> draws, in 10¹² per litre.</summary>
    public const double RedMax = 6.5;

    /// <summary>The rule of <see cref="IsIll"/>: ill when white − <see cref="RedFactor"/>·red &gt; <see cref="IllThreshold"/>.</summary>
    public const double RedFactor = 2.0;

    /// <summary>The threshold of <see cref="IsIll"/>'s rule.</summary>
    public const double IllThreshold = 0.0;

    /// <summary>The lower end of the normal white-cell range used by <see cref="IsAbnormal"/>, in 10⁹ per litre.</summary>
    public const double NormalWhiteLow = 4.0;

    /// <summary>The upper end of the normal white-cell range used by <see cref="IsAbnormal"/>, in 10⁹ per litre.</summary>
    public const double NormalWhiteHigh = 11.0;

    /// <summary>The lower end of the normal red-cell range used by <see cref="IsAbnormal"/>, in 10¹² per litre.</summary>
    public const double NormalRedLow = 4.0;

    /// <summary>The upper end of the normal red-cell range used by <see cref="IsAbnormal"/>, in 10¹² per litre.</summary>
    public const double NormalRedHigh = 6.0;

    // GetAbnormal draws from these wider-than-normal ranges, chosen so that about half the patients fall inside
    // both normal ranges (7/10 of the white range times 2/2.8 of the red range ≈ 1/2).
    private const double AbnormalWhiteMin = 2.5, AbnormalWhiteMax = 12.5;
    private const double AbnormalRedMin = 3.6, AbnormalRedMax = 6.4;

    /// <summary>
    /// The linear rule: a patient is ill when white − 2·red &gt; 0 (too many white cells for the red ones: an
    /// infection, say, together with anaemia). The boundary white = 2·red is a straight line.
    /// </summary>
    /// <param name="white">White-cell count, in 10⁹ per litre.</param>
    /// <param name="red">Red-cell count, in 10¹² per litre.</param>
    /// <returns>true for ill.</returns>
    public static bool IsIll(double white, double red)
    {
        Guard.Finite(white, nameof(white));
        Guard.Finite(red, nameof(red));
        return white - RedFactor * red > IllThreshold;
    }

    /// <summary>
    /// The band rule: a patient is ill when either count is outside its normal range, white outside
    /// [4, 11] or red outside [4, 6] (ends included as normal). The healthy patients form a rectangle with ill
    /// patients on every side of it, which no single straight line can cut off.
    /// </summary>
    /// <param name="white">White-cell count, in 10⁹ per litre.</param>
    /// <param name="red">Red-cell count, in 10¹² per litre.</param>
    /// <returns>true for ill.</returns>
    public static bool IsAbnormal(double white, double red)
    {
        Guard.Finite(white, nameof(white));
        Guard.Finite(red, nameof(red));
        return white < NormalWhiteLow || white > NormalWhiteHigh || red < NormalRedLow || red > NormalRedHigh;
    }

    /// <summary>
    /// <paramref name="count"/> patients with a white count drawn uniformly from 3 to 15 and a red count from 3.5 to
    /// 6.5 (rounded as a lab reports them: white to 0.1, red to 0.01), labelled by <see cref="IsIll"/>:
    /// y = 1 for ill, 0 for healthy. The same seed gives the same patients.
    /// </summary>
    /// <param name="count">How many patients, at least 1.</param>
    /// <param name="seed">Seed of the random counts.</param>
    /// <returns>X, count × 2 (white, red), and y.</returns>
    public static Dataset Get(int count = 200, int seed = DefaultSeed) =>
        Generate(count, seed, WhiteMin, WhiteMax, RedMin, RedMax, IsIll);

    /// <summary>
    /// <paramref name="count"/> patients with a white count drawn uniformly from 2.5 to 12.5 and a red count from
    /// 3.6 to 6.4 (rounded like <see cref="Get"/>'s), labelled by <see cref="IsAbnormal"/>: about half are healthy,
    /// inside both normal ranges, and the ill ones surround them. No straight line separates the two classes.
    /// </summary>
    /// <param name="count">How many patients, at least 1.</param>
    /// <param name="seed">Seed of the random counts.</param>
    /// <returns>X, count × 2 (white, red), and y.</returns>
    public static Dataset GetAbnormal(int count = 200, int seed = DefaultAbnormalSeed) =>
        Generate(count, seed, AbnormalWhiteMin, AbnormalWhiteMax, AbnormalRedMin, AbnormalRedMax, IsAbnormal);

    private static Dataset Generate(
        int count, int seed, double whiteMin, double whiteMax, double redMin, double redMax, Func<double, double, bool> isIll)
    {
        Guard.AtLeast(count, 1, nameof(count));
        var random = new Random(seed);
        var X = new double[count, 2];
        var y = new double[count];
        for (int i = 0; i < count; i++)
        {
            double white = Math.Round(whiteMin + (whiteMax - whiteMin) * random.NextDouble(), 1);
            double red = Math.Round(redMin + (redMax - redMin) * random.NextDouble(), 2);
            X[i, 0] = white;
            X[i, 1] = red;
            y[i] = isIll(white, red) ? 1.0 : 0.0;
        }
        return new Dataset(X, y);
    }
}
