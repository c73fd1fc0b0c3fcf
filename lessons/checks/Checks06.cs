// Generated from notebooks/checks/Checks06.csx by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
// change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
// class, so the lesson calls them by their plain names, as the notebook does.

// The checks of notebook 6's exercises: a layer's forward pass, one neuron's dL/dX, and a training step with the
// backward loop over layers. Each runs your function and the course library's Layer, Neuron and NeuralNetwork
// (lib/Layer.cs, lib/Neuron.cs, lib/NeuralNetwork.cs) on the same numbers, and returns one verdict: ✔, or ✘ with
// the likely cause. To name the cause it computes what each common mistake WOULD give and compares.
// #load "Common.csx": the lessons that need checks/Common.cs include it

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;
using NeuronFromScratch;

partial class Program
{
    static bool Same06(double[,] a, double[,] b) =>
        a.GetLength(0) == b.GetLength(0) && a.GetLength(1) == b.GetLength(1)
        && Enumerable.Range(0, a.GetLength(0)).All(i => Enumerable.Range(0, a.GetLength(1)).All(j => Near(a[i, j], b[i, j])));

    // A matrix built entry by entry: rows × columns with entry(i, j).
    static double[,] Matrix06(int rows, int columns, Func<int, int, double> entry)
    {
        var M = new double[rows, columns];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
                M[i, j] = entry(i, j);
        return M;
    }

    static string Shape06(double[,] M) => $"{M.GetLength(0)} × {M.GetLength(1)}";

    static string NotDone06(string function) =>
        $"✘ Not done yet: {function} still throws NotImplementedException. Write its body, then run this cell again.";

    static string Threw06(string function, Exception e) => $"✘ {function} threw {e.GetType().Name}: {e.Message}" + e switch
    {
        IndexOutOfRangeException => " An index ran past the end of an array: which dimension is the examples (rows, X.GetLength(0)) and which the neurons or features (columns)?",
        NullReferenceException => " Is something still null? Every array you return must be made with new.",
        _ => "",
    };

    // Neurons with other activations than ReLU, and biases that are not 0: mistakes that ReLU or b = 0 would hide show here.
    static Neuron Neuron06(int features, int seed, Activation activation, double bias) =>
        new Neuron(features, seed) { Activation = activation, Bias = bias };

