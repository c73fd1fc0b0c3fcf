// Generated from notebooks/checks/Checks04.Capstone.csx by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
// change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
// class, so the lesson calls them by their plain names, as the notebook does.

// The capstone of notebook 4: your neuron (MyNeuron.csx), trained by your Train, against the library's Neuron trained
// by Trainer.Train (lib/Training/Trainer.cs) from the same start. Checks04.csx, loaded here, re-reads MyNeuron.csx.
//   TrainBoth        trains both and keeps what happened; it never throws (an exception of your code is kept).
//   YourLineAfterEachEpoch  your neuron's W and b after each epoch, for the chart's slider; it never throws either.
//   BorrowedPieces   which of the ten pieces of MyNeuron.csx still borrow the library's version.
//   CapstoneVerdict  "not done yet", or ✔, or an InvalidOperationException saying what differs and which check to run.
// #load "Checks04.csx": the lessons that need checks/Checks04.cs include it

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;
using System.Runtime.CompilerServices;
using NeuronFromScratch;

partial class Program
{
    /// <summary>Both trainings: yours (Mine, Losses, or the Error it threw) and the library's from your start.</summary>
    public sealed record CapstoneRun(
        MyNeuron Mine, double[] StartW, double StartB, List<double> Losses, Exception Error,
        Neuron Library, List<double> LibraryLosses, int Epochs);

    static CapstoneRun TrainBoth(double[,] X, double[] y, int epochs, double learningRate)
    {
        MyNeuron mine;
        try { mine = new MyNeuron(X.GetLength(1)); }
        catch (Exception e)
        {
            // Your constructor threw: an empty neuron (W = 0, b = 0) stands in, so the charts still draw.
            mine = Empty04(X.GetLength(1));
            return new(mine, mine.W, 0, new List<double>(), e, new Neuron(X.GetLength(1)), new List<double>(), epochs);
        }
        double[] startW = (double[])(mine.W ?? new double[X.GetLength(1)]).Clone();
        double startB = mine.b;
        // The library's neuron starts exactly where yours does, so any difference after training is the training's.
        var library = new Neuron(X.GetLength(1)) { Weights = (double[])startW.Clone(), Bias = startB };
        var libraryLosses = Trainer.Train(library, X, y, epochs, learningRate).Loss.ToList();   // per example, no shuffle
        List<double> losses = new();
        Exception error = null;
        try { losses = Train(mine, X, y, epochs, learningRate) ?? new List<double>(); }
        catch (Exception e) { error = e; }
        if (mine.W is null || mine.W.Length == 0) mine.W = new double[X.GetLength(1)];
        return new(mine, startW, startB, losses, error, library, libraryLosses, epochs);
    }

    /// <summary>
    /// W and b of a new <c>MyNeuron(1)</c> at the start (index 0) and after each epoch k (index k), trained by your Train one
    /// epoch at a time: <c>Train(neuron, X, y, 1, learningRate)</c>, <paramref name="epochs"/> times. When Train is right that
    /// is the same training as one call with all the epochs. If your code throws, the lines stop where it did.
    /// </summary>
    static (double[] W, double[] B) YourLineAfterEachEpoch(double[,] X, double[] y, int epochs, double learningRate)
    {
        MyNeuron neuron;
        try { neuron = new MyNeuron(1); }
        catch (Exception) { neuron = Empty04(1); }   // the capstone cell has already said that your constructor threw
        if (neuron.W is null || neuron.W.Length == 0) neuron = Empty04(1);
        var (w, b) = (new List<double>(), new List<double>());
        for (int epoch = 0; epoch <= epochs; epoch++)
        {
            try
            {
                if (epoch > 0) Train(neuron, X, y, 1, learningRate);
                w.Add(neuron.W[0]);
                b.Add(neuron.b);
            }
            catch (Exception) { break; }
        }
        return (w.ToArray(), b.ToArray());
    }

    // A neuron whose constructor did not run (it threw, or is being probed): W = 0, b = 0, no gradients yet.
    static MyNeuron Empty04(int features)
    {
        var neuron = (MyNeuron)RuntimeHelpers.GetUninitializedObject(typeof(MyNeuron));
        (neuron.W, neuron.b, neuron.dLossDW, neuron.dLossDb) = (new double[features], 0, new double[features], 0);
        return neuron;
    }

