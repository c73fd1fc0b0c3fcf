using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace NeuronFromScratch.Benchmarks;

/// <summary>
/// Training throughput for per-example and full-batch gradient descent, next to the same loops written NumPy-style
/// (issue 8: the library must stay at least 2× faster) and the time of simply summing X once per epoch (issue 2
/// wants full-batch training close to that one memory pass).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TrainingBenchmarks // not sealed: BenchmarkDotNet derives from it
{
    private double[,] _x = new double[0, 0];
    private double[] _y = [];

    /// <summary>The three sizes.</summary>
    public static IEnumerable<Shape> Shapes => [new(30, 1), new(1_000_000, 1), new(100_000, 100)];

    /// <summary>The size being measured.</summary>
    [ParamsSource(nameof(Shapes))]
    public Shape Shape { get; set; } = new(30, 1);

    /// <summary>Inputs uniform in [−1, 1); targets on a random plane plus noise, so the loss never reaches 0
    /// (no denormal numbers) and small learning rates never diverge.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        int n = Shape.N, f = Shape.F;
        _x = new double[n, f];
        _y = new double[n];
        var w = new double[f];
        for (int j = 0; j < f; j++) w[j] = 2 * random.NextDouble() - 1;
        for (int i = 0; i < n; i++)
        {
            double z = 0.5;
            for (int j = 0; j < f; j++)
            {
                _x[i, j] = 2 * random.NextDouble() - 1;
                z += w[j] * _x[i, j];
            }
            _y[i] = z + 0.1 * (random.NextDouble() - 0.5);
        }
    }

    /// <summary>The course's loop: one step per example.</summary>
    [Benchmark]
    public TrainingHistory PerExample() =>
        Trainer.Train(new Neuron(Shape.F), _x, _y, Shape.Epochs, learningRate: 0.2 / Shape.F, batchSize: 1);

    /// <summary>One step per epoch over every example.</summary>
    [Benchmark]
    public TrainingHistory FullBatch() =>
        Trainer.Train(new Neuron(Shape.F), _x, _y, Shape.Epochs, learningRate: 0.1, batchSize: Trainer.FullBatch);

    /// <summary>The same per-example loop as NumPy code would run it: a new array per operation (NumPyStyle.cs).</summary>
    [Benchmark]
    public double[] NumPyStylePerExample() =>
        NumPyStyle.TrainPerExample(_x, _y, new Neuron(Shape.F).W, Shape.Epochs, lr: 0.2 / Shape.F);

    /// <summary>The same full-batch loop as NumPy code would run it: a new array per operation (NumPyStyle.cs).</summary>
    [Benchmark]
    public double[] NumPyStyleFullBatch() =>
        NumPyStyle.TrainFullBatch(_x, _y, new Neuron(Shape.F).W, Shape.Epochs, lr: 0.1);

    /// <summary>The floor: read every element of X once per epoch and add it up (SIMD), nothing else.</summary>
    [Benchmark(Baseline = true)]
    public double SumOfX()
    {
        var all = MemoryMarshal.CreateReadOnlySpan(ref _x[0, 0], _x.Length);
        double total = 0;
        for (int epoch = 0; epoch < Shape.Epochs; epoch++)
            total += TensorPrimitives.Sum(all);
        return total;
    }
}
