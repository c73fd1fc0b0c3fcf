// ✍️ YOUR NEURON for the lessons (lessons/*.cs): the file you write in, piece by piece, in lessons 1 to 4.
// It starts as notebooks/MyNeuron.csx does (tools/LessonGenerator made it from that file); from then on it is yours,
// and the generator does not overwrite it once it differs. Every lesson includes it with #:include, so what you
// write here in one lesson is there in the next. Its declarations sit inside `partial class Program`: the
// lesson's own class, so the lesson calls Sigma or Train by their plain names, as the notebook does.

// ✍️ YOUR NEURON: the file you write, piece by piece, in notebooks 1 to 4.
//
// Every notebook loads this file with #load "MyNeuron.csx", so what you write here in one notebook is there in the
// next. Each piece starts as one line that borrows the course library's version (`FromLibrary.…`): the file runs
// before you have written anything, and skipping a notebook does not stop the next one. To write a piece, replace
// its borrowing line with your own code, save the file, and run the piece's check again (it re-reads this file). A
// check says "not done yet" while a piece still borrows; Progress.Of(Yours) shows every piece at once. Each check's
// .Hint(1), .Hint(2) and .Solution() help when you are stuck.
//
// The methods outside the class are `static` so that the class can call them.

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;
using NeuronFromScratch.Course;

partial class Program
{
    // ── Notebook 1: the activation σ and its derivative dσ/dz ──────────────────────────────────────────────────────
    static double Sigma(double z) => FromLibrary.Sigma(z);
    static double DSigmaDz(double z) => FromLibrary.DSigmaDz(z);

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
            FromLibrary.Initialize(this, featureCount, seed);
        }

        // ── Notebook 1: the forward pass, one prediction ŷ per row of X ────────────────────────────────────────────
        public double[] Forward(double[,] X)
        {
            return FromLibrary.Forward(this, X);
        }

        // ── Notebook 3: the backward pass, ADDING ∂L/∂W and ∂L/∂b for the last Forward ────────────────────────────
        public void Backward(double[] dLossDYHat)
        {
            FromLibrary.Backward(this, dLossDYHat);
        }

        // ── Notebook 3: forget the gradients of the last step ─────────────────────────────────────────────────────
        public void ResetGrad()
        {
            FromLibrary.ResetGrad(this);
        }

        // ── Notebook 4: one step of gradient descent, downhill ────────────────────────────────────────────────────
        public void Step(double learningRate)
        {
            FromLibrary.Step(this, learningRate);
        }
    }

    // ── Notebook 2: the mean squared error L of the predictions ŷ against the targets y, and ∂L/∂ŷᵢ ──────────────
    static double Mse(double[] yHat, double[] y) => FromLibrary.Mse(yHat, y);
    static double[] DMseDYHat(double[] yHat, double[] y) => FromLibrary.DMseDYHat(yHat, y);

    // ── Notebook 4: per-example training; returns each epoch's loss ────────────────────────────────────────────────
    static List<double> Train(INeuron neuron, double[,] X, double[] y, int epochs, double learningRate)
    {
        return FromLibrary.Train(neuron, X, y, epochs, learningRate);
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
}
