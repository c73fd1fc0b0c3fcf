using Xunit;

namespace NeuronFromScratch.Tests.Training;

public sealed class TrainerTests
{
    [Theory]
    // per-example (the course's loop), mini-batch and full-batch, each in order and shuffled
    [InlineData(1, false, 0.1, 200)]
    [InlineData(1, true, 0.1, 200)]
    [InlineData(7, false, 0.3, 300)]
    [InlineData(7, true, 0.3, 300)]
    [InlineData(Trainer.FullBatch, false, 0.5, 300)]
    [InlineData(Trainer.FullBatch, true, 0.5, 300)]
    public void Training_on_GetData_finds_the_documented_slope_and_intercept(int batchSize, bool shuffle, double learningRate, int epochs)
    {
        var neuron = new Neuron(1);
        var history = Trainer.Train(neuron, Data.GetData(), epochs, learningRate, batchSize, shuffle, seed: 1);

        Assert.Equal(Data.TrueSlope, neuron.W[0], 1e-3);
        Assert.Equal(Data.TrueIntercept, neuron.b, 1e-3);
        Assert.Equal(epochs, history.Epochs);
        Assert.True(history.Loss[^1] < 1e-6, $"final loss {history.Loss[^1]}");
        // The history ends where the neuron is.
        Assert.Equal(neuron.W, history.W[^1]);
        Assert.Equal(neuron.b, history.b[^1]);
    }

    [Fact]
    public void Full_batch_loss_never_increases_with_a_small_learning_rate()
    {
        var data = Data.GetData(count: 30, noise: 0.3, seed: 9); // noise: the loss has a floor above 0
        var history = Trainer.Train(new Neuron(1), data, epochs: 300, learningRate: 0.05, batchSize: Trainer.FullBatch);

        for (int e = 1; e < history.Epochs; e++)
            Assert.True(history.Loss[e] <= history.Loss[e - 1], $"loss went up at epoch {e + 1}: {history.Loss[e - 1]} → {history.Loss[e]}");
        Assert.True(history.Loss[^1] < history.Loss[0] / 2);
    }

    [Fact]
    public void Full_batch_history_records_the_loss_before_each_step()
    {
        var (X, y) = Data.GetData();
        var neuron = new Neuron(1, seed: 3);
        double[] startW = (double[])neuron.W.Clone();
        double startB = neuron.b;

        var history = Trainer.Train(neuron, X, y, epochs: 2, learningRate: 0.1, batchSize: Trainer.FullBatch);

        // Epoch 1's loss is that of the starting neuron; epoch 2's is that after one step.
        var start = new Neuron(1) { W = startW, b = startB };
        Assert.Equal(Losses.Mse(start.Forward(X), y), history.Loss[0], 12);
        var afterOne = new Neuron(1) { W = (double[])history.W[0].Clone(), b = history.b[0] };
        Assert.Equal(Losses.Mse(afterOne.Forward(X), y), history.Loss[1], 12);
    }

