using BenchmarkDotNet.Attributes;

namespace NeuronFromScratch.Benchmarks;

/// <summary>
/// Training a small network with <c>NetworkTrainer.Train</c>: 10,000 examples, 2 → 16 → 1 (ReLU hidden layer,
/// linear output), mini-batches of 32, shuffled, a few epochs.
/// </summary>
[MemoryDiagnoser]
public class NetworkBenchmarks // not sealed: BenchmarkDotNet derives from it
{
    /// <summary>Examples in the data set.</summary>
    public const int N = 10_000;

    /// <summary>Epochs per training call.</summary>
    public const int Epochs = 5;

    private double[,] _x = new double[0, 0];
    private double[] _y = [];

    /// <summary>Inputs uniform in [−1, 1)²; targets y = |x₁| + x₂², a curve no single neuron can fit.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _x = new double[N, 2];
        _y = new double[N];
        for (int i = 0; i < N; i++)
        {
            _x[i, 0] = 2 * random.NextDouble() - 1;
            _x[i, 1] = 2 * random.NextDouble() - 1;
            _y[i] = Math.Abs(_x[i, 0]) + _x[i, 1] * _x[i, 1];
        }
    }

    /// <summary>A fresh 2 → 16 → 1 network trained for <see cref="Epochs"/> epochs, batch size 32.</summary>
    [Benchmark(Baseline = true)]
    public double[] TwoSixteenOne() =>
        NetworkTrainer.Train(NeuralNetwork.Create([2, 16, 1], Activation.ReLU, Activation.Linear, seed: 0),
            _x, _y, Epochs, learningRate: 0.05, batchSize: 32);

    /// <summary>
    /// The same training as the loop the notebook writes out (a new matrix per layer and batch, each neuron's own
    /// Forward and Backward): what NetworkTrainer's fast path is measured against, and tested equal to.
    /// </summary>
    [Benchmark]
    public double PlainLoop()
    {
        var network = NeuralNetwork.Create([2, 16, 1], Activation.ReLU, Activation.Linear, seed: 0);
        var random = new Random(0);
        int[] order = new int[N];
        double loss = 0;
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            for (int i = 0; i < N; i++)
                order[i] = i;
            random.Shuffle(order);
            double sum = 0;
            for (int start = 0; start < N; start += 32)
            {
                int m = Math.Min(32, N - start);
                var XBatch = new double[m, 2];
                for (int i = 0; i < m; i++)
                    (XBatch[i, 0], XBatch[i, 1]) = (_x[order[start + i], 0], _x[order[start + i], 1]);
                network.ResetGrad();
                double[,] yHat = network.Forward(XBatch);
                var dLossDYHat = new double[m, 1];
                for (int i = 0; i < m; i++)
                {
                    double error = yHat[i, 0] - _y[order[start + i]];
                    sum += error * error;
                    dLossDYHat[i, 0] = 2.0 / m * error;
                }
                network.Backward(dLossDYHat);
                network.Step(0.05);
            }
            loss = sum / N;
        }
        return loss;
    }
}
