// The reference version of MyNeuron.csx, every piece written out. Fall back to it if you are stuck: copy one
// method into your own MyNeuron.csx (or the whole file over it) and run the notebook's check cell again.

// ── Notebook 1: the activation σ(z) = z and its derivative dσ/dz ─────────────────────────────────────────────
static double Sigma(double z) => z;
static double DSigmaDz(double z) => 1;

/// <summary>One neuron: ŷ = σ(z) with z = XW + b, one row of X per example.</summary>
public class MyNeuron
{
    public double[] W;          // the weights, one per feature
    public double b;            // the bias
    public double[] dLossDW;    // ∂L/∂W, one per weight: Backward adds to it, ResetGrad sets it to 0
    public double dLossDb;      // ∂L/∂b
    public double[,] lastX;     // the last Forward's X, kept for Backward
    public double[] lastZ;      // the last Forward's z, one per row, kept for Backward

    // ── Notebook 1: W small and random from the seed (random.NextDouble() − 0.5 each), b = 0, gradients 0 ──
    public MyNeuron(int featureCount, int seed = 0)
    {
        var random = new Random(seed);
        W = new double[featureCount];
        for (int j = 0; j < featureCount; j++)
            W[j] = random.NextDouble() - 0.5;
        b = 0;
        dLossDW = new double[featureCount];
        dLossDb = 0;
    }

    // ── Notebook 1: the forward pass, ŷᵢ = σ(zᵢ) with zᵢ = Σⱼ W[j]·X[i, j] + b for every row i ──────────────
    public double[] Forward(double[,] X)
    {
        int n = X.GetLength(0), f = X.GetLength(1);
        var z = new double[n];
        var yHat = new double[n];
        for (int i = 0; i < n; i++)
        {
            z[i] = b;
            for (int j = 0; j < f; j++)
                z[i] += W[j] * X[i, j];
            yHat[i] = Sigma(z[i]);
        }
        lastX = X;
        lastZ = z;
        return yHat;
    }

    // ── Notebook 3: forget the gradients of the last step ─────────────────────────────────────────────────
    public void ResetGrad()
    {
        for (int j = 0; j < dLossDW.Length; j++)
            dLossDW[j] = 0;
        dLossDb = 0;
    }

    // ── Notebook 3: the backward pass, ADDING ∂L/∂W and ∂L/∂b for the last Forward by the chain rule ─────────
    public void Backward(double[] dLossDYHat)
    {
        for (int i = 0; i < lastZ.Length; i++)
        {
            double dLossDz = dLossDYHat[i] * DSigmaDz(lastZ[i]);   // ∂L/∂zᵢ = ∂L/∂ŷᵢ · ∂ŷᵢ/∂zᵢ
            for (int j = 0; j < W.Length; j++)
                dLossDW[j] += dLossDz * lastX[i, j];                // ∂zᵢ/∂wⱼ = xᵢⱼ
            dLossDb += dLossDz;                                     // ∂zᵢ/∂b = 1
        }
    }

    // ── Notebook 4: one step of gradient descent, downhill ────────────────────────────────────────────────
    public void Step(double learningRate)
    {
        for (int j = 0; j < W.Length; j++)
            W[j] -= learningRate * dLossDW[j];
        b -= learningRate * dLossDb;
    }
}

// ── Notebook 2: the mean squared error L = (1/n) Σᵢ (ŷᵢ − yᵢ)² and its derivative ∂L/∂ŷᵢ = (2/n)(ŷᵢ − yᵢ) ────
static double Mse(double[] yHat, double[] y)
{
    int n = yHat.Length;
    double sum = 0;
    for (int i = 0; i < n; i++)
        sum += (yHat[i] - y[i]) * (yHat[i] - y[i]);
    return sum / n;
}

static double[] DMseDYHat(double[] yHat, double[] y)
{
    int n = yHat.Length;
    var dLossDYHat = new double[n];
    for (int i = 0; i < n; i++)
        dLossDYHat[i] = 2.0 / n * (yHat[i] - y[i]);
    return dLossDYHat;
}

// ── Notebook 4: per-example training. For each epoch, for each example i: ResetGrad → Forward on row i →
//    loss → Backward → Step. Returns each epoch's loss: the mean of its examples' losses, each before its step.
static List<double> Train(MyNeuron neuron, double[,] X, double[] y, int epochs, double learningRate)
{
    int n = y.Length;
    var lossPerEpoch = new List<double>();
    for (int epoch = 1; epoch <= epochs; epoch++)
    {
        double sumOfLosses = 0;
        for (int i = 0; i < n; i++)
        {
            neuron.ResetGrad();
            double[] yHat = neuron.Forward(Row(X, i));
            double[] target = { y[i] };
            sumOfLosses += Mse(yHat, target);
            neuron.Backward(DMseDYHat(yHat, target));
            neuron.Step(learningRate);
        }
        lossPerEpoch.Add(sumOfLosses / n);
    }
    return lossPerEpoch;
}

// Given: row i of X as a 1 × f matrix, the shape Forward takes.
static double[,] Row(double[,] X, int i)
{
    var row = new double[1, X.GetLength(1)];
    for (int j = 0; j < X.GetLength(1); j++)
        row[0, j] = X[i, j];
    return row;
}
