using System;
using System.Globalization;
using System.Collections.Generic;

namespace NeuronFromScratch;

/// <summary>What training recorded after each epoch: index e holds epoch e + 1.</summary>
public sealed class TrainingHistory
{
    private readonly List<double> _loss;
    private readonly List<double[]> _w;
    private readonly List<double> _b;

    internal TrainingHistory(int epochs)
    {
        _loss = new List<double>(epochs);
        _w = new List<double[]>(epochs);
        _b = new List<double>(epochs);
    }

    /// <summary>
    /// The loss of each epoch: the mean over its examples of each squared error, measured as the epoch went,
    /// before that example's step (full-batch: the loss before the epoch's one step).
    /// </summary>
    public IReadOnlyList<double> Loss => _loss;

    /// <summary>W at the end of each epoch (copies: later training does not change them).</summary>
    public IReadOnlyList<double[]> W => _w;

    /// <summary>b at the end of each epoch.</summary>
    public IReadOnlyList<double> b => _b;

    /// <summary>How many epochs were recorded.</summary>
    public int Epochs => _loss.Count;

    /// <summary>The epoch numbers 1, 2, …, Epochs: the x axis of a loss curve.</summary>
    public int[] EpochNumbers()
    {
        var numbers = new int[Epochs];
        for (int e = 0; e < numbers.Length; e++) numbers[e] = e + 1;
        return numbers;
    }

    internal void Add(double loss, double[] W, double b)
    {
        _loss.Add(loss);
        _w.Add((double[])W.Clone());
        _b.Add(b);
    }
}

/// <summary>One epoch's outcome, passed to the training loop's callback.</summary>
/// <param name="Epoch">The epoch's number, from 1.</param>
/// <param name="Loss">Its mean squared error.</param>
/// <param name="W">A copy of W after it.</param>
/// <param name="b">b after it.</param>
public sealed record EpochResult(int Epoch, double Loss, double[] W, double b);

/// <summary>Training stopped because the loss or the parameters became NaN or infinite.</summary>
public sealed class TrainingDivergedException : ArithmeticException
{
    /// <summary>Makes the exception for the epoch in which the numbers stopped being finite.</summary>
    /// <param name="epoch">The epoch, from 1.</param>
    /// <param name="learningRate">The learning rate that was used.</param>
    /// <param name="loss">The epoch's loss.</param>
    public TrainingDivergedException(int epoch, double learningRate, double loss)
        : base(string.Create(CultureInfo.InvariantCulture, $"Training diverged in epoch {epoch}: ") +
               (double.IsFinite(loss) ? "the weights or the bias" : string.Create(CultureInfo.InvariantCulture, $"the loss ({loss})")) +
               string.Create(CultureInfo.InvariantCulture,
                   $" stopped being a finite number. The learning rate {learningRate} is probably too high; try a smaller one."))
    {
        Epoch = epoch;
        LearningRate = learningRate;
        Loss = loss;
    }

    /// <summary>The epoch (from 1) in which training diverged.</summary>
    public int Epoch { get; }

    /// <summary>The learning rate that was used.</summary>
    public double LearningRate { get; }

    /// <summary>The loss of that epoch (NaN or infinite, or finite if only the parameters overflowed).</summary>
    public double Loss { get; }
}