    // ── Your turn 1: a layer's forward pass ──
    static string CheckLayerForward(Func<IReadOnlyList<Neuron>, double[,], double[,]> layerForward, double[,] courseX)
    {
        var cases = new (string what, Neuron[] neurons, double[,] X)[]
        {
            ("the course's 8 ReLU hinges on our 61 x values",
                Enumerable.Range(0, 8).Select(k => Neuron06(1, k, Activation.ReLU, 0.4 * k - 1.5)).ToArray(), courseX),
            ("a layer of 3 neurons (ReLU, tanh, sigmoid) with 2 inputs and 5 rows",
                new[] { Neuron06(2, 1, Activation.ReLU, 0.2), Neuron06(2, 2, Activation.Tanh, -0.3), Neuron06(2, 3, Activation.Sigmoid, 0.1) },
                RandomMatrix(new Random(7), 5, 2)),
            ("a layer of 4 neurons (tanh, linear, ReLU, tanh) with 3 inputs and 6 rows",
                new[] { Neuron06(3, 4, Activation.Tanh, 0.5), Neuron06(3, 5, Activation.Linear, -0.2), Neuron06(3, 6, Activation.ReLU, 0.3), Neuron06(3, 7, Activation.Tanh, -0.6) },
                RandomMatrix(new Random(8), 6, 3)),
        };
        foreach (var (what, neurons, X) in cases)
        {
            int n = X.GetLength(0), k = neurons.Length;
            double[,] A;
            try { A = layerForward(neurons, X); }
            catch (NotImplementedException) { return NotDone06("LayerForward"); }
            catch (Exception e) { return Threw06("LayerForward", e); }
            if (A is null) return "✘ LayerForward returned null: return the matrix A you filled.";

            double[,] expected = new Layer(neurons).Forward(X);
            if (Same06(A, expected)) continue;
            // z, the neurons' pre-activations: what each mistake is made of.
            double[,] z = Matrix06(n, k, (i, c) => neurons[c].Bias + Enumerable.Range(0, X.GetLength(1)).Sum(j => neurons[c].Weights[j] * X[i, j]));
            string said = $"✘ On {what}: ";
            if (A.GetLength(0) == k && A.GetLength(1) == n && Same06(A, Matrix06(k, n, (c, i) => expected[i, c])))
                return said + $"your A is {Shape06(A)}, the library's {Shape06(expected)}: it is transposed. A has one row per example and one column per neuron: A[i, k] is neuron k's ŷ for example i.";
            if (A.GetLength(0) != n || A.GetLength(1) != k)
                return said + $"your A is {Shape06(A)}, but it must be n × k = {n} × {k}: one row per example (X.GetLength(0)), one column per neuron (neurons.Count).";
            if (Same06(A, Matrix06(n, k, (i, _) => expected[i, 0])))
                return said + "every column of your A is neuron 0's output. Column k must come from neurons[k]: did you use neurons[0] (or one neuron) for every column?";
            if (Same06(A, z))
                return said + "your A is z = X·W + b, without the activation: apply each neuron's σ (neurons[k].Forward does both).";
            if (Same06(A, Matrix06(n, k, (i, c) => neurons[c].Activation.Function(expected[i, c]))))
                return said + "your A has the activation applied twice, σ(σ(z)): neurons[k].Forward already applies σ, so take its ŷ as it is. (With ReLU twice changes nothing, which is why the tanh and sigmoid neurons show it.)";
            if (Same06(A, Matrix06(n, k, (i, c) => Math.Max(0, expected[i, c]))))
                return said + "your A is ReLU of the neurons' outputs: Forward already applied each neuron's own activation, so don't apply ReLU on top.";
            if (Same06(A, Matrix06(n, k, (i, c) => Math.Max(0, z[i, c]))))
                return said + "your A is ReLU(z) for every neuron, but not every neuron is a ReLU: use each neuron's own activation (neurons[k].Forward, or neurons[k].Activation.Function).";
            var (row, col) = Enumerable.Range(0, n).SelectMany(i => Enumerable.Range(0, k).Select(c => (i, c))).First(p => !Near(A[p.i, p.c], expected[p.i, p.c]));
            return said + $"A[{row}, {col}] should be neuron {col}'s ŷ for example {row}, {expected[row, col]:F6}, but it is {A[row, col]:F6}.";
        }
        return "✔ LayerForward gives the library's Layer.Forward: n × k, column k from neuron k with its own activation, on all three layers.";
    }

