namespace NeuronFromScratch.Course;

/// <summary>
/// The course library's version of every piece of MyNeuron.csx. Each piece of your neuron starts as one line that
/// borrows from here, so your file runs before you have written it, and a notebook you skipped does not stop the next
/// one. A piece that borrows says so (<see cref="Borrowing"/>), and its check answers "not done yet".
/// </summary>
public static class FromLibrary
{
    /// <summary>σ(z) = z, the library's <c>Linear</c>.</summary>
    public static double Sigma(double z) => Borrowing.Of(Piece.Sigma, () => Activations.Linear(z));

    /// <summary>dσ/dz = 1, the library's <c>DLinearDz</c>.</summary>
    public static double DSigmaDz(double z) => Borrowing.Of(Piece.DSigmaDz, () => Activations.DLinearDz(z));

    /// <summary>W and b as the library's <c>new Neuron(featureCount, seed)</c> starts them; the gradients 0.</summary>
    public static void Initialize(INeuron neuron, int featureCount, int seed) => Borrowing.Of(Piece.Constructor, () =>
    {
        var library = new Neuron(featureCount, seed);
        neuron.W = library.W;
        neuron.b = library.b;
        neuron.dLossDW = new double[featureCount];
        neuron.dLossDb = 0;
        return 0;
    });

    /// <summary>ŷ = σ(XW + b) by the library's <c>Forward</c>; keeps X and z in the neuron for Backward.</summary>
    public static double[] Forward(INeuron neuron, double[,] X) => Borrowing.Of(Piece.Forward, () =>
    {
        double[] z = Library(neuron).Forward(X);   // the linear activation: the library's ŷ is z
        neuron.lastX = X;
        neuron.lastZ = z;
        return (double[])z.Clone();
    });

    /// <summary>Sets the neuron's ∂L/∂W and ∂L/∂b to 0.</summary>
    public static void ResetGrad(INeuron neuron) => Borrowing.Of(Piece.ResetGrad, () =>
    {
        Array.Clear(neuron.dLossDW);
        neuron.dLossDb = 0;
        return 0;
    });

    /// <summary>Adds the library's <c>Backward</c> gradients for the neuron's last Forward to ∂L/∂W and ∂L/∂b.</summary>
    public static void Backward(INeuron neuron, double[] dLossDYHat) => Borrowing.Of(Piece.Backward, () =>
    {
        if (neuron.lastX is null)
            throw new InvalidOperationException("Backward needs a Forward first: it differentiates the last forward pass.");
        var library = Library(neuron);
        library.Forward(neuron.lastX);
        library.Backward(dLossDYHat);
        for (int j = 0; j < neuron.W.Length; j++)
            neuron.dLossDW[j] += library.dLossDW[j];
        neuron.dLossDb += library.dLossDb;
        return 0;
    });

    /// <summary>One step downhill, as the library's <c>Step</c>: W −= η·∂L/∂W, b −= η·∂L/∂b.</summary>
    public static void Step(INeuron neuron, double learningRate) => Borrowing.Of(Piece.Step, () =>
    {
        for (int j = 0; j < neuron.W.Length; j++)
            neuron.W[j] -= learningRate * neuron.dLossDW[j];
        neuron.b -= learningRate * neuron.dLossDb;
        return 0;
    });

    /// <summary>The library's <c>Losses.Mse</c>.</summary>
    public static double Mse(double[] yHat, double[] y) => Borrowing.Of(Piece.Mse, () => Losses.Mse(yHat, y));

    /// <summary>The library's <c>Losses.DMseDYHat</c>.</summary>
    public static double[] DMseDYHat(double[] yHat, double[] y) =>
        Borrowing.Of(Piece.DMseDYHat, () => Losses.DMseDYHat(yHat, y));

    /// <summary>The per-example loop of <c>Trainer.Train</c>, run on your neuron's own Forward, Backward and Step.</summary>
    public static List<double> Train(INeuron neuron, double[,] X, double[] y, int epochs, double learningRate) =>
        Borrowing.Of(Piece.Train, () => Loops.PerExample(neuron, X, y, epochs, learningRate));

    // A library neuron with the same W (a copy) and b.
    private static Neuron Library(INeuron neuron) =>
        new(neuron.W.Length) { W = (double[])neuron.W.Clone(), b = neuron.b };
}
