namespace NeuronFromScratch.Course.Exercises.Notebook06;

/// <summary>What notebook 6's checks run on: its 61 x values, and neurons with activations and biases that hide no mistake.</summary>
internal static class NetworkCases
{
    /// <summary>Notebook 6's data: 61 values of x from −3 to 3, as a 61 × 1 matrix.</summary>
    public static double[,] CourseX { get; } = Matrices.Make(61, 1, (i, _) => Math.Round(-3 + 0.1 * i, 1));

    /// <summary>sin x of <see cref="CourseX"/>.</summary>
    public static double[] CourseY { get; } = Enumerable.Range(0, 61).Select(i => Math.Sin(CourseX[i, 0])).ToArray();

    /// <summary>A neuron with another activation than ReLU and a bias that is not 0: mistakes that ReLU or b = 0 would hide show.</summary>
    public static Neuron Neuron(int features, int seed, Activation activation, double bias) =>
        new(features, seed) { Activation = activation, b = bias };

    /// <summary>Random numbers in [−1, 1): rows × columns, from a fixed seed.</summary>
    public static double[,] Random(int rows, int columns, int seed) => Matrices.Random(rows, columns, seed, scale: 1);
}
