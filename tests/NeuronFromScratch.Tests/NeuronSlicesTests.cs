using NeuronFromScratch;
using Xunit;

namespace NeuronFromScratch.Tests;

/// <summary>The trainer's vectorised passes (Training/NeuronSlices.cs, BatchSlices.cs) give the numbers of Neuron.cs's plain loops.</summary>
public sealed class NeuronSlicesTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var activation in new[] { "linear", "relu", "leaky relu", "sigmoid", "tanh" })
            foreach (int f in new[] { 1, 3, 17 })
                data.Add(activation, f);
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public void A_slice_of_rows_gives_the_plain_forward_loss_and_backward(string activationName, int f)
    {
        var activation = new[] { Activation.Linear, Activation.ReLU, Activation.LeakyReLU, Activation.Sigmoid, Activation.Tanh }
            .Single(a => a.Name == activationName);
        var random = new Random(f);
        var X = RandomMatrix(random, 40, f);
        double[] y = Enumerable.Range(0, 40).Select(_ => 2 * random.NextDouble() - 1).ToArray();
        var plain = new Neuron(f, seed: 3) { Activation = activation, b = 0.25 };
        var fast = new Neuron(f, seed: 3) { Activation = activation, b = 0.25 };

        // Rows 10..34 of X as one slice of a batch of 30: the plain pass on a copy of them, the fast pass in place.
        var rows = new double[25, f];
        for (int i = 0; i < 25; i++)
            for (int j = 0; j < f; j++)
                rows[i, j] = X[10 + i, j];
        double[] yHat = plain.Forward(rows);
        double[] target = y[10..35];
        double[] dLossDYHat = yHat.Select((p, i) => 2 * (p - target[i]) / 30).ToArray();
        plain.Backward(dLossDYHat);
        double expectedSquaredErrors = yHat.Select((p, i) => (p - target[i]) * (p - target[i])).Sum();
        var gradient = new double[f + 1];
        double squaredErrors = fast.SliceGradient(X, 10, target, 30, new double[25], new double[25], gradient.AsSpan(0, f), out gradient[f]);

        Assert.Equal(expectedSquaredErrors, squaredErrors, 1e-12);
        for (int j = 0; j < f; j++)
            Assert.Equal(plain.dLossDW[j], gradient[j], 1e-12);
        Assert.Equal(plain.dLossDb, gradient[f], 1e-12);
    }

    [Theory]
    [InlineData(2, 7)]
    [InlineData(3, 9)]
    [InlineData(17, 13)]
    [InlineData(100, 31)]
    public void Four_rows_at_a_time_add_up_exactly_as_row_by_row(int f, int rows)
    {
        // SliceGradient adds four rows per pass over dL/dW; each element must still be summed in row order.
        var random = new Random(f);
        var X = RandomMatrix(random, rows, f);
        double[] y = Enumerable.Range(0, rows).Select(_ => 2 * random.NextDouble() - 1).ToArray();
        var neuron = new Neuron(f, seed: 1);
        var gradient = new double[f];
        var dLossDz = new double[rows];
        neuron.SliceGradient(X, 0, y, rows, new double[rows], dLossDz, gradient, out _);

        var rowByRow = new double[f];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < f; j++)
                rowByRow[j] += X[i, j] * dLossDz[i];
        Assert.Equal(rowByRow, gradient);
    }

    [Fact]
    public void A_big_batch_on_all_cores_gives_the_numbers_of_its_slices_added_in_order_bit_for_bit()
    {
        // 3,000 × 60 is past the trainer's threshold for threads: its slices run in parallel. Whatever thread
        // finished first, the step must equal the slices' gradients computed one by one and added in order.
        var random = new Random(5);
        var X = RandomMatrix(random, 3000, 60);
        double[] y = Enumerable.Range(0, 3000).Select(_ => 2 * random.NextDouble() - 1).ToArray();
        var byHand = new Neuron(60, seed: 8) { Activation = Activation.Tanh };
        var trained = new Neuron(60, seed: 8) { Activation = Activation.Tanh };

        byHand.ResetGrad();
        double sum = 0;
        for (int first = 0; first < 3000; first += 512)
        {
            int rows = Math.Min(512, 3000 - first);
            var dLossDW = new double[60];
            sum += byHand.SliceGradient(X, first, y.AsSpan(first, rows), 3000, new double[rows], new double[rows], dLossDW, out double dLossDb);
            byHand.AddGradient(dLossDW, dLossDb);
        }
        byHand.StepVectorised(0.1);
        var history = Trainer.Train(trained, X, y, epochs: 1, learningRate: 0.1, batchSize: Trainer.FullBatch);

        Assert.Equal(sum / 3000, history.Loss[0]);
        Assert.Equal(byHand.W, trained.W);
        Assert.Equal(byHand.b, trained.b);
    }

    [Fact]
    public void A_big_full_batch_step_matches_the_plain_loops_to_rounding()
    {
        var random = new Random(6);
        var X = RandomMatrix(random, 2500, 70);
        double[] y = Enumerable.Range(0, 2500).Select(_ => 2 * random.NextDouble() - 1).ToArray();
        var plain = new Neuron(70, seed: 2);
        var trained = new Neuron(70, seed: 2);
        double[] yHat = plain.Forward(X);
        plain.ResetGrad();
        plain.Backward(Losses.DMseDYHat(yHat, y));
        plain.Step(0.1);
        var history = Trainer.Train(trained, X, y, epochs: 1, learningRate: 0.1, batchSize: Trainer.FullBatch);

        Assert.Equal(Losses.Mse(yHat, y), history.Loss[0], 1e-12);
        for (int j = 0; j < 70; j++)
            Assert.Equal(plain.W[j], trained.W[j], 1e-12);
        Assert.Equal(plain.b, trained.b, 1e-12);
    }

    [Fact]
    public void The_vectorised_step_gives_Steps_numbers_bit_for_bit()
    {
        var random = new Random(9);
        foreach (int f in new[] { 1, 3, 100 })
        {
            var X = new double[5, f];
            for (int i = 0; i < 5; i++)
                for (int j = 0; j < f; j++)
                    X[i, j] = 2 * random.NextDouble() - 1;
            double[] dLossDYHat = Enumerable.Range(0, 5).Select(_ => 2 * random.NextDouble() - 1).ToArray();
            var plain = new Neuron(f, seed: 4);
            var fast = new Neuron(f, seed: 4);
            plain.Forward(X);
            plain.Backward(dLossDYHat);
            fast.Forward(X);
            fast.Backward(dLossDYHat);
            plain.Step(0.07);
            fast.StepVectorised(0.07);
            Assert.Equal(plain.W, fast.W);
            Assert.Equal(plain.b, fast.b);
        }
    }

    [Theory]
    [InlineData("linear")]
    [InlineData("relu")]
    [InlineData("leaky relu")]
    [InlineData("sigmoid")]
    [InlineData("tanh")]
    public void Per_example_training_on_the_fast_path_matches_the_plain_loop_bit_for_bit(string activationName)
    {
        var activation = new[] { Activation.Linear, Activation.ReLU, Activation.LeakyReLU, Activation.Sigmoid, Activation.Tanh }
            .Single(a => a.Name == activationName);
        var (X, y) = Data.GetData(count: 1500);   // 1,500 numbers in X: the trainer's fast path (from 1,024)
        var trained = new Neuron(1) { Activation = activation };
        var history = Trainer.Train(trained, X, y, epochs: 20, learningRate: 0.05);
        var byHand = new Neuron(1) { Activation = activation };
        for (int epoch = 0; epoch < 20; epoch++)
        {
            double sum = 0;
            for (int i = 0; i < y.Length; i++)
            {
                byHand.ResetGrad();
                double yHat = byHand.Forward(new[] { X[i, 0] });
                sum += (yHat - y[i]) * (yHat - y[i]);
                byHand.Backward(2 * (yHat - y[i]));
                byHand.Step(0.05);
            }
            Assert.Equal(sum / y.Length, history.Loss[epoch]);
        }
        Assert.Equal(byHand.W[0], trained.W[0]);
        Assert.Equal(byHand.b, trained.b);
    }

    private static double[,] RandomMatrix(Random random, int rows, int columns)
    {
        var X = new double[rows, columns];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
                X[i, j] = 4 * random.NextDouble() - 2;
        return X;
    }
}
