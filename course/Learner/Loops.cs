namespace NeuronFromScratch.Course;

/// <summary>The per-example training loop, done right: what your Train is compared with.</summary>
internal static class Loops
{
    /// <summary>
    /// For each epoch, for each example i: ResetGrad → Forward(row i) → L = (ŷ − yᵢ)² → Backward(2(ŷ − yᵢ)) → Step.
    /// Returns each epoch's loss: the mean of its examples' losses, each measured before its step.
    /// </summary>
    public static List<double> PerExample(INeuron neuron, double[,] X, double[] y, int epochs, double learningRate)
    {
        int n = y.Length;
        var lossPerEpoch = new List<double>();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            double sumOfLosses = 0;
            for (int i = 0; i < n; i++)
            {
                neuron.ResetGrad();
                double[] yHat = neuron.Forward(Matrices.Row(X, i));
                double[] target = [y[i]];
                sumOfLosses += Losses.Mse(yHat, target);
                neuron.Backward(Losses.DMseDYHat(yHat, target));
                neuron.Step(learningRate);
            }
            lossPerEpoch.Add(sumOfLosses / n);
        }
        return lossPerEpoch;
    }
}
