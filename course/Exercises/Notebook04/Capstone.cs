namespace NeuronFromScratch.Course.Exercises.Notebook04;

/// <summary>
/// Notebook 4's capstone: your whole neuron (every piece of MyNeuron.csx) trained by your Train. It says ✔ only when every
/// piece passes its own check and, together, they give the library's numbers and find the data's line.
/// </summary>
public sealed class Capstone : Exercise
{
    private const int Epochs = 20;
    private const double Eta = 0.05;

    internal Capstone() : base(
        Notebooks.At(4, 10, "Capstone: your neuron, trained by your loop", "Capstone: your neuron, trained by your loop"),
        "The capstone's verdict names the first piece that is not right yet, and the check that says why: run that check and follow its clue.",
        "Every piece is written in an earlier exercise: the hints of that exercise are there for it (Ex01.Forward.Hint(1), …).")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => Solutions.MyNeuron;

    /// <summary>
    /// "Not done yet" while a piece borrows; ✘ naming the first piece whose check fails (with that check's clue), or what
    /// differs when every piece passes but together they do not give the library's numbers; ✔ otherwise.
    /// </summary>
    public Verdict Check(YourNeuron yours) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(yours);
        var borrowing = Pieces.All.Where(piece => Probe.Borrows(yours, piece)).ToList();
        if (borrowing.Count > 0)
            return Verdict.NotDone($"your neuron still borrows the library's {Text.And(borrowing.Select(p => p.Title()))}. "
                + "Write those pieces in MyNeuron.csx (Sigma, DSigmaDz, the constructor and Forward in notebook 1; Mse and "
                + "DMseDYHat in notebook 2; Backward and ResetGrad in notebook 3; Step and Train in this one), save it and run "
                + "this check again.");
        // Every piece on its own cases first, in the order they were written: the first that fails is named, with its clue.
        foreach (var piece in Pieces.All)
            if (piece.Exercise().FailureOf(yours, piece) is Verdict wrong)
                return Verdict.Fail($"{Text.Sentence(piece.Yours())} is not right yet, and your neuron needs every piece: the check of "
                    + $"{piece.Exercise().Place} says: {wrong.Message}");

