// The reference version of MyNeuron.csx, every piece written out. Fall back to it if you are stuck: copy one piece into
// your own MyNeuron.csx (or the whole file over it) and run the piece's check again. Each exercise's Solution() shows
// its part of this file.
using NeuronFromScratch.Course;

// ── Notebook 1: the activation σ and its derivative dσ/dz ──────────────────────────────────────────────────────
static double Sigma(double z) => z;
static double DSigmaDz(double z) => 1;

/// <summary>Your neuron: weights W and a bias b, and the gradients and memory that training needs.</summary>
public class MyNeuron : INeuron
{
    public double[] W { get; set; }          // the weights, one per feature
    public double b { get; set; }            // the bias
    public double[] dLossDW { get; set; }    // ∂L/∂W, one per weight: Backward adds to it, ResetGrad sets it to 0
    public double dLossDb { get; set; }      // ∂L/∂b
    public double[,] lastX { get; set; }     // the last Forward's X, kept for Backward
    public double[] lastZ { get; set; }      // the last Forward's z, one per row, kept for Backward

    // ── Notebook 1: the starting weights from the seed, b = 0, the gradients 0 ─────────────────────────────────
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

    // ── Notebook 1: the forward pass, one prediction ŷ per row of X ────────────────────────────────────────────
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

    // ── Notebook 3: the backward pass, ADDING ∂L/∂W and ∂L/∂b for the last Forward ────────────────────────────
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

    // ── Notebook 3: forget the gradients of the last step ─────────────────────────────────────────────────────
    public void ResetGrad()
    {
        for (int j = 0; j < dLossDW.Length; j++)
            dLossDW[j] = 0;
        dLossDb = 0;
    }

    // ── Notebook 4: one step of gradient descent, downhill ────────────────────────────────────────────────────
    public void Step(double learningRate)
    {
        for (int j = 0; j < W.Length; j++)
            W[j] -= learningRate * dLossDW[j];
        b -= learningRate * dLossDb;
    }
}

// ── Notebook 2: the mean squared error L of the predictions ŷ against the targets y, and ∂L/∂ŷᵢ ──────────────
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

// ── Notebook 4: per-example training; returns each epoch's loss ────────────────────────────────────────────────
static List<double> Train(INeuron neuron, double[,] X, double[] y, int epochs, double learningRate)
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

// ── Given ──────────────────────────────────────────────────────────────────────────────────────────────────────
// Row i of X as a 1 × f matrix, the shape Forward takes.
static double[,] Row(double[,] X, int i)
{
    var row = new double[1, X.GetLength(1)];
    for (int j = 0; j < X.GetLength(1); j++)
        row[0, j] = X[i, j];
    return row;
}

// Your pieces in one value, for the checks: Ex01.Forward.Check(Yours), Progress.Of(Yours).
static YourNeuron Yours => new(Sigma, DSigmaDz, (featureCount, seed) => new MyNeuron(featureCount, seed), Mse, DMseDYHat, Train);
