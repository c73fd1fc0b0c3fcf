using static NeuronFromScratch.Course.Matrices;
using static NeuronFromScratch.Course.ReferenceNeuron;

namespace NeuronFromScratch.Course.Exercises.Notebook04;

/// <summary>
/// Per-example loops as learners write them wrong, each next to its clue: run on a neuron whose pieces are right, a loop
/// gives what a Train with that mistake gives. Each reads like the learner's code (solutions/MyNeuron.csx's Train with one
/// thing changed).
/// </summary>
internal static class TrainMistakes
{
    /// <summary>A training loop: Train(neuron, X, y, epochs, learningRate).</summary>
    public delegate List<double> Loop(INeuron neuron, double[,] X, double[] y, int epochs, double learningRate);

    public static IReadOnlyList<(string Name, Loop Loop, string Clue)> All { get; } =
    [
        ("calls ResetGrad once per epoch, before the loop over the examples", (neuron, X, y, epochs, eta) =>
            Epochs(epochs, y.Length, () => neuron.ResetGrad(), i => Example(neuron, X, y, i, eta, reset: false)),
            "You call ResetGrad once per epoch, before the loop over the examples: within an epoch each step also carries the "
            + "earlier examples' gradients. Call neuron.ResetGrad() inside the loop, before each example's Backward."),
        ("forgets ResetGrad", (neuron, X, y, epochs, eta) => Epochs(epochs, y.Length, null, i => Example(neuron, X, y, i, eta, reset: false)),
            "Your gradients accumulate: the first example's step is right, then every step also carries the earlier examples' "
            + "gradients. Call neuron.ResetGrad() before each Backward (Backward adds)."),
        ("returns the loss after the step", (neuron, X, y, epochs, eta) => Epochs(epochs, y.Length, null, i =>
            {
                Example(neuron, X, y, i, eta);
                return Mse(neuron.Forward(Row(X, i)), [y[i]]);
            }),
            "Your losses are lower than expected: you measured each example's loss after its Step. Measure it before: Forward → Mse, then Backward → Step."),
        ("measures the loss on all of X at the end of the epoch", (neuron, X, y, epochs, eta) =>
            [.. Enumerable.Range(0, epochs).Select(_ =>
            {
                for (int i = 0; i < y.Length; i++)
                    Example(neuron, X, y, i, eta);
                return Mse(neuron.Forward(X), y);
            })],
            "Your losses are the loss on all of X after the epoch's steps. Each example's loss should be measured before its own step, and the epoch's loss is their mean."),
        ("sums the losses instead of averaging them", (neuron, X, y, epochs, eta) =>
            [.. Epochs(epochs, y.Length, null, i => Example(neuron, X, y, i, eta)).Select(loss => loss * y.Length)],
            "Your epoch losses are n times too big: that is the sum of the examples' losses. Divide by n for the mean."),
        ("full batch instead of per example", (neuron, X, y, epochs, eta) => Epochs(epochs, y.Length, null, _ => FullBatch(neuron, X, y, eta)),
            "Every step used the whole X: that is a full-batch step, taken n times per epoch. Per example means Row(X, i) and { y[i] }: one example per step."),
        ("one full-batch step per epoch", (neuron, X, y, epochs, eta) => Epochs(epochs, 1, null, _ => FullBatch(neuron, X, y, eta)),
            "You took one full-batch step per epoch; the loop is per example: one step for each example i, on Row(X, i)."),
        ("compares each example with all the targets y", (neuron, X, y, epochs, eta) => Epochs(epochs, y.Length, null, i =>
            {
                neuron.ResetGrad();
                double[] yHat = neuron.Forward(Row(X, i));
                double loss = Mse(yHat, y);
                neuron.Backward(DMseDYHat(yHat, y));
                neuron.Step(eta);
                return loss;
            }),
            "Every example was compared with the first target y[0]: that is what Mse and DMseDYHat do with the one ŷ of Row(X, i) and all of y. Give them the example's own target, new[] { y[i] }."),
        ("always trains on Row(X, 0)", (neuron, X, y, epochs, eta) => Epochs(epochs, y.Length, null, i => Example(neuron, X, y, i, eta, row: 0)),
            "Every step used the features of example 0 with the target of example i: give Forward the example's own row, Row(X, i), not Row(X, 0)."),
        ("skips the last example", (neuron, X, y, epochs, eta) => Epochs(epochs, y.Length, null, i => Example(neuron, X, y, i, eta), first: 0, end: y.Length - 1),
            "The last example is never used: the loop over i must run from 0 to n − 1 (i < n, not i < n − 1)."),
        ("skips the first example", (neuron, X, y, epochs, eta) => Epochs(epochs, y.Length, null, i => Example(neuron, X, y, i, eta), first: 1, end: y.Length),
            "Example 0 is never used: start i at 0."),
        ("Step before Backward", (neuron, X, y, epochs, eta) => Epochs(epochs, y.Length, null, i =>
            {
                neuron.ResetGrad();
                double[] yHat = neuron.Forward(Row(X, i));
                double loss = Mse(yHat, [y[i]]);
                neuron.Step(eta);
                neuron.Backward(DMseDYHat(yHat, [y[i]]));
                return loss;
            }), NeverMoved),
        ("forgets Step", (neuron, X, y, epochs, eta) => Epochs(epochs, y.Length, null, i =>
            {
                neuron.ResetGrad();
                double[] yHat = neuron.Forward(Row(X, i));
                neuron.Backward(DMseDYHat(yHat, [y[i]]));
                return Mse(yHat, [y[i]]);
            }), NeverMoved),
        ("passes the target first to DMseDYHat", (neuron, X, y, epochs, eta) => Epochs(epochs, y.Length, null, i =>
            {
                neuron.ResetGrad();
                double[] yHat = neuron.Forward(Row(X, i));
                neuron.Backward(DMseDYHat([y[i]], yHat));
                neuron.Step(eta);
                return Mse(yHat, [y[i]]);
            }),
            "Your neuron went uphill: DMseDYHat(yHat, target) takes the prediction first. Swapped, every ∂L/∂ŷ has the wrong sign, so every Step climbs."),
        ("adds a loss per example instead of per epoch", (neuron, X, y, epochs, eta) =>
            [.. Enumerable.Range(0, epochs).SelectMany(_ =>
            {
                double sum = 0;
                return Enumerable.Range(0, y.Length).Select(i => (sum += Example(neuron, X, y, i, eta)) / y.Length).ToList();
            })],
            "Your Train returned one loss per example: add up the examples' losses and add their mean to the list once per epoch, after the loop over i."),
        ("divides the epoch's loss by the number of features", (neuron, X, y, epochs, eta) =>
            [.. Epochs(epochs, y.Length, null, i => Example(neuron, X, y, i, eta)).Select(loss => loss * y.Length / X.GetLength(1))],
            "W and b are right, only the losses are off: the epoch's loss is the sum of its examples' losses divided by n, the "
            + "number of examples (y.Length or X.GetLength(0)), not by X.GetLength(1), the number of features."),
        ("trains another neuron than the one it is given", (neuron, X, y, epochs, eta) =>
            Loops.PerExample(new ReferenceNeuron(neuron.W, neuron.b), X, y, epochs, eta),
            "The losses are right, but the neuron you were given did not move: train `neuron`, the one passed in (the "
            + "caller's neuron must end with the trained W and b), not a new one."),
        ("runs one epoch too few", (neuron, X, y, epochs, eta) => Epochs(epochs - 1, y.Length, null, i => Example(neuron, X, y, i, eta)),
            "Your Train ran one epoch too few: with the epochs counted from 1, loop while epoch <= epochs (or from 0 while epoch < epochs)."),
        ("runs Forward on the whole X and then takes row i", (neuron, X, y, epochs, eta) => Epochs(epochs, y.Length, null, i =>
            {
                neuron.ResetGrad();
                double[] yHat = [neuron.Forward(X)[i]];
                neuron.Backward(DMseDYHat(yHat, [y[i]]));
                neuron.Step(eta);
                return Mse(yHat, [y[i]]);
            }),
            "You ran Forward on the whole X and then took its ŷ[i]: the neuron then remembers the whole X (lastX, lastZ), and "
            + "Backward, given one ∂L/∂ŷ for a Forward of n rows, runs past its end. Per example, Forward gets only row i: Forward(Row(X, i))."),
        ("updates W, then recomputes ŷ before updating b", (neuron, X, y, epochs, eta) => Epochs(epochs, y.Length, null, i =>
            {
                neuron.ResetGrad();
                double[] yHat = neuron.Forward(Row(X, i));
                double loss = Mse(yHat, [y[i]]);
                neuron.Backward(DMseDYHat(yHat, [y[i]]));
                for (int j = 0; j < neuron.W.Length; j++)
                    neuron.W[j] -= eta * neuron.dLossDW[j];
                neuron.ResetGrad();
                double[] again = neuron.Forward(Row(X, i));
                neuron.Backward(DMseDYHat(again, [y[i]]));
                neuron.b -= eta * neuron.dLossDb;
                return loss;
            }),
            "Your bias stepped on the gradient of a second prediction, made after W had already moved: W and b must both step "
            + "on the gradients of the same forward pass. Forward once, Backward once, then one Step moves W and b together."),
    ];