    // ── Your turn 2: one neuron's dL/dX ──
    static string CheckNeuronDLossDX(Func<Neuron, double[,], double[], double[,]> neuronDLossDX, double[,] courseX)
    {
        var cases = new (string what, Func<Neuron> make, double[,] X)[]
        {
            ("a ReLU neuron on our 61 x values", () => Neuron06(1, 3, Activation.ReLU, 0.4), courseX),
            ("a tanh neuron with 3 inputs and 5 rows", () => Neuron06(3, 11, Activation.Tanh, -0.2), RandomMatrix(new Random(12), 5, 3)),
            ("a sigmoid neuron with 2 inputs and 4 rows", () => Neuron06(2, 13, Activation.Sigmoid, -0.5), RandomMatrix(new Random(14), 4, 2)),
        };
        foreach (var (what, make, X) in cases)
        {
            int n = X.GetLength(0), f = X.GetLength(1);
            double[] dLossDYHat = Enumerable.Range(0, n).Select(i => Math.Sin(1.7 * i + 0.3)).ToArray();
            double[,] got;
            var given = make();
            try { got = neuronDLossDX(given, X, dLossDYHat); }
            catch (NotImplementedException) { return NotDone06("NeuronDLossDX"); }
            catch (Exception e) { return Threw06("NeuronDLossDX", e); }
            // Only Backward adds to a neuron's gradients: if they are not 0 any more, your function called it.
            if (given.BiasGradient != 0 || given.WeightGradients.Any(g => g != 0))
                return "✘ NeuronDLossDX uses the neuron's Backward: the point is to write what Backward returns yourself, from Weights, Bias and Activation.Derivative.";
            if (got is null) return "✘ NeuronDLossDX returned null: return the n × f matrix you filled.";

            var neuron = make();
            neuron.Forward(X);
            double[,] expected = neuron.Backward(dLossDYHat);   // the library's dL/dX
            if (Same06(got, expected)) continue;
            var w = neuron.Weights;
            var σ = neuron.Activation;
            double Z(int i) => neuron.Bias + Enumerable.Range(0, f).Sum(j => w[j] * X[i, j]);
            string said = $"✘ On {what}: ";
            if (got.GetLength(0) == f && got.GetLength(1) == n && Same06(got, Matrix06(f, n, (j, i) => expected[i, j])))
                return said + $"your dL/dX is {Shape06(got)}, transposed: it has the shape of X, n × f = {n} × {f}, one row per example.";
            if (got.GetLength(1) == f && (got.GetLength(0) == 1 || got.GetLength(0) == n)
                && (Same06(got, Matrix06(got.GetLength(0), f, (_, j) => Enumerable.Range(0, n).Sum(i => expected[i, j])))
                    || Same06(got, Matrix06(got.GetLength(0), f, (r, j) => r == 0 ? Enumerable.Range(0, n).Sum(i => expected[i, j]) : 0))))
                return said + "you summed over the examples (rows). dL/dW sums over the rows, because every example uses the same w; but each example has its own x, so dL/dX keeps one row per example: dL/dxᵢⱼ = dL/dzᵢ · wⱼ.";
            if (got.GetLength(0) != n || got.GetLength(1) != f)
                return said + $"your dL/dX is {Shape06(got)}, but it must have X's shape, n × f = {n} × {f}.";
            var mistakes = new (Func<int, int, double> entry, string clue)[]
            {
                ((i, j) => dLossDYHat[i] * σ.Derivative(Z(i)) * X[i, j],
                    "you multiplied by xᵢⱼ: that is the factor of dL/dwⱼ. In z = Σⱼ wⱼxᵢⱼ + b the partner of xᵢⱼ is its weight, so ∂zᵢ/∂xᵢⱼ = wⱼ."),
                ((i, j) => dLossDYHat[i] * σ.Derivative(Z(i)) * w[j] * X[i, j],
                    "you multiplied by wⱼ · xᵢⱼ: the xᵢⱼ is extra. ∂zᵢ/∂xᵢⱼ = wⱼ alone; xᵢⱼ is the factor of dL/dwⱼ, not of dL/dxᵢⱼ."),
                ((i, j) => dLossDYHat[i] * (Z(i) > 0 ? 1.0 : 0.0) * w[j],
                    $"your σ′ is 1 for z > 0 and 0 otherwise: that is ReLU's derivative, but this neuron's activation is {σ.Name}. Use neuron.Activation.Derivative(z), this neuron's own σ′."),
                ((i, j) => dLossDYHat[i] * w[j],
                    "the factor σ′(zᵢ) is missing: dL/dzᵢ = dL/dŷᵢ · σ′(zᵢ) before multiplying by wⱼ."),
                ((i, j) => dLossDYHat[i] * σ.Derivative(σ.Function(Z(i))) * w[j],
                    "you evaluated σ′ at ŷᵢ = σ(zᵢ), the post-activation value; the chain rule needs σ′ at the pre-activation zᵢ. (For ReLU both give the same numbers, because ReLU(z) > 0 exactly when z > 0, so only the tanh and sigmoid neurons catch it.)"),
                ((i, j) => dLossDYHat[i] * σ.Derivative(Z(i) - neuron.Bias) * w[j],
                    "σ′ was evaluated at Σⱼ wⱼxᵢⱼ without the bias: zᵢ includes + b."),
                ((i, j) => σ.Derivative(Z(i)) * w[j],
                    "the factor dL/dŷᵢ is missing: what comes down from the loss multiplies everything."),
            };
            foreach (var (entry, clue) in mistakes)
                if (Same06(got, Matrix06(n, f, entry)))
                    return said + clue;
            var (row, col) = Enumerable.Range(0, n).SelectMany(i => Enumerable.Range(0, f).Select(j => (i, j))).First(p => !Near(got[p.i, p.j], expected[p.i, p.j]));
            return said + $"dL/dX[{row}, {col}] should be dL/dŷ · σ′(z) · w = {expected[row, col]:F6}, but it is {got[row, col]:F6}.";
        }
        return "✔ NeuronDLossDX gives what the library's Neuron.Backward returns, dL/dxᵢⱼ = dL/dŷᵢ · σ′(zᵢ) · wⱼ, for ReLU, tanh and sigmoid neurons.";
    }

