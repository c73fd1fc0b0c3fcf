namespace NeuronFromScratch.Benchmarks;

/// <summary>
/// The single-neuron training loops as NumPy code would run them, written plainly in C#: every operation makes a
/// new array (as <c>z = X @ W + b</c> makes one for <c>X @ W</c> and another for <c>+ b</c>), slices of X and y
/// are views (no copy, as in NumPy). The NumPy each line mirrors is in its comment. Linear σ, MSE, no shuffling:
/// the same arithmetic as <c>Trainer.Train</c>'s defaults, so the losses agree with the library's.
/// </summary>
public static class NumPyStyle
{
    /// <summary>One step per example; returns each epoch's loss.</summary>
    public static double[] TrainPerExample(double[,] X, double[] y, double[] W0, int epochs, double lr)
    {
        int n = X.GetLength(0);
        double[] W = W0;                                          // W = W0
        double b = 0;                                             // b = 0.0
        var losses = new double[epochs];                          // losses = []
        for (int epoch = 0; epoch < epochs; epoch++)              // for epoch in range(epochs):
        {
            double total = 0;                                     //     total = 0.0
            for (int i = 0; i < n; i++)                           //     for i in range(n):
            {                                                     //         x_i, y_i = X[i:i+1], y[i:i+1]   (views)
                double[] z = Add(MatMul(X, i, 1, W), b);          //         z = x_i @ W + b
                double[] err = Subtract(z, y, i);                 //         err = z - y_i
                total += Sum(Square(err));                        //         total += (err ** 2).sum()
                double[] gradW = Divide(Multiply(MatTMul(X, i, 1, err), 2), 1); // grad_W = 2 * x_i.T @ err / 1
                double gradB = 2 * Sum(err) / 1;                  //         grad_b = 2 * err.sum() / 1
                W = Subtract(W, Multiply(gradW, lr));             //         W = W - lr * grad_W
                b = b - lr * gradB;                               //         b = b - lr * grad_b
            }
            losses[epoch] = total / n;                            //     losses.append(total / n)
        }
        return losses;
    }

    /// <summary>One step per epoch over every example; returns each epoch's loss.</summary>
    public static double[] TrainFullBatch(double[,] X, double[] y, double[] W0, int epochs, double lr)
    {
        int n = X.GetLength(0);
        double[] W = W0;                                          // W = W0
        double b = 0;                                             // b = 0.0
        var losses = new double[epochs];                          // losses = []
        for (int epoch = 0; epoch < epochs; epoch++)              // for epoch in range(epochs):
        {
            double[] z = Add(MatMul(X, 0, n, W), b);              //     z = X @ W + b
            double[] err = Subtract(z, y, 0);                     //     err = z - y
            losses[epoch] = Sum(Square(err)) / n;                 //     losses.append(np.mean(err ** 2))
            double[] gradW = Divide(Multiply(MatTMul(X, 0, n, err), 2), n); // grad_W = 2 * X.T @ err / n
            double gradB = 2 * Sum(err) / n;                      //     grad_b = 2 * err.sum() / n
            W = Subtract(W, Multiply(gradW, lr));                 //     W = W - lr * grad_W
            b = b - lr * gradB;                                   //     b = b - lr * grad_b
        }
        return losses;
    }

    // X[first:first+count] @ W: a new array of count dot products.
    private static double[] MatMul(double[,] X, int first, int count, double[] W)
    {
        var result = new double[count];
        for (int i = 0; i < count; i++)
            for (int j = 0; j < W.Length; j++)
                result[i] += X[first + i, j] * W[j];
        return result;
    }

    // X[first:first+count].T @ v: a new array of f sums.
    private static double[] MatTMul(double[,] X, int first, int count, double[] v)
    {
        var result = new double[X.GetLength(1)];
        for (int i = 0; i < count; i++)
            for (int j = 0; j < result.Length; j++)
                result[j] += X[first + i, j] * v[i];
        return result;
    }

    // a - y[first:first+len(a)]
    private static double[] Subtract(double[] a, double[] y, int first)
    {
        var result = new double[a.Length];
        for (int i = 0; i < a.Length; i++) result[i] = a[i] - y[first + i];
        return result;
    }

    private static double[] Subtract(double[] a, double[] b) => Subtract(a, b, 0);

    private static double[] Add(double[] a, double s)
    {
        var result = new double[a.Length];
        for (int i = 0; i < a.Length; i++) result[i] = a[i] + s;
        return result;
    }

    private static double[] Multiply(double[] a, double s)
    {
        var result = new double[a.Length];
        for (int i = 0; i < a.Length; i++) result[i] = a[i] * s;
        return result;
    }

    private static double[] Divide(double[] a, double s)
    {
        var result = new double[a.Length];
        for (int i = 0; i < a.Length; i++) result[i] = a[i] / s;
        return result;
    }

    // err ** 2
    private static double[] Square(double[] a)
    {
        var result = new double[a.Length];
        for (int i = 0; i < a.Length; i++) result[i] = a[i] * a[i];
        return result;
    }

    // a.sum()
    private static double Sum(double[] a)
    {
        double total = 0;
        foreach (double v in a) total += v;
        return total;
    }
}
