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
    [Benchmark]
    public double[] TwoSixteenOne() =>
        NetworkTrainer.Train(NeuralNetwork.Create([2, 16, 1], Activation.ReLU, Activation.Linear, seed: 0),
            _x, _y, Epochs, learningRate: 0.05, batchSize: 32);
}