    // Each piece on its own: clear the record, call just that piece on tiny inputs, and see whether its own name was
    // recorded (a borrowing line records it before anything else). So every borrowing piece is listed, in course order,
    // whether or not your other pieces call it.
    static string[] BorrowedPieces()
    {
        double[,] X = { { 0.5, -1.0 }, { 0.25, 2.0 } };
        double[] y = { 1.0, -0.5 }, yHat = { 0.5, 1.0 };
        MyNeuron Neuron2()
        {
            var neuron = Empty04(2);
            (neuron.W, neuron.b, neuron.lastX, neuron.lastZ) = (new[] { 0.3, -0.2 }, 0.1, X, new[] { 0.45, -0.225 });
            return neuron;
        }
        var probes = new (string piece, Action call)[]
        {
            ("Sigma", () => Sigma(0.5)),
            ("DSigmaDz", () => DSigmaDz(0.5)),
            ("constructor", () => new MyNeuron(2)),
            ("Forward", () => Neuron2().Forward(X)),
            ("Mse", () => Mse(yHat, y)),
            ("DMseDYHat", () => DMseDYHat(yHat, y)),
            ("ResetGrad", () => Neuron2().ResetGrad()),
            ("Backward", () => Neuron2().Backward(new[] { 0.3, -0.4 })),
            ("Step", () => Neuron2().Step(0.1)),
            ("Train", () => Train(Neuron2(), X, y, 1, 0.01)),
        };
        var borrowed = new List<string>();
        foreach (var (piece, call) in probes)
        {
            FromLibrary.Borrowed.Clear();
            try { call(); }
            catch (Exception) { }   // your piece threw on these numbers: then it is yours, and the verdict deals with it
            if (FromLibrary.Borrowed.Contains(piece)) borrowed.Add(piece);
        }
        return borrowed.ToArray();
    }

    static string CapstoneVerdict(CapstoneRun run)
    {
        string[] borrowed = BorrowedPieces();
        if (borrowed.Length > 0)
            return $"✘ Not done yet: your neuron still borrows the library's {string.Join(", ", borrowed)}. Write those pieces in "
                + "MyNeuron.csx (Sigma, DSigmaDz, the constructor and Forward in notebook 1; Mse and DMseDYHat in notebook 2; ResetGrad "
                + "and Backward in notebook 3; Step and Train in this one), save it and run the capstone cell and this one again.";

        // Everything is yours: now it must give the library's numbers, epoch by epoch.
        var (mine, expected) = (run.Mine, run.LibraryLosses);
        double floor = 1e-15 * expected.Max();   // losses this far below the first epoch's count as equal (rounding)
        var differs = new List<string>();
        if (run.Error is Exception e)
            differs.Add($"your Train threw {e.GetType().Name}: {e.Message}");
        else if (run.Losses.Count != run.Epochs)
            differs.Add($"your Train returned {run.Losses.Count} losses for {run.Epochs} epochs");
        else if (Enumerable.Range(0, run.Epochs).FirstOrDefault(i => !Near(run.Losses[i], expected[i], floor), -1) is int k and >= 0)
            differs.Add($"the loss of epoch {k + 1} is {run.Losses[k]:G6}, Trainer.Train's {expected[k]:G6}");
        double w = mine.W[0], wLibrary = run.Library.Weights[0];
        if (run.Error is null && !(Near(w, wLibrary) && Near(mine.b, run.Library.Bias)))
            differs.Add($"your neuron ended at W = {w:F6}, b = {mine.b:F6}, the library's at W = {wLibrary:F6}, b = {run.Library.Bias:F6}");
        var start = new Neuron(mine.W.Length);
        if (!(run.StartW.SequenceEqual(start.Weights) && run.StartB == start.Bias))
            differs.Add($"your constructor starts at W = {Show(run.StartW, "F6")}, b = {run.StartB:F6}, the library's new Neuron(1) at "
                + $"W = {Show(start.Weights, "F6")}, b = {start.Bias:F6}");
        bool onTheLine = Math.Abs(w - Data.TrueSlope) < 1e-3 && Math.Abs(mine.b - Data.TrueIntercept) < 1e-3;
        if (!onTheLine && run.Error is null)
            differs.Add($"it did not find the line y = {Data.TrueSlope}x + {Data.TrueIntercept} within 1e-3 (W = {w:F6}, b = {mine.b:F6})");
        if (differs.Count == 0)
            return $"✔ Your neuron, trained by your loop, gives the library's numbers: the same {run.Epochs} epoch losses as Trainer.Train and "
                + $"the same W = {w:F6}, b = {mine.b:F6} (within 1e-9). And it found the line: W = {w:F6} (true slope {Data.TrueSlope}), "
                + $"b = {mine.b:F6} (true intercept {Data.TrueIntercept}), both within 1e-3.";

        // Which check names the cause: a piece Train calls, the constructor, or else the loop itself.
        string broken = BrokenPiece04();
        string step = CheckStep();
        string where = broken is not null ? broken
            : !step.StartsWith("✔") ? "Your Step does not agree with the library yet: run mine-step-check in notebook 4 (section 2) again, it says what is wrong."
            : differs.Count == 1 && differs[0].StartsWith("your constructor") ? "Run mine-constructor-check in notebook 1 (01-forward-pass.ipynb) again, it says what is wrong."
            : "The pieces Train calls agree with the library, so it is the loop: run mine-train-check in notebook 4 (section 3) again, it says what is wrong.";
        throw new InvalidOperationException(
            $"Your neuron does not give the library's numbers yet: {string.Join("; ", differs)}. {where} Then run the capstone cell and this one again.");
    }
}
