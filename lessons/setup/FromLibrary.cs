// Generated from notebooks/setup/FromLibrary.csx by tools/LessonGenerator, for the lessons (lessons/*.cs) that include it:
// change that file, not this one. Its declarations sit inside `partial class Program`, the lesson's own
// class, so the lesson calls them by their plain names, as the notebook does.

// The course library's version of every piece of MyNeuron.csx. Each piece of your neuron starts as one line that
// borrows from here, so your file runs before you have written it, and a notebook you skipped does not stop the
// next one. The check cells ask `FromLibrary.Borrowed` whether a piece still borrows, and say "not done yet" if so.

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;
using NeuronFromScratch;

partial class Program
{
    /// <summary>Stand-ins from the course library for the pieces of <c>MyNeuron</c> you have not written yet.</summary>
    public static class FromLibrary
    {
        /// <summary>The names of the pieces that borrowed from here since the last <c>Clear()</c>.</summary>
        public static readonly HashSet<string> Borrowed = new();

        /// <summary>σ(z) = z, the library's <c>LinearActivation</c>.</summary>
        public static double Sigma(double z) { Borrowed.Add("Sigma"); return Activations.LinearActivation(z); }

        /// <summary>dσ/dz = 1, the library's <c>DLinearDInput</c>.</summary>
        public static double DSigmaDz(double z) { Borrowed.Add("DSigmaDz"); return Activations.DLinearDInput(z); }

        /// <summary>W and b as the library's <c>new Neuron(featureCount, seed)</c> starts them; gradients zero.</summary>
        public static void Initialize(MyNeuron neuron, int featureCount, int seed)
        {
            Borrowed.Add("constructor");
            var library = new Neuron(featureCount, seed);
            neuron.W = library.Weights;
            neuron.b = library.Bias;
            neuron.dLossDW = new double[featureCount];
            neuron.dLossDb = 0;
        }

        /// <summary>ŷ = σ(XW + b) by the library's <c>Forward</c>; keeps X and z in the neuron for Backward.</summary>
        public static double[] Forward(MyNeuron neuron, double[,] X)
        {
            Borrowed.Add("Forward");
            double[] z = Library(neuron).Forward(X);   // linear activation: the library's ŷ is z
            neuron.lastX = X;
            neuron.lastZ = z;
            return (double[])z.Clone();
        }

        /// <summary>Sets the neuron's ∂L/∂W and ∂L/∂b to zero.</summary>
        public static void ResetGrad(MyNeuron neuron)
        {
            Borrowed.Add("ResetGrad");
            Array.Clear(neuron.dLossDW);
            neuron.dLossDb = 0;
        }

        /// <summary>Adds the library's <c>Backward</c> gradients for the neuron's last Forward to ∂L/∂W and ∂L/∂b.</summary>
        public static void Backward(MyNeuron neuron, double[] dLossDYHat)
        {
            Borrowed.Add("Backward");
            if (neuron.lastX is null)
                throw new InvalidOperationException("Backward needs a Forward first: it differentiates the last forward pass.");
            var library = Library(neuron);
            library.Forward(neuron.lastX);
            library.Backward(dLossDYHat);
            for (int j = 0; j < neuron.W.Length; j++)
                neuron.dLossDW[j] += library.WeightGradients[j];
            neuron.dLossDb += library.BiasGradient;
        }

        /// <summary>One step downhill, as the library's <c>Step</c>: W −= η·∂L/∂W, b −= η·∂L/∂b.</summary>
        public static void Step(MyNeuron neuron, double learningRate)
        {
            Borrowed.Add("Step");
            for (int j = 0; j < neuron.W.Length; j++)
                neuron.W[j] -= learningRate * neuron.dLossDW[j];
            neuron.b -= learningRate * neuron.dLossDb;
        }

        /// <summary>The library's <c>MeanSquaredError</c>.</summary>
        public static double Mse(double[] yHat, double[] y) { Borrowed.Add("Mse"); return Losses.MeanSquaredError(yHat, y); }

        /// <summary>The library's <c>DMeanSquaredErrorDPredictions</c>: (2/n)(ŷᵢ − yᵢ).</summary>
        public static double[] DMseDYHat(double[] yHat, double[] y)
        {
            Borrowed.Add("DMseDYHat");
            return Losses.DMeanSquaredErrorDPredictions(yHat, y);
        }

        /// <summary>The per-example loop of <c>Trainer.Train</c>, run on your neuron's own Forward, Backward and Step.</summary>
        public static List<double> Train(MyNeuron neuron, double[,] X, double[] y, int epochs, double learningRate)
        {
            Borrowed.Add("Train");
            int n = y.Length, f = X.GetLength(1);
            var lossPerEpoch = new List<double>();
            for (int epoch = 1; epoch <= epochs; epoch++)
            {
                double sumOfLosses = 0;
                for (int i = 0; i < n; i++)
                {
                    var Xi = new double[1, f];
                    for (int j = 0; j < f; j++)
                        Xi[0, j] = X[i, j];
                    neuron.ResetGrad();
                    double[] yHat = neuron.Forward(Xi);
                    sumOfLosses += Losses.MeanSquaredError(yHat, new[] { y[i] });
                    neuron.Backward(Losses.DMeanSquaredErrorDPredictions(yHat, new[] { y[i] }));
                    neuron.Step(learningRate);
                }
                lossPerEpoch.Add(sumOfLosses / n);
            }
            return lossPerEpoch;
        }

        // A library neuron with the same W (a copy) and b.
        private static Neuron Library(MyNeuron neuron) =>
            new Neuron(neuron.W.Length) { Weights = (double[])neuron.W.Clone(), Bias = neuron.b };
    }
}