        var (X, y) = Data.GetData();
        var run = Train(yours, X, y, Epochs, Eta);
        var differs = Differences(run);
        var X3 = Matrices.Random(12, 3, 13, scale: 1);
        double[] y3 = Enumerable.Range(0, 12).Select(i => 0.5 - X3[i, 0] + 2 * X3[i, 1] + 0.25 * X3[i, 2]).ToArray();
        differs.AddRange(Differences(Train(yours, X3, y3, 5, Eta)).Select(d => $"on 12 random rows with 3 features, {d}"));
        double w = run.W[0], b = run.b;
        bool onTheLine = Math.Abs(w - Data.TrueSlope) < 1e-3 && Math.Abs(b - Data.TrueIntercept) < 1e-3;
        if (!onTheLine && run.Error is null)
            differs.Add($"it did not find the line y = {Data.TrueSlope}x + {Data.TrueIntercept} within 1e-3 (W = {w:F6}, b = {b:F6})");
        if (differs.Count > 0)
            return Verdict.Fail($"Every piece passes its own check, but together they do not give the library's numbers: "
                + $"{string.Join("; ", differs)}. Does one piece depend on something another one does not set (a field of your "
                + "own, or lastX and lastZ set elsewhere than in Forward)?");
        return Verdict.Pass($"Your neuron, trained by your loop, gives the library's numbers: the same {Epochs} epoch losses as "
            + $"Trainer.Train and the same W = {w:F6}, b = {b:F6} (and on 12 random rows with 3 features too). And it found the "
            + $"line: W = {w:F6} (true slope {Data.TrueSlope}), b = {b:F6} (true intercept {Data.TrueIntercept}), both within 1e-3.");
    });

    /// <summary>
    /// Your neuron (<c>new MyNeuron(f)</c>) trained by your Train, and the library's Neuron trained by Trainer.Train from the
    /// same start. It never throws: an exception of your code is kept in <see cref="CapstoneRun.Error"/>.
    /// </summary>
    public CapstoneRun Train(YourNeuron yours, double[,] X, double[] y, int epochs, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(yours);
        int f = X.GetLength(1);
        var made = Attempt<INeuron>.Of(() => yours.New(f, 0));
        if (made.Error is Exception error || made.Value?.W is null || made.Value.W.Length != f)
            return new([], new double[f], 0, made.Error ?? new InvalidOperationException($"new MyNeuron({f}) has no W of {f} weights."), new Neuron(f), []);
        var mine = made.Value;
        var library = new Neuron(f) { W = (double[])mine.W.Clone(), b = mine.b };
        var libraryLosses = Trainer.Train(library, X, y, epochs, learningRate).Loss.ToList();   // per example, no shuffle
        var losses = Attempt<List<double>>.Of(() => yours.Train(mine, X, y, epochs, learningRate));
        return new(losses.Value ?? [], (double[])(mine.W ?? new double[f]).Clone(), mine.b, losses.Error, library, libraryLosses);
    }

    /// <summary>
    /// W and b of a new <c>MyNeuron(1)</c> at the start (index 0) and after each epoch k (index k), trained by your Train one
    /// epoch at a time. When Train is right that is the same training as one call with all the epochs. If your code
    /// throws, the lines stop where it did.
    /// </summary>
    public (double[] W, double[] B) LinesAfterEachEpoch(YourNeuron yours, double[,] X, double[] y, int epochs, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(yours);
        var (w, b) = (new List<double>(), new List<double>());
        var made = Attempt<INeuron>.Of(() => yours.New(1, 0));
        INeuron neuron = made.Value?.W is { Length: 1 } ? made.Value : new ReferenceNeuron([0], 0);
        for (int epoch = 0; epoch <= epochs; epoch++)
        {
            if (epoch > 0 && Attempt<List<double>>.Of(() => yours.Train(neuron, X, y, 1, learningRate)).Threw)
                break;
            if (neuron.W is not { Length: 1 })
                break;
            w.Add(neuron.W[0]);
            b.Add(neuron.b);
        }
        return (w.ToArray(), b.ToArray());
    }

    private static List<string> Differences(CapstoneRun run)
    {
        var differs = new List<string>();
        if (run.Error is Exception e)
            differs.Add(Thrown.Message("your Train", e));
        else if (run.Losses.Count != run.LibraryLosses.Count)
            differs.Add($"your Train returned {run.Losses.Count} losses for {run.LibraryLosses.Count} epochs");
        else if (Enumerable.Range(0, run.Losses.Count).FirstOrDefault(k => !Numbers.Near(run.Losses[k], run.LibraryLosses[k]), -1) is int k and >= 0)
            differs.Add($"the loss of epoch {k + 1} is {run.Losses[k]:G6}, Trainer.Train's {run.LibraryLosses[k]:G6}");
        if (run.Error is null && !(Numbers.Near(run.W, run.Library.W) && Numbers.Near(run.b, run.Library.b)))
            differs.Add($"your neuron ended at W = {Numbers.Show(run.W, "F6")}, b = {run.b:F6}, the library's at "
                + $"W = {Numbers.Show(run.Library.W, "F6")}, b = {run.Library.b:F6}");
        return differs;
    }
}

/// <summary>The capstone's two trainings: yours (its losses and final W and b, or the error it threw) and the library's.</summary>
/// <param name="Losses">Your Train's epoch losses (empty if it threw).</param>
/// <param name="W">Your neuron's W after training.</param>
/// <param name="b">Your neuron's b after training.</param>
/// <param name="Error">What your code threw, or null.</param>
/// <param name="Library">The library's neuron, trained from your neuron's start.</param>
/// <param name="LibraryLosses">Trainer.Train's epoch losses.</param>
public sealed record CapstoneRun(List<double> Losses, double[] W, double b, Exception? Error, Neuron Library, List<double> LibraryLosses);
