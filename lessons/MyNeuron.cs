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
// its borrowing line with your own code, save the file, and run the notebook's check cell again (it re-reads this
// file). A check says "not done yet" while a piece still borrows. The whole thing, written out, is in
// solutions/MyNeuron.csx: look there only when you are stuck.
//
// The methods outside the class are `static` so that the class can call them.
// #load "setup/FromLibrary.csx": the lessons that need setup/FromLibrary.cs include it

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;

partial class Program
{
    // ── Notebook 1: the activation σ(z) = z and its derivative dσ/dz ─────────────────────────────────────────────
    static double Sigma(double z) => FromLibrary.Sigma(z);
    static double DSigmaDz(double z) => FromLibrary.DSigmaDz(z);

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
            FromLibrary.Initialize(this, featureCount, seed);
        }

        // ── Notebook 1: the forward pass, ŷᵢ = σ(zᵢ) with zᵢ = Σⱼ W[j]·X[i, j] + b for every row i ──────────────
        public double[] Forward(double[,] X)
        {
            return FromLibrary.Forward(this, X);
        }

        // ── Notebook 3: forget the gradients of the last step ─────────────────────────────────────────────────
        public void ResetGrad()
        {
            FromLibrary.ResetGrad(this);
        }

        // ── Notebook 3: the backward pass, ADDING ∂L/∂W and ∂L/∂b for the last Forward by the chain rule ─────────
        public void Backward(double[] dLossDYHat)
        {
            FromLibrary.Backward(this, dLossDYHat);
        }

        // ── Notebook 4: one step of gradient descent, downhill ────────────────────────────────────────────────
        public void Step(double learningRate)
        {
            FromLibrary.Step(this, learningRate);
        }
    }

    // ── Notebook 2: the mean squared error L = (1/n) Σᵢ (ŷᵢ − yᵢ)² and its derivative ∂L/∂ŷᵢ = (2/n)(ŷᵢ − yᵢ) ────
    static double Mse(double[] yHat, double[] y) => FromLibrary.Mse(yHat, y);
    static double[] DMseDYHat(double[] yHat, double[] y) => FromLibrary.DMseDYHat(yHat, y);

    // ── Notebook 4: per-example training. For each epoch, for each example i: ResetGrad → Forward on row i →
    //    loss → Backward → Step. Returns each epoch's loss: the mean of its examples' losses, each before its step.
    static List<double> Train(MyNeuron neuron, double[,] X, double[] y, int epochs, double learningRate)
    {
        return FromLibrary.Train(neuron, X, y, epochs, learningRate);
    }

    // Given: row i of X as a 1 × f matrix, the shape Forward takes.
    static double[,] Row(double[,] X, int i)
    {
        var row = new double[1, X.GetLength(1)];
        for (int j = 0; j < X.GetLength(1); j++)
            row[0, j] = X[i, j];
        return row;
    }
}
