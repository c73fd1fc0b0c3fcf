namespace NeuronFromScratch.Course;

/// <summary>How the checks try your pieces: does a piece still borrow, and a neuron of yours set to given numbers.</summary>
internal static class Probe
{
    private static readonly double[,] X = { { 0.5, -1.0 }, { 0.25, 2.0 } };
    private static readonly double[] Y = [1.0, -0.5];

    /// <summary>
    /// True when <paramref name="piece"/> still borrows the library's version: it is called alone, on tiny inputs, and
    /// asked whether it borrowed (a borrowing line borrows before anything else can go wrong).
    /// </summary>
    public static bool Borrows(YourNeuron yours, Piece piece) => Borrowing.While(() =>
    {
        switch (piece)
        {
            case Piece.Sigma: yours.Sigma(0.5); break;
            case Piece.DSigmaDz: yours.DSigmaDz(0.5); break;
            case Piece.Constructor: yours.New(2, 0); break;
            case Piece.Mse: yours.Mse([0.5, 1.0], Y); break;
            case Piece.DMseDYHat: yours.DMseDYHat([0.5, 1.0], Y); break;
            case Piece.Forward: Neuron(yours, [0.3, -0.2], 0.1).Forward(X); break;
            case Piece.ResetGrad: Neuron(yours, [0.3, -0.2], 0.1).ResetGrad(); break;
            case Piece.Backward: Neuron(yours, [0.3, -0.2], 0.1).Backward([0.3, -0.4]); break;
            case Piece.Step: Neuron(yours, [0.3, -0.2], 0.1).Step(0.1); break;
            case Piece.Train: yours.Train(Neuron(yours, [0.3, -0.2], 0.1), X, Y, 1, 0.01); break;
        }
    }).Contains(piece);

    /// <summary>
    /// The ✘ when your <paramref name="piece"/> calls the course library's own version (lib/: Neuron, Losses, …) instead
    /// of computing it; else null.
    /// </summary>
    public static Verdict? Shortcut(YourNeuron yours, Piece piece)
    {
        Delegate? code = piece switch
        {
            Piece.Sigma => yours.Sigma,
            Piece.DSigmaDz => yours.DSigmaDz,
            Piece.Constructor => yours.New,
            Piece.Mse => yours.Mse,
            Piece.DMseDYHat => yours.DMseDYHat,
            Piece.Train => yours.Train,
            _ => null,
        };
        if (code is null && Attempt<INeuron>.Of(() => yours.New(1, 0)).Value is { } neuron)
            code = piece switch
            {
                Piece.Forward => (Func<double[,], double[]>)neuron.Forward,
                Piece.Backward => (Action<double[]>)neuron.Backward,
                Piece.ResetGrad => (Action)neuron.ResetGrad,
                _ => (Action<double>)neuron.Step,
            };
        return code is null ? null : Calls.Shortcut(Text.Sentence(piece.Yours()), code, Calls.InLibrary);
    }

    /// <summary>
    /// A neuron of yours (made by your constructor) set to exactly these W (a copy) and b, its gradients 0, and lastX and
    /// lastZ those of a Forward on <see cref="X"/>-like data: so a check of one piece does not depend on the others.
    /// </summary>
    public static INeuron Neuron(YourNeuron yours, double[] W, double b)
    {
        var neuron = yours.New(W.Length, 0);
        neuron.W = (double[])W.Clone();
        neuron.b = b;
        neuron.dLossDW = new double[W.Length];
        neuron.dLossDb = 0;
        neuron.lastX = Matrices.Make(2, W.Length, (i, j) => 0.5 * (i + 1) - 0.25 * j);
        neuron.lastZ = Enumerable.Range(0, 2).Select(i => b + W.Select((w, j) => w * neuron.lastX[i, j]).Sum()).ToArray();
        return neuron;
    }
}