    // ── Your turn 3: a training step, with the backward loop over the layers ──
    // The step done right (mistake "") or with one known mistake made: what that mistake WOULD give.
    static double TrainStep06(NeuralNetwork network, double[,] X, double[] y, double learningRate, string mistake)
    {
        int n = X.GetLength(0);
        if (mistake != "no ResetGrad") network.ResetGrad();
        double[] yHat = network.Predict(X);
        double loss = Losses.MeanSquaredError(yHat, y);
        double[] dLossDYHat = Losses.DMeanSquaredErrorDPredictions(yHat, y);
        double[,] dLossDA = Matrix06(n, 1, (i, _) => dLossDYHat[i]);
        var order = Enumerable.Range(0, network.Layers.Count).Reverse();
        foreach (int l in mistake == "first to last" ? order.Reverse() : order)
        {
            Layer layer = network.Layers[l];
            var dLossDX = new double[n, layer.InputCount];
            for (int k = 0; k < layer.NeuronCount; k++)
            {
                int column = mistake == "column 0" ? 0 : k;
                double[,] part = layer.Neurons[k].Backward(Enumerable.Range(0, n).Select(i => dLossDA[i, column]).ToArray());
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < layer.InputCount; j++)
                        dLossDX[i, j] = mistake == "overwrites" ? part[i, j] : dLossDX[i, j] + part[i, j];
            }
            if (mistake != "not passed down") dLossDA = dLossDX;
        }
        if (mistake != "no Step") network.Step(learningRate);
        return mistake == "loss after" ? Losses.MeanSquaredError(network.Predict(X), y) : loss;
    }

    static string CheckTrainStep(Func<NeuralNetwork, double[,], double[], double, double> trainStep, double[,] courseX, double[] courseY)
    {
        const double eta = 0.1;
        const int steps = 3;   // three steps: a forgotten ResetGrad shows from the second on
        // A tanh that notices who asks for its derivative: if NeuralNetwork.Backward or Layer.Backward is on the call
        // stack, the step used the library's backward loop instead of its own.
        bool viaLibraryBackward = false;
        var watchedTanh = new Activation("tanh", Math.Tanh, z =>
        {
            if (new System.Diagnostics.StackTrace().GetFrames().Any(frame =>
                    frame.GetMethod() is { Name: "Backward" } method && (method.DeclaringType == typeof(NeuralNetwork) || method.DeclaringType == typeof(Layer))))
                viaLibraryBackward = true;
            return Activation.Tanh.Derivative(z);
        });
        var X2 = RandomMatrix(new Random(21), 6, 2);
        double[] y2 = Enumerable.Range(0, 6).Select(i => Math.Sin(2 * X2[i, 0]) - X2[i, 1]).ToArray();
        var cases = new (string what, Func<NeuralNetwork> make, double[,] X, double[] y)[]
        {
            // One neuron per layer first: then a wrong order or a gradient that is not passed down cannot fail on a shape.
            ("a chain of three single tanh/linear neurons (sizes 1, 1, 1, 1) on our data",
                () => new NeuralNetwork(new Layer(new[] { Neuron06(1, 1, watchedTanh, 0.3) }),
                                        new Layer(new[] { Neuron06(1, 2, Activation.Tanh, -0.2) }),
                                        new Layer(new[] { Neuron06(1, 3, Activation.Linear, 0.1) })), courseX, courseY),
            ("a tanh network with sizes 2, 3, 3, 1 on random data",
                () => NeuralNetwork.Create(new[] { 2, 3, 3, 1 }, Activation.Tanh, Activation.Linear, seed: 4), X2, y2),
            ("a ReLU network with sizes 1, 8, 1 on our data",
                () => new NeuralNetwork(new Layer(Enumerable.Range(0, 8).Select(k => Neuron06(1, k, Activation.ReLU, 0.4 * k - 1.5))),
                                        new Layer(8, 1, Activation.Linear, seed: 9)), courseX, courseY),
        };
        string Parameters(NeuralNetwork network) => string.Join(" ", network.Layers.SelectMany(l => l.Neurons).Select(nn => nn.ToString()));
        bool Same(List<double> l1, NeuralNetwork n1, List<double> l2, NeuralNetwork n2) =>
            l1.Count == l2.Count && l1.Zip(l2, Near).All(ok => ok)
            && n1.Layers.SelectMany(l => l.Neurons).Zip(n2.Layers.SelectMany(l => l.Neurons),
                   (a, b) => Near(a.Bias, b.Bias) && a.Weights.Zip(b.Weights, Near).All(ok => ok)).All(ok => ok);
        (List<double>, NeuralNetwork)? Run(Func<NeuralNetwork> make, double[,] X, double[] y, string mistake)
        {
            var network = make();
            try { return (Enumerable.Range(0, steps).Select(_ => TrainStep06(network, X, y, eta, mistake)).ToList(), network); }
            catch (Exception) { return null; }   // this mistake fails on a shape here: then it is not what you did
        }
        var clues = new (string mistake, string clue)[]
        {
            ("first to last", "you went through the layers from the first to the last. The backward pass starts at the output: loop l from network.Layers.Count − 1 down to 0."),
            ("not passed down", "every layer got dL/dŷ: the gradient was not passed down. After a layer's loop, its dL/dX becomes the dL/dA of the layer below (dLossDA = dLossDX), not the dL/dA it received."),
            ("no ResetGrad", "the first step is right, the later ones are not: the gradients accumulate from step to step. Call ResetGrad on every layer (or network.ResetGrad()) before the backward pass; Backward adds."),
            ("overwrites", "each neuron's part of dL/dX replaced the previous one's in the one array they share: only the last neuron's part was passed down. The neurons all read the same X, so their parts add up: dLossDX[i, j] += …"),
            ("column 0", "every neuron got column 0 of dL/dA. Neuron k's dL/dŷ is column k: what its own output did to the loss."),
            ("no Step", "nothing moved: call Step(learningRate) on every layer after the backward pass."),
            ("loss after", "your losses are lower than expected: return the loss measured before the step."),
        };
        foreach (var (what, make, X, y) in cases)
        {
            var yours = make();
            var got = new List<double>();
            viaLibraryBackward = false;
            try
            {
                for (int s = 0; s < steps; s++)
                    got.Add(trainStep(yours, X, y, eta));
            }
            catch (NotImplementedException) { return NotDone06("TrainStep"); }
            catch (Exception e)
            {
                return Threw06("TrainStep", e) + (e is ArgumentException or IndexOutOfRangeException
                    ? " If a shape is wrong, look at the order of the layers (the last first) and what you pass down: each layer's Backward wants an n × (its NeuronCount) dL/dA." : "");
            }
            if (viaLibraryBackward)
                return "✘ TrainStep uses the library's Backward (network.Backward or a layer's Backward): the point is to write that loop yourself. From the last layer down, give each neuron k column k of dL/dA, add up the parts its Backward returns, and pass the sum down.";
            var (expected, library) = Run(make, X, y, "")!.Value;
            if (Same(got, yours, expected, library)) continue;
            string said = $"✘ On {what}, {steps} steps with η = {eta}: expected the losses {string.Join(", ", expected.Select(v => v.ToString("G6")))}, "
                        + $"got {string.Join(", ", got.Select(v => v.ToString("G6")))}. ";
            foreach (var (mistake, clue) in clues)
                if (Run(make, X, y, mistake) is var (losses, network) && Same(got, yours, losses, network))
                    return said + "It looks like " + clue;
            return said + $"The order is: ResetGrad, Predict, the loss, then from the last layer down: each neuron k gets column k of dL/dA, its parts of dL/dX add up, and that sum is passed down; then Step. Expected parameters {Parameters(library)}, got {Parameters(yours)}.";
        }
        return "✔ TrainStep matches the library step for step: the right losses and every weight and bias, on a chain, a 2-3-3-1 tanh network and our 1-8-1 ReLU network.";
    }
}