    private const string NeverMoved = "W and b never changed: did you call Step before Backward (while the gradients are still "
        + "0 after ResetGrad), or forget Step? Backward computes the gradients that Step uses, so Step comes last.";

    // One example, done right unless told otherwise: ResetGrad (if reset) → Forward(row) → loss → Backward → Step. Its loss.
    private static double Example(INeuron neuron, double[,] X, double[] y, int i, double eta, bool reset = true, int? row = null)
    {
        if (reset)
            neuron.ResetGrad();
        double[] yHat = neuron.Forward(Row(X, row ?? i));
        double loss = Mse(yHat, [y[i]]);
        neuron.Backward(DMseDYHat(yHat, [y[i]]));
        neuron.Step(eta);
        return loss;
    }

    // One full-batch step, on all of X and y: ResetGrad → Forward(X) → loss → Backward → Step. Its loss.
    private static double FullBatch(INeuron neuron, double[,] X, double[] y, double eta)
    {
        neuron.ResetGrad();
        double[] yHat = neuron.Forward(X);
        double loss = Mse(yHat, y);
        neuron.Backward(DMseDYHat(yHat, y));
        neuron.Step(eta);
        return loss;
    }

    // The epochs: before each, `start`; then `step` for each i in [first, end), adding up what they return; the mean over n.
    private static List<double> Epochs(int epochs, int n, Action? start, Func<int, double> step, int first = 0, int? end = null)
    {
        var losses = new List<double>();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            start?.Invoke();
            double sum = 0;
            for (int i = first; i < (end ?? n); i++)
                sum += step(i);
            losses.Add(sum / n);
        }
        return losses;
    }
}
