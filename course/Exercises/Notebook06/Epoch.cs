using static NeuronFromScratch.Course.Exercises.Notebook06.EpochRuns;

namespace NeuronFromScratch.Course.Exercises.Notebook06;

/// <summary>Notebook 6, “Your turn 4”: one epoch of mini-batch training, in a new shuffled order, with your TrainStep.</summary>
public sealed class Epoch : Exercise
{
    internal Epoch() : base(
        Notebooks.At(6, 7, "Training: the mini-batch loop", "Your turn 4: an epoch of mini-batches"),
        "An epoch visits every example once, in a new order; the order decides which examples share a batch. One order "
            + "must serve X and y alike. And the last batch: what if n is not a multiple of the batch size?",
        "Shuffle the indices 0 … n − 1 with the random you are given, then cut them into runs of batchSize (the last one "
            + "shorter); for each run, TrainStep on those rows of X (Rows) and those values of y. TrainStep returns the mean "
            + "over its batch: to average over all n examples, weight it by the batch's size.")
    {
    }

    /// <inheritdoc/>
    public override string SolutionCode => """
        double Epoch(NeuralNetwork network, double[,] X, double[] y, int batchSize, double learningRate, Random random)
        {
            int n = y.Length;
            int[] order = Enumerable.Range(0, n).ToArray();
            random.Shuffle(order);                                        // one order for X and y: the pairs stay together
            double sumOfSquaredErrors = 0;
            for (int start = 0; start < n; start += batchSize)
            {
                int[] batch = order[start..Math.Min(start + batchSize, n)];  // the last batch may be smaller
                double batchLoss = TrainStep(network, Rows(X, batch), batch.Select(i => y[i]).ToArray(), learningRate);
                sumOfSquaredErrors += batchLoss * batch.Length;           // a batch's loss is a mean over its rows
            }
            return sumOfSquaredErrors / n;
        }
        """;

    internal static Mistake<Case, Trained>[] Mistakes { get; } =
        EpochMistakes.All.Select(m => new Mistake<Case, Trained>(m.Name, c => Run(m.Epoch.Invoke, c), m.Clue)).ToArray();

    /// <summary>
    /// ✔ when three of your epochs (with <paramref name="trainStep"/>, which must pass its own check first) give
    /// NetworkTrainer.Train's losses and network; else ✘ with the likely mistake.
    /// </summary>
    public Verdict Check(Func<NeuralNetwork, double[,], double[], int, double, Random, double> epoch,
        Func<NeuralNetwork, double[,], double[], double, double> trainStep) => Judge(() =>
    {
        ArgumentNullException.ThrowIfNull(epoch);
        ArgumentNullException.ThrowIfNull(trainStep);
        var step = Ex06.TrainStep.Check(trainStep);
        if (step.Outcome == Outcome.NotDoneYet)
            return Verdict.NotDone($"Epoch takes its steps with your TrainStep, which is not written yet ({Ex06.TrainStep.Place}).");
        if (step.Outcome == Outcome.Failed)
            return Verdict.Fail($"Epoch takes its steps with your TrainStep, which does not pass its own check yet "
                + $"({Ex06.TrainStep.Place}): {step.Message}");
        if (Calls.ToAny(epoch, m => m.DeclaringType == typeof(NetworkTrainer)) is { } called)
            return Verdict.Fail($"Epoch calls the library's {Calls.Name(called)}: the point is to write the loop yourself.");
        if (Calls.ToAny(epoch, m => m.Module == trainStep.Method.Module && m.MetadataToken == trainStep.Method.MetadataToken) is null)
            return Verdict.Fail("Epoch does not call your TrainStep: take every batch's step with it (if you changed "
                + "TrainStep since, run the cell of Epoch again too, so that it calls the new one).");

        var once = Attempt<Trained>.Of(() => Run(epoch, Cases[0]));
        if (once.Value is { ChangedTheData: true })
            return Verdict.Fail("Epoch changed X or y: the caller's data must stay as they are (the notebook draws the curve "
                + "and measures the loss with them after training). Shuffle an array of row numbers, and take each batch's "
                + "rows of X and values of y through it.");
        var twice = Attempt<Trained>.Of(() => Run(epoch, Cases[0]));
        if (!once.Threw && !twice.Threw && !Same(once.Value!, twice.Value!))
            return Verdict.Fail("Two runs with the same seed gave different networks: does Epoch make a new Random() of its "
                + "own, or keep something (an order, a Random) from one call to the next? Shuffle a fresh 0 … n − 1 with the "
                + "random you are given, in every epoch: the caller seeds it, so that a run can be repeated exactly.");

        return new Grader<Case, Trained>
        {
            Function = "Epoch", Cases = Cases, Expected = Library, Same = Same, Name = c => c.Name, Mistakes = Mistakes,
            Differs = (c, expected, got) => got.Losses.Count != Epochs
                ? $"On {c.Name}: Epoch returned no number."
                : $"On {c.Name}, {Epochs} epochs with η = {Eta}: expected the losses {Numbers.Show(expected.Losses, "G6")}, got "
                  + $"{Numbers.Show(got.Losses, "G6")}" + (Numbers.Near(expected.Parameters, got.Parameters)
                      ? ", with the right network: only the epoch's loss is off."
                      : ", and another network."),
            Otherwise = "One order for X and y, from the random you are given; batches of batchSize in that order, the last "
                + "one smaller; one TrainStep each; the batches' losses weighted by their sizes, divided by n.",
            OtherwiseFor = (c, got) => EpochClues.Unknown(epoch, c, got),
            WhenThrown = EpochClues.Thrown,
        }.Failure(c => Run(epoch, c))
        ?? Verdict.Pass("Epoch trains as the library's NetworkTrainer.Train does: the same order, the same batches (the last "
            + "one smaller), the same steps and every weight and bias, and the epoch's loss weighted by the batches' sizes.");
    });

    /// <summary>
    /// The epoch to train the notebook's network with: yours once it runs; until then (it, or the TrainStep it calls,
    /// still throws NotImplementedException) the course's, and the note says which.
    /// </summary>
    public (Func<NeuralNetwork, double[,], double[], int, double, Random, double> Epoch, string Note) ForTheNotebook(
        Func<NeuralNetwork, double[,], double[], int, double, Random, double> epoch)
    {
        ArgumentNullException.ThrowIfNull(epoch);
        var probe = Cases[1];
        if (Attempt<double>.Of(() => epoch(probe.Make(), Matrices.Copy(probe.X), (double[])probe.y.Clone(), probe.BatchSize, Eta, new Random(0))).Error
            is NotImplementedException)
            return ((network, X, y, batchSize, eta, random) => EpochMistakes.Right(network, X, y, batchSize, eta, random),
                "Your Epoch (or the TrainStep it calls) is not written yet, so the network trains with the course's.");
        return (epoch, "The network trains with your Epoch and your TrainStep.");
    }
}
