using NeuronFromScratch;
using Xunit;

namespace NeuronFromScratch.Tests;

/// <summary>The trainer's vectorised passes (Training/NeuronSlices.cs) give the numbers of Neuron.cs's plain loops.</summary>
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
    public void A_slice_of_rows_gives_the_plain_forward_and_backward(string activationName, int f)
    {
        var activation = new[] { Activation.Linear, Activation.ReLU, Activation.LeakyReLU, Activation.Sigmoid, Activation.Tanh }
            .Single(a => a.Name == activationName);
        var random = new Random(f);
        var X = new double[40, f];
        for (int i = 0; i < 40; i++)
            for (int j = 0; j < f; j++)
                X[i, j] = 4 * random.NextDouble() - 2;
        double[] dLossDYHat = Enumerable.Range(0, 25).Select(_ => 2 * random.NextDouble() - 1).ToArray();
        var plain = new Neuron(f, seed: 3) { Activation = activation, Bias = 0.25 };
        var fast = new Neuron(f, seed: 3) { Activation = activation, Bias = 0.25 };

        // Rows 10..34 of X: the plain pass on a copy of them, the fast pass on the slice in place.
        var rows = new double[25, f];
        for (int i = 0; i < 25; i++)
            for (int j = 0; j < f; j++)
                rows[i, j] = X[10 + i, j];
        double[] expected = plain.Forward(rows);
        plain.Backward(dLossDYHat);
        var predictions = new double[25];
        fast.ForwardRows(X, 10, 25, predictions);
        fast.BackwardRows(dLossDYHat);

        for (int i = 0; i < 25; i++)
            Assert.Equal(expected[i], predictions[i], 1e-12);
        for (int j = 0; j < f; j++)
            Assert.Equal(plain.WeightGradients[j], fast.WeightGradients[j], 1e-12);
        Assert.Equal(plain.BiasGradient, fast.BiasGradient, 1e-12);
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
            Assert.Equal(plain.Weights, fast.Weights);
            Assert.Equal(plain.Bias, fast.Bias);
        }
    }

    [Fact]
    public void Per_example_training_on_the_course_data_matches_the_plain_loop_bit_for_bit()
    {
        var (X, y) = Data.GetData();
        var trained = new Neuron(1);
        var history = Trainer.Train(trained, X, y, epochs: 20, learningRate: 0.05);
        var byHand = new Neuron(1);
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
        Assert.Equal(byHand.Weights[0], trained.Weights[0]);
        Assert.Equal(byHand.Bias, trained.Bias);
    }
}