    [Fact]
    public void Training_matches_the_loop_written_out_by_hand()
    {
        var (X, y) = Data.GetData(count: 10, noise: 0.2);
        var byHand = new Neuron(1, seed: 4);
        var trained = new Neuron(1, seed: 4);
        const double learningRate = 0.05;

        for (int epoch = 0; epoch < 3; epoch++)
            for (int i = 0; i < y.Length; i++)
            {
                byHand.ResetGrad();
                double prediction = byHand.Forward(new[] { X[i, 0] });
                byHand.Backward(Losses.DMseDYHat(new[] { prediction }, new[] { y[i] }));
                byHand.Step(learningRate);
            }
        Trainer.Train(trained, X, y, epochs: 3, learningRate);

        Assert.Equal(byHand.W[0], trained.W[0], 14);
        Assert.Equal(byHand.b, trained.b, 14);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(Trainer.FullBatch, false)]
    public void Same_seed_gives_a_bit_identical_history(int batchSize, bool shuffle)
    {
        var data = Data.GetData(count: 50, noise: 0.5, seed: 2);
        TrainingHistory Run() => Trainer.Train(new Neuron(1, seed: 5), data, epochs: 40, learningRate: 0.05, batchSize, shuffle, seed: 11);

        TrainingHistory a = Run(), b = Run();

        Assert.Equal(a.Epochs, b.Epochs);
        for (int e = 0; e < a.Epochs; e++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(a.Loss[e]), BitConverter.DoubleToInt64Bits(b.Loss[e]));
            Assert.Equal(BitConverter.DoubleToInt64Bits(a.b[e]), BitConverter.DoubleToInt64Bits(b.b[e]));
            Assert.True(a.W[e].Length == b.W[e].Length && a.W[e][0] == b.W[e][0]);
            Assert.Equal(BitConverter.DoubleToInt64Bits(a.W[e][0]), BitConverter.DoubleToInt64Bits(b.W[e][0]));
        }
    }

    [Fact]
    public void A_different_shuffle_seed_gives_a_different_history()
    {
        var data = Data.GetData(count: 50, noise: 0.5, seed: 2);
        var a = Trainer.Train(new Neuron(1), data, epochs: 5, learningRate: 0.05, shuffle: true, seed: 1);
        var b = Trainer.Train(new Neuron(1), data, epochs: 5, learningRate: 0.05, shuffle: true, seed: 2);
        Assert.NotEqual(a.Loss, b.Loss);
    }

    [Fact]
    public void The_callback_sees_every_epoch_and_copies_of_the_weights()
    {
        var results = new List<EpochResult>();
        var neuron = new Neuron(1);
        var history = Trainer.Train(neuron, Data.GetData(), epochs: 4, learningRate: 0.1, onEpoch: results.Add);

        Assert.Equal(new[] { 1, 2, 3, 4 }, results.Select(r => r.Epoch));
        Assert.Equal(history.Loss, results.Select(r => r.Loss));
        Assert.Equal(history.b, results.Select(r => r.b));
        Assert.All(results, r => Assert.NotSame(neuron.W, r.W));
        Assert.NotEqual(results[0].W[0], results[3].W[0]);
        Assert.Equal(new[] { 1, 2, 3, 4 }, history.EpochNumbers());
    }

    [Fact]
    public void Zero_epochs_leave_the_neuron_alone()
    {
        var neuron = new Neuron(1);
        double w = neuron.W[0];
        var history = Trainer.Train(neuron, Data.GetData(), epochs: 0, learningRate: 0.1);
        Assert.Equal(0, history.Epochs);
        Assert.Equal(w, neuron.W[0]);
    }

    [Fact]
    public void Divergence_stops_with_the_epoch_and_a_hint_about_the_learning_rate()
    {
        var neuron = new Neuron(1);
        int epochsSeen = 0;

        var e = Assert.Throws<TrainingDivergedException>(() =>
            Trainer.Train(neuron, Data.GetData(), epochs: 1000, learningRate: 5, onEpoch: _ => epochsSeen++));

        Assert.InRange(e.Epoch, 1, 1000);
        Assert.Equal(epochsSeen + 1, e.Epoch); // it stops in the first bad epoch, before recording it
        Assert.Equal(5, e.LearningRate);
        Assert.Contains($"epoch {e.Epoch}", e.Message);
        Assert.Contains("learning rate 5 is probably too high", e.Message);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(1, true)]
    [InlineData(16, true)]
    [InlineData(Trainer.FullBatch, false)]
    [InlineData(Trainer.FullBatch, true)]
    public void Training_does_not_allocate_per_example_or_per_step(int batchSize, bool shuffle)
    {
        const int n = 2000, f = 3, epochs = 300;
        var (X, y) = NeuronTests.RandomData(n, f, seed: 8);
        var neuron = new Neuron(f);
        int calls = 0;
        Action<EpochResult> onEpoch = _ => calls++;
        Trainer.Train(neuron, X, y, epochs: 2, 1e-3, batchSize, shuffle, onEpoch: onEpoch); // JIT warm-up

        long before = GC.GetAllocatedBytesForCurrentThread();
        Trainer.Train(neuron, X, y, epochs, 1e-3, batchSize, shuffle, onEpoch: onEpoch);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Per call: buffers of O(n) (order, a shuffled slice) and the history's lists. Per epoch: the history's copy
        // of W and the callback's EpochResult with its own copy. Nothing may scale with n × epochs:
        // even 8 bytes per example-step would be 8·n·epochs = 4.8 MB here.
        long perCall = 64 * 1024 + 16L * n + 8L * 512 * (f + 2);
        long perEpoch = 3 * 8 + 2 * (32 + 8 * f) + 64;
        Assert.True(allocated <= perCall + perEpoch * epochs,
            $"Train allocated {allocated} bytes; allowed {perCall} per call + {perEpoch} per epoch = {perCall + perEpoch * epochs}");
        Assert.Equal(epochs + 2, calls);
    }
}
