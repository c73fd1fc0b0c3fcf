namespace NeuronFromScratch.Course;

/// <summary>
/// A neuron whose pieces are right, written as solutions/MyNeuron.csx writes them (plain loops, the linear activation):
/// what a check runs your loop on, so that it sees what the loop does, and what each known mistake in a loop would give.
/// </summary>
internal sealed class ReferenceNeuron : INeuron
{
    /// <summary>A neuron with these weights (a copy) and bias, its gradients 0.</summary>
    public ReferenceNeuron(double[] W, double b)
    {
        this.W = (double[])W.Clone();
        this.b = b;
        dLossDW = new double[W.Length];
    }

    public double[] W { get; set; }
    public double b { get; set; }
    public double[] dLossDW { get; set; }
    public double dLossDb { get; set; }
    public double[,] lastX { get; set; } = new double[0, 0];
    public double[] lastZ { get; set; } = [];

    public double[] Forward(double[,] X)
    {
        int n = X.GetLength(0), f = X.GetLength(1);
        var z = new double[n];
        for (int i = 0; i < n; i++)
        {
            z[i] = b;
            for (int j = 0; j < f; j++)
                z[i] += W[j] * X[i, j];
        }
        lastX = X;
        lastZ = z;
        return (double[])z.Clone();   // σ(z) = z
    }

    public void ResetGrad()
    {
        Array.Clear(dLossDW);
        dLossDb = 0;
    }

    public void Backward(double[] dLossDYHat)
    {
        for (int i = 0; i < lastZ.Length; i++)
        {
            double dLossDz = dLossDYHat[i];   // σ′(z) = 1
            for (int j = 0; j < W.Length; j++)
                dLossDW[j] += dLossDz * lastX[i, j];
            dLossDb += dLossDz;
        }
    }

    public void Step(double learningRate)
    {
        for (int j = 0; j < W.Length; j++)
            W[j] -= learningRate * dLossDW[j];
        b -= learningRate * dLossDb;
    }

    /// <summary>The mean squared error as solutions/MyNeuron.csx writes it: over the first yHat.Length targets.</summary>
    public static double Mse(double[] yHat, double[] y) => Enumerable.Range(0, yHat.Length).Sum(i => (yHat[i] - y[i]) * (yHat[i] - y[i])) / yHat.Length;

    /// <summary>∂L/∂ŷ as solutions/MyNeuron.csx writes it: (2/n)(ŷᵢ − yᵢ) with n = yHat.Length.</summary>
    public static double[] DMseDYHat(double[] yHat, double[] y) => Enumerable.Range(0, yHat.Length).Select(i => 2.0 / yHat.Length * (yHat[i] - y[i])).ToArray();
}
