#!/usr/bin/env dotnet
// 6. A network: hinges that add up to a curve
//
// Run it from the repository root with the .NET 10 SDK (10.0.300 or later):   dotnet run --file lessons/06-network.cs
// (--file, because the repository root also holds the library's project, which `dotnet run` would pick; inside
// lessons/, `dotnet run 06-network.cs` works too). It prints what the notebook prints. A chart is saved as an HTML
// page under lessons/output/06-network/; the path is printed: open it in a browser.
//
// What you edit:
// - lessons/MyNeuron.cs, YOUR neuron: what the text calls MyNeuron.csx (that is the notebooks' copy). Every
//   lesson includes it, so what you write there in one lesson is there in the next. Stuck? Each check's
//   .Hint(1), .Hint(2) and .Solution() show its hints and solution (Display them), and notebooks/solutions/
//   MyNeuron.csx has every piece written out.
// - the ✍️ "Your turn" code in this file: replace the starter with your code.
// Then save and run the lesson again: where the text says "run this cell again", run the lesson again. The lesson
// is one program, so a compile error anywhere stops all of it (a notebook would run the other cells): fix it, or
// put the starter back.
//
// Generated from notebooks/06-network.ipynb by tools/LessonGenerator: the notebook is the source. Its markdown is in
// comments and its code cells are the program, in the same order ([cell id] marks each one). Where a script and
// a program differ, the code says so in a comment: a directive becomes a #: line at the top, a cell's using goes
// to the top and a type to the end, the last value of a cell goes to Display, and a variable the notebook
// declares twice gets a second name. To change a lesson, change the notebook and run
// `dotnet run --project tools/LessonGenerator` (CI checks that the lessons are up to date).

// The packages and the course library the notebook references (the library's project builds it).
#:package Plotly.NET.CSharp@0.14.0
#:project ../NeuronFromScratch.csproj
#:project ../course/NeuronFromScratch.Course.csproj
// A lesson is a plain program: no native (AOT) compilation, and C# as the notebook kernel reads it
// (nullable annotations allowed but no nullable warnings; no implicit usings: the usings below are the kernel's;
// a helper the notebook gives for your answers may go unused, as a notebook's functions may, without a warning).
#:property PublishAot=false
#:property Nullable=annotations
#:property ImplicitUsings=disable
#:property NoWarn=$(NoWarn);CS8321

// The namespaces the notebook kernel imports by default, then the ones the notebook's cells import.
using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;
using System.Globalization;
using static System.FormattableString;   // Invariant($"…"): a text whose numbers look the same in every language
using NeuronFromScratch;
using NeuronFromScratch.Course;           // the exercises (Ex01 …), Progress, and the charts' .WithNotebookLayout() and co.
using static NeuronFromScratch.Course.Output;       // Print($"…"): Console.WriteLine with the same numbers in every language
using static NeuronFromScratch.Course.ChartStyle;   // ColorBarTitled, SharedRange
using static NeuronFromScratch.Activations;
using static NeuronFromScratch.Losses;
using static NeuronFromScratch.Data;
using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;
using static NeuronFromScratch.Course.Lesson;   // Display: what the notebook shows below a cell

// # 6. A network: hinges that add up to a curve
//
// One neuron draws one shape: with the linear activation a straight line, with ReLU a single hinge. Many shapes in
// the world are neither. In this notebook we put several ReLU neurons side by side in a **layer**, feed their outputs
// into one more neuron, and train the whole **network** to follow a sine curve that no single neuron can follow.
//
// ⏱ about 75 minutes.
//
// **What you will learn**
//
// - why a ReLU neuron is a *hinge*, and how a weighted sum of hinges bends a line into any zig-zag: $|x| = \mathrm{ReLU}(x) + \mathrm{ReLU}(-x)$;
// - a layer's forward pass: $k$ neurons reading the same input, their outputs side by side in an $n \times k$ matrix (and you write it);
// - the backward pass through two layers, written out with the chain rule: a neuron passes $\partial L/\partial a_{\text{prev}} = \partial L/\partial z \cdot W$ down to the layer below (and you write one neuron's share of it);
// - a numerical gradient check of the whole network, every weight and bias at once;
// - the mini-batch training loop for a network, and you write it: one training step with the backward loop over the layers, and the epoch around it (a new order every epoch, batches of 32, the epoch's loss);
// - why the neurons of a layer must start with different weights (symmetry), and you write a layer's starting weights;
// - the chart that makes it click: every hidden neuron's hinge, and their sum, at several points of training.
//
// **What you need from before**
//
// - Notebooks 3 and 4 ([03-backward-pass.ipynb](03-backward-pass.ipynb), [04-training.ipynb](04-training.ipynb)): the chain rule for one neuron, `Backward` *adds* to the gradients and `ResetGrad()` clears them, the gradient check with central differences, mini-batches and `shuffle`.
// - The ReLU activation $\mathrm{ReLU}(z) = \max(0, z)$ with its derivative $1$ for $z > 0$ and $0$ otherwise (`Activation.ReLU` in [lib/Activation.cs](../lib/Activation.cs)).
// - The library's `Neuron.Backward` *returns* $\partial L/\partial X$, one row per example: what a layer below needs. We use it here.
//
// **How to run it**, three ways. (1) In VS Code with the Polyglot Notebooks extension, or in Jupyter with the .NET
// Interactive kernel (Microsoft deprecated both in 2026; they still work), in the kernel version the course pins (README.md
// says how): open this notebook and choose **Run All**.
// (2) As a program, in any editor with C# IntelliSense and a debugger: from the repository root,
// `dotnet run --file lessons/06-network.cs` runs this notebook as one C# file, its text in comments. (3) Headless, from the repository root:
// `dotnet run --project tools/NotebookRunner.Cli -- notebooks/06-network.ipynb`. The first run builds the course
// library and downloads the chart packages, which can take a minute.

// [cell setup-build]
// Setup 1/2: builds the course library the first time (how: setup/build-library.csx, beside this notebook).
// #load "setup/build-library.csx": the notebook builds the course library here; this program's #:project line does it.

// [cell setup-references]
// Setup 2/2: the chart packages (downloaded on first run), the course library with the exercises' checks, and the
// names we use.
// #r "nuget: Plotly.NET.Interactive, 6.0.0": not needed; it makes the notebook kernel draw charts, and a program saves them as HTML files instead (Display, in the course library's Lesson class).
// #r "nuget: Plotly.NET.CSharp, 0.14.0" → #:package Plotly.NET.CSharp@0.14.0 (top of this file)
// #r "../lib/bin/NeuronFromScratch.dll" → #:project ../NeuronFromScratch.csproj (top of this file: builds the library)
// #r "../lib/bin/NeuronFromScratch.Course.dll" → #:project ../course/NeuronFromScratch.Course.csproj (top of this file: builds the checks)
// #r "../lib/bin/System.Numerics.Tensors.dll": comes with the library's project reference
// #load "setup/Kernel.csx": not needed; it makes the notebook kernel draw charts and verdicts, and a program saves charts as HTML pages and prints verdicts instead (Display, in the course library's Lesson class).   // charts and checks drawn offline, in any kernel (how: see the file)
// (the using directives of this cell are at the top of this file)

// ## 1. A curve for one neuron to fail on
//
// The data: $y = \sin x$ at 61 points $x = -3, -2.9, \dots, 3$. As always `X` has one row per example and one column
// per feature (here one), and `y` one target per example. Three small helpers for the matrices of this notebook:
// `Column(M, k)` takes column $k$ of a matrix as an array, `AsColumn(v)` turns an array into an $n \times 1$ matrix,
// and `Rows(M, rows)` picks some rows (a mini-batch).

// [cell data]
int n = 61;
double[] x = Enumerable.Range(0, n).Select(i => Math.Round(-3 + 0.1 * i, 1)).ToArray();
double[] y = x.Select(Math.Sin).ToArray();
var X = new double[n, 1];
for (int i = 0; i < n; i++) X[i, 0] = x[i];

double[] Column(double[,] M, int k) => Enumerable.Range(0, M.GetLength(0)).Select(i => M[i, k]).ToArray();
double[,] AsColumn(double[] v) { var M = new double[v.Length, 1]; for (int i = 0; i < v.Length; i++) M[i, 0] = v[i]; return M; }
double[,] Rows(double[,] M, int[] rows)
{
    var R = new double[rows.Length, M.GetLength(1)];
    for (int i = 0; i < rows.Length; i++) for (int j = 0; j < M.GetLength(1); j++) R[i, j] = M[rows[i], j];
    return R;
}
Print($"n = {n} examples, x from {x[0]} to {x[^1]}, y = sin x from {y.Min():F4} to {y.Max():F4}");

// What is the best a single neuron with the linear activation can do? Its output $\hat y = w x + b$ is a line, and the
// best line in the least-squares sense has the closed form of notebook 4:
// $w = \operatorname{cov}(x, y)/\operatorname{var}(x)$, $\;b = \bar y - w\,\bar x$. No amount of training gets a line
// below that loss.

// [cell best-line]
double xMean = x.Average(), yMean = y.Average();
double bestSlope = x.Zip(y, (xi, yi) => (xi - xMean) * (yi - yMean)).Sum() / x.Sum(xi => (xi - xMean) * (xi - xMean));
double bestIntercept = yMean - bestSlope * xMean;
var bestLine = new Neuron(featureCount: 1) { W = new[] { bestSlope }, b = bestIntercept };
double lineLoss = Losses.Mse(bestLine.Forward(X), y);
Print($"the best line: ŷ = {bestSlope:F4}·x + {Math.Round(bestIntercept, 4) + 0.0:F4}, loss {lineLoss:F4}");

// On $[-3, 3]$ the sine goes down, up and down again: down to $-1$ at $x = -\pi/2$, up to $1$ at $x = \pi/2$, then
// down towards the end. The best line can only tilt, so it cuts through the middle and misses almost
// everything. Its loss is the floor for one linear neuron. (A single ReLU neuron is no better off: it draws one
// hinge, a flat piece and one straight piece.)
//
// ## 2. ReLU neurons are hinges
//
// A ReLU neuron with one input computes $a = \mathrm{ReLU}(w x + b) = \max(0,\, w x + b)$. That is a **hinge**: zero on
// one side of the point $x = -b/w$, where $w x + b$ changes sign, and a straight line of slope $w$ on the other side.
// The weight sets the slope and which way the hinge opens (to the right for $w > 0$, to the left for $w < 0$); the bias
// moves the kink along the $x$ axis.
//
// Now add hinges up, each with a weight of its own, $v_k$, plus a constant $c$:
//
// $$\hat y = \sum_{k=1}^{K} v_k\,\mathrm{ReLU}(w_k x + b_k) + c .$$
//
// Each term is zero up to its kink and a line after it, so the sum is a line that changes its slope at every kink: a
// *piecewise linear* curve, a zig-zag with up to $K$ corners. With enough corners in the right places, a zig-zag
// follows any smooth curve as closely as we like. The smallest example has two hinges, one opening to each side:
// $|x| = \mathrm{ReLU}(x) + \mathrm{ReLU}(-x)$.
//
// That sum is exactly a small **network**: two ReLU neurons (weights $w_1 = 1$, $w_2 = -1$, biases 0) side by side in
// a *hidden layer*, and one neuron with the linear activation (weights $v = (1, 1)$, bias $c = 0$) in the *output
// layer* that adds their outputs up. In the library, a `Layer` ([lib/Layer.cs](../lib/Layer.cs)) is a list of
// neurons that read the same input, and a `NeuralNetwork` ([lib/NeuralNetwork.cs](../lib/NeuralNetwork.cs)) runs its
// layers one after the other, each layer's outputs being the next layer's inputs. The library's network is what your
// code in this notebook is checked against, and what later notebooks build on.

// [cell abs-network]
var twoHinges = new Layer(new[]
{
    new Neuron(featureCount: 1) { Activation = Activation.ReLU, W = new[] { 1.0 }, b = 0 },    // opens to the right
    new Neuron(featureCount: 1) { Activation = Activation.ReLU, W = new[] { -1.0 }, b = 0 },   // opens to the left
});
var adder = new Layer(new[] { new Neuron(featureCount: 2) { W = new[] { 1.0, 1.0 }, b = 0 } });   // linear: v = (1, 1), c = 0
var absNetwork = new NeuralNetwork(twoHinges, adder);

double[,] hingeOutputs = twoHinges.Forward(X);   // n × 2: column k is hinge k's output for every x
double[] absPrediction = absNetwork.Predict(X);
Print($"{absNetwork.Layers.Count} layers: {string.Join(", ", absNetwork.Layers)}; largest |ŷ − |x|| over the data: {x.Select((xi, i) => Math.Abs(absPrediction[i] - Math.Abs(xi))).Max()}");

Display("abs-network", Chart.Combine(new[]
    {
        Chart.Line<double, double, string>(x: x, y: Column(hingeOutputs, 0), Name: "ReLU(x)"),
        Chart.Line<double, double, string>(x: x, y: Column(hingeOutputs, 1), Name: "ReLU(−x)"),
        Chart.Line<double, double, string>(x: x, y: absPrediction, Name: "their sum: the network's ŷ"),
    })
    .WithHover("x = %{x:.2f}<br>output %{y:.2f}")
    .WithTitle("Two hinges and their sum, |x|")
    .WithXAxisStyle<double, double, string>(TitleText: "x")
    .WithYAxisStyle<double, double, string>(TitleText: "a hinge's output, and ŷ")
    .WithNotebookLayout());

// ## 3. A layer's forward pass
//
// A layer of $k$ neurons takes the same $n \times f$ input $X$ to every neuron. Neuron $k$ has its own weights
// $W^{(k)}$, bias $b_k$ and activation $\sigma_k$, and computes for every example $i$
//
// $$z_{ik} = \sum_{j=1}^{f} x_{ij}\,W^{(k)}_j + b_k, \qquad a_{ik} = \sigma_k(z_{ik}).$$
//
// The layer's output is the matrix $A$, $n \times k$: **one row per example, one column per neuron**, so that row $i$
// of $A$ is example $i$'s new set of features, ready to be the input of the next layer. That is `Layer.Forward`.

// ### ✍️ Your turn 1: a layer's forward pass
//
// Write `LayerForward(neurons, X)`: the $n \times k$ matrix $A$ of this section, whose column $k$ is neuron $k$'s output
// $\hat y$ on $X$. Each neuron's `Forward(X)` already computes its $\sigma_k(z_{ik})$ for every row and remembers $X$ and
// $z$ for the backward pass. The check compares your $A$ with the library's `Layer.Forward` on a layer of 8 ReLU neurons
// on our data, and on layers that mix ReLU, tanh, sigmoid and linear neurons, with 2 and 3 inputs.

// [cell ex1-answer]
double[,] LayerForward(IReadOnlyList<Neuron> neurons, double[,] X)
{
    throw new NotImplementedException("✍️ your code here");
}

// [cell ex1-check]
// Checks LayerForward against the library's Layer.Forward, and names the likely mistake.
Display("ex1-check", Ex06.LayerForward.Check(LayerForward));

// [cell ex1-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("ex1-help", Ex06.LayerForward.Help());

// ## 4. The network for the sine
//
// Eight hinges, one output neuron: a hidden layer of 8 ReLU neurons, each with one input $x$, and an output layer of one
// linear neuron with 8 inputs, $\hat y = \sum_k v_k\,\mathrm{ReLU}(w_k x + b_k) + c$. That is $8 + 8$ parameters in
// the hidden layer and $8 + 1$ in the output neuron: 25 in all.
//
// **Where the hinges start.** A new `Neuron` starts with a small random weight and bias $0$, so every hidden neuron's
// kink would start at $x = -0/w = 0$: eight hinges on one spot, and the network would first have to pull them apart,
// slowly, through the gradient. We give training a fairer start and build the hidden layer from neurons we choose
// (`new Layer(neurons)`): weights alternately $+1$ and $-1$ (hinges opening right and left), and biases that put the
// kinks $\kappa_k$ (kappa) evenly across the data, from $-2.625$ to $2.625$ in steps of $0.75$ ($b_k = -w_k\,\kappa_k$; the letter $c$ is taken, it is the output bias). The kinks
// sit between the data points on purpose: the gradient check below needs every $z$ clear of ReLU's corner at $0$. The
// output neuron starts as the library makes it, small random weights from a seed. Training may move everything.

// [cell network]
const int hiddenCount = 8;
double[] startingKinks = Enumerable.Range(0, hiddenCount).Select(k => -2.625 + 0.75 * k).ToArray();

NeuralNetwork NewNetwork()
{
    var hidden = new Layer(Enumerable.Range(0, hiddenCount).Select(k =>
    {
        double w = k % 2 == 0 ? 1 : -1;   // alternately opening to the right and to the left
        return new Neuron(featureCount: 1) { Activation = Activation.ReLU, W = new[] { w }, b = -w * startingKinks[k] };
    }));
    var output = new Layer(inputCount: hiddenCount, neuronCount: 1, Activation.Linear, seed: 0);
    return new NeuralNetwork(hidden, output);
}

var untrained = NewNetwork();
Print($"{string.Join(" → ", untrained.Layers)}: {untrained.InputCount} input, {untrained.OutputCount} output");
Print($"starting kinks at x = {string.Join(", ", startingKinks.Select(c => c.ToString("F3", CultureInfo.InvariantCulture)))}");
Print($"untrained loss {Losses.Mse(untrained.Predict(X), y):F4} (the best line: {lineLoss:F4})");

// ## 5. The backward pass through two layers
//
// Name everything for one example $i$ (drop the $i$ where it is clear). The hidden layer computes
// $z_k = w_k x + b_k$ and $a_k = \mathrm{ReLU}(z_k)$ for $k = 1, \dots, 8$; the output neuron computes
// $z^{\text{out}} = \sum_k v_k\,a_k + c$ and $\hat y = z^{\text{out}}$ (linear). The loss is the mean squared error, so
// as in notebook 3 the backward pass starts with $\dfrac{\partial L}{\partial \hat y_i} = \dfrac{2}{n}(\hat y_i - y_i)$.
//
// **The output neuron** is a neuron like in notebook 3 whose "features" are the hidden outputs $a_k$:
//
// $$\frac{\partial L}{\partial z^{\text{out}}} = \frac{\partial L}{\partial \hat y}\cdot 1, \qquad
// \frac{\partial L}{\partial v_k} = \sum_i \frac{\partial L}{\partial z^{\text{out}}_i}\,a_{ik}, \qquad
// \frac{\partial L}{\partial c} = \sum_i \frac{\partial L}{\partial z^{\text{out}}_i}.$$
//
// **One new derivative** carries the gradient down to the hidden layer: how the loss depends on the neuron's *inputs*.
// In $z^{\text{out}} = \sum_k v_k a_k + c$ the partner of $a_k$ is its weight, $\partial z^{\text{out}}/\partial a_k = v_k$, so
//
// $$\frac{\partial L}{\partial a_{ik}} = \frac{\partial L}{\partial z^{\text{out}}_i}\cdot v_k
// \qquad\text{in short}\qquad \frac{\partial L}{\partial a_{\text{prev}}} = \frac{\partial L}{\partial z}\cdot W .$$
//
// This is what the library's `Neuron.Backward` *returns* (besides adding its own $\partial L/\partial W$ and
// $\partial L/\partial b$): $\partial L/\partial X$, one row per example and one column per input.
//
// **Hidden neuron $k$** now gets column $k$ of $\partial L/\partial A$ as its "$\partial L/\partial \hat y$", and the
// rest is notebook 3 again, with ReLU's derivative taken at the *pre-activation* $z_{ik}$:
//
// $$\frac{\partial L}{\partial z_{ik}} = \frac{\partial L}{\partial a_{ik}}\cdot\mathrm{ReLU}'(z_{ik}), \qquad
// \frac{\partial L}{\partial w_k} = \sum_i \frac{\partial L}{\partial z_{ik}}\,x_i, \qquad
// \frac{\partial L}{\partial b_k} = \sum_i \frac{\partial L}{\partial z_{ik}} .$$
//
// $\mathrm{ReLU}'(z) = 1$ where the hinge is open ($z > 0$) and $0$ where it is flat: a hinge that is flat for an
// example passes no gradient back for it. And if a layer sat below this one, it would need $\partial L/\partial x$:
// $x$ feeds *every* hidden neuron, so its effect on the loss is the **sum** over those paths,
// $\partial L/\partial x_i = \sum_k \frac{\partial L}{\partial z_{ik}}\,w_k$. That sum is what `Layer.Backward` returns.
//
// The next cell does this by hand with the neurons' own `Backward`, first the output neuron, then the hidden ones, and
// compares every gradient with the library's `NeuralNetwork.Backward`, which runs the same two steps from the last layer down.

// [cell backward-by-hand]
var byHand = NewNetwork();
Neuron outputNeuron = byHand.Layers[1].Neurons[0];
byHand.ResetGrad();
double[] yHat = byHand.Predict(X);                                // the forward pass; every neuron keeps its X and z
double[] dLossDYHat = Losses.DMseDYHat(yHat, y);     // (2/n)(ŷᵢ − yᵢ)

// The output neuron: adds ∂L/∂v and ∂L/∂c, returns ∂L/∂A = ∂L/∂z_out · v (n × 8).
double[,] dLossDA = outputNeuron.Backward(dLossDYHat);
// The same by the formula, for example i = 0 and hinge k = 3:
Print($"∂L/∂a for i = 0, k = 3: Backward {dLossDA[0, 3]:F6}, ∂L/∂z_out · v₃ = {dLossDYHat[0] * 1 * outputNeuron.W[3]:F6}");

// The hidden neurons: neuron k gets column k of ∂L/∂A, multiplies by ReLU′(z) and adds its ∂L/∂w, ∂L/∂b.
var dLossDX = new double[n, 1];
for (int k = 0; k < hiddenCount; k++)
{
    double[,] throughK = byHand.Layers[0].Neurons[k].Backward(Column(dLossDA, k));
    for (int i = 0; i < n; i++) dLossDX[i, 0] += throughK[i, 0];   // x feeds every hidden neuron: the paths add up
}

// The library: NeuralNetwork.Backward, from the last layer down, on a fresh copy of the same network.
var library = NewNetwork();
library.ResetGrad();
double[,] dLossDXLibrary = library.Backward(AsColumn(Losses.DMseDYHat(library.Predict(X), y)));
double largestDifference = byHand.Layers.SelectMany(l => l.Neurons).Zip(library.Layers.SelectMany(l => l.Neurons),
        (a, b) => a.dLossDW.Zip(b.dLossDW, (g, h) => Math.Abs(g - h)).Append(Math.Abs(a.dLossDb - b.dLossDb)).Max())
    .Append(Enumerable.Range(0, n).Max(i => Math.Abs(dLossDX[i, 0] - dLossDXLibrary[i, 0]))).Max();
Print($"∂L/∂c = {outputNeuron.dLossDb:F6}; ∂L/∂w and ∂L/∂b of the hidden neurons: {string.Join(", ", byHand.Layers[0].Neurons.Select(nk => Invariant($"({nk.dLossDW[0]:F4}, {nk.dLossDb:F4})")))}");
Print($"largest difference from NeuralNetwork.Backward over all 25 gradients and ∂L/∂x: {largestDifference}");

// By hand and the library agree exactly: `NeuralNetwork.Backward` is these two steps in a loop over the layers, and
// `Layer.Backward` is the loop over the neurons with the sum of their $\partial L/\partial X$. Look at the pairs: a
// hidden neuron whose hinge is flat over much of the data gets its gradient only from the examples where it is open.

// ### ✍️ Your turn 2: one neuron's $\partial L/\partial X$
//
// Write `NeuronDLossDX(neuron, X, dLossDYHat)`: $\partial L/\partial X$ for one neuron with any activation and a bias,
// given $\partial L/\partial \hat y_i$ for every row $i$ of its input $X$. That is what the library's `Neuron.Backward`
// returns: write it without calling it (the check notices if you do), from the neuron's `W`, `b` and
// `Activation.DSigmaDz` (its $\sigma'$), by the chain rule of this section. The result has the shape of $X$,
// $n \times f$. The check compares with the library's `Backward` for a ReLU neuron on our data, a tanh neuron with 3
// inputs and a sigmoid neuron with 2, all with a bias that is not 0.

// [cell ex2-answer]
double[,] NeuronDLossDX(Neuron neuron, double[,] X, double[] dLossDYHat)
{
    throw new NotImplementedException("✍️ your code here");
}

// [cell ex2-check]
// Checks NeuronDLossDX against what the library's Neuron.Backward returns, and names the likely mistake.
Display("ex2-check", Ex06.NeuronDLossDX.Check(NeuronDLossDX));

// [cell ex2-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("ex2-help", Ex06.NeuronDLossDX.Help());

// ## 6. A gradient check of the whole network
//
// Is the chain rule through two layers right? The referee of notebook 3 works for any number of parameters: nudge one
// parameter $\theta$ by $\pm h$, run the forward pass, and compare
// $\dfrac{L(\theta + h) - L(\theta - h)}{2h}$ with what `Backward` left in the neuron, for all 25 weights and biases.
// With so many gradients of very different sizes we compare them as one vector $g$: the relative error
// $\dfrac{\lVert g_{\text{backward}} - g_{\text{numerical}}\rVert}{\max(\lVert g_{\text{backward}}\rVert, \lVert g_{\text{numerical}}\rVert)}$,
// with $\lVert\cdot\rVert$ the length of the vector. The tolerance is $10^{-6}$, and the cell **throws** if the check
// misses it.
//
// ReLU has a corner at $z = 0$: a central difference that straddles it sees two slopes and is wrong there. That is
// why the starting kinks sit between the data points: the cell also prints the smallest $|z|$ of any hidden neuron on
// any example, which must be far larger than $h$.

// [cell gradient-check]
const double h = 1e-5;
const double tolerance = 1e-6;

double LossOf(NeuralNetwork network) => Losses.Mse(network.Predict(X), y);

// (relative error, smallest |z| of a hidden neuron) for the network as it is now.
(double relativeError, double smallestZ) GradientCheck(NeuralNetwork network)
{
    network.ResetGrad();
    network.Backward(AsColumn(Losses.DMseDYHat(network.Predict(X), y)));
    var backward = new List<double>();
    var numerical = new List<double>();
    foreach (Neuron neuron in network.Layers.SelectMany(layer => layer.Neurons))
    {
        for (int j = 0; j < neuron.W.Length; j++)
        {
            double saved = neuron.W[j];
            neuron.W[j] = saved + h; double lossPlus = LossOf(network);
            neuron.W[j] = saved - h; double lossMinus = LossOf(network);
            neuron.W[j] = saved;
            backward.Add(neuron.dLossDW[j]);
            numerical.Add((lossPlus - lossMinus) / (2 * h));
        }
        double savedBias = neuron.b;
        neuron.b = savedBias + h; double biasPlus = LossOf(network);
        neuron.b = savedBias - h; double biasMinus = LossOf(network);
        neuron.b = savedBias;
        backward.Add(neuron.dLossDb);
        numerical.Add((biasPlus - biasMinus) / (2 * h));
    }
    double Length(IEnumerable<double> v) => Math.Sqrt(v.Sum(e => e * e));
    double relativeError = Length(backward.Zip(numerical, (a, b) => a - b)) / Math.Max(Length(backward), Length(numerical));
    double smallestZ = double.PositiveInfinity;   // how close a hidden neuron's z comes to ReLU's kink at 0
    foreach (Neuron neuron in network.Layers[0].Neurons)
        foreach (double xi in x)
            smallestZ = Math.Min(smallestZ, Math.Abs(neuron.W[0] * xi + neuron.b));
    return (relativeError, smallestZ);
}

var (untrainedError, untrainedSmallestZ) = GradientCheck(NewNetwork());
Print($"25 gradients; smallest |z| of a hidden neuron: {untrainedSmallestZ:F3} (h = {h:0E+0})");
if (!(untrainedError <= tolerance))
    throw new InvalidOperationException($"Gradient check failed: relative error {untrainedError:0.00E+0}, but it must be at most {tolerance:0E+0}."
        + (untrainedSmallestZ <= h
            ? $" A hidden neuron's z comes within h of ReLU's kink at 0 (smallest |z| = {untrainedSmallestZ:G3}): there the central"
              + " difference sees two slopes. With every hidden weight 0 (and so every bias −w·kink 0) every z is exactly 0."
              + " Start the hidden neurons with their kinks between the data points, as NewNetwork does."
            : ""));
Print($"✔ Gradient check of the whole network passed: relative error {untrainedError:0.0E+0} ≤ {tolerance:0E+0}");

// The two-layer chain rule agrees with the forward-only estimate to many more digits than the tolerance asks for. We
// will run the same check again on the trained network at the end, where training has moved every kink.
//
// ## 7. Training: the mini-batch loop
//
// One training step on a batch of examples is what notebook 4 did for one neuron, now for every neuron of the network:
// `ResetGrad` → forward → loss → backward from the last layer down → `Step`. The backward loop is the part to get
// right, so you write it.

// ### ✍️ Your turn 3: one training step, with the backward loop over the layers
//
// Write `TrainStep(network, X, y, learningRate)`: one step of gradient descent for the whole network on the batch $X$,
// $y$ with the mean squared error, returning the loss measured *before* the step. The backward pass through the layers
// is yours: section 5 did it by hand for two layers; here it works for any number of layers and neurons. Use the layers
// and their neurons' `Backward`, not `network.Backward` or a layer's `Backward` (the check notices if you do);
// `network.ResetGrad()`, `network.Predict(X)` and `network.Step(learningRate)` are fine. Two helpers from section 1
// fit the shapes: `AsColumn(v)` makes a vector an $n \times 1$ matrix, and `Column(M, k)` takes column $k$ of a matrix.
//
// The check runs three steps of your `TrainStep` and of a correct one, from identical networks, and compares every loss,
// weight and bias: on a chain of single neurons, on a tanh network with layers of sizes 2, 3, 3, 1, and on our 1-8-1
// ReLU network.

// [cell ex3-answer]
double TrainStep(NeuralNetwork network, double[,] X, double[] y, double learningRate)
{
    throw new NotImplementedException("✍️ your code here");
}

// [cell ex3-check]
// Checks TrainStep against a correct step on three networks, and names the likely mistake.
Display("ex3-check", Ex06.TrainStep.Check(TrainStep));

// [cell ex3-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("ex3-help", Ex06.TrainStep.Help());

// ### ✍️ Your turn 4: an epoch of mini-batches
//
// Now the loop around the step. An **epoch** visits every one of the $n$ examples once, in mini-batches as notebook 4's
// section 7 did, and in a **new order every epoch**: shuffle the indices $0, \dots, n - 1$ with the `random` you are
// given (`random.Shuffle`), cut that order into batches of `batchSize`, and take one `TrainStep` per batch, on the
// batch's rows of $X$ and their targets in $y$. One order serves $X$ and $y$ alike: example $i$'s row and target must
// stay a pair. Our 61 examples in batches of 32 make one batch of 32 and one of 29: the last batch is smaller.
//
// The epoch's loss is the mean of all $n$ squared errors, each measured before its batch's step. `TrainStep` returns a
// batch's loss $L_b$, the *mean* over its $m_b$ examples, so
//
// $$L_{\text{epoch}} = \frac{1}{n} \sum_{\text{batches } b} m_b\, L_b .$$
//
// Write `Epoch(network, X, y, batchSize, learningRate, random)`: one epoch with your `TrainStep`, returning
// $L_{\text{epoch}}$. `Rows(M, rows)` from section 1 picks a batch's rows. The caller makes `random` from a seed, so
// that a run can be repeated exactly. The check runs three epochs of your `Epoch` (with your `TrainStep`, which must
// pass its own check first) and of the library's `NetworkTrainer.Train` from identical networks and the same seed, and
// compares every epoch's loss and every weight and bias: a 1-8-1 ReLU network like ours with batches of 32 and of 8,
// and a 2-3-1 tanh network on 10 rows with batches of 4, of 5 (two whole batches) and of 32 (one batch of all 10).

// [cell ex4-answer]
double Epoch(NeuralNetwork network, double[,] X, double[] y, int batchSize, double learningRate, Random random)
{
    throw new NotImplementedException("✍️ your code here");
}

// [cell ex4-check]
// Checks Epoch against three epochs of NetworkTrainer.Train, and names the likely mistake.
Display("ex4-check", Ex06.Epoch.Check(Epoch, TrainStep));

// [cell ex4-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("ex4-help", Ex06.Epoch.Help());

// Now train: 1000 epochs of your `Epoch`, batches of 32, $\eta = 0.05$, one `Random` made once from a fixed seed (so
// each epoch gets a new order, and every run the same orders). The next cell keeps a copy of the network's parameters
// at a few epochs for the charts. It trains with your `Epoch` and `TrainStep`; until both are written it says so and
// uses the course's.
//
// ### 🤔 Predict, then run
//
// The hinges start at $-2.625, -1.875, \dots, 2.625$, evenly spread. Training changes every $w_k$ and $b_k$, so it can
// move each kink $-b_k/w_k$ and tilt each hinge. Predict: after training, are the kinks still evenly spread? And will
// all eight hinges still be doing something, or can a hinge end up contributing nothing to $\hat y$? The cell after
// the loop prints where the kinks went and each hinge's weight $v_k$ in the output neuron.

// [cell training-loop]
const int epochs = 1000, batchSize = 32, shuffleSeed = 0;
const double learningRate = 0.05;
int[] snapshotEpochs = { 0, 100, epochs };

// record Snapshot: declared at the end of this file, where a program declares its types.
Snapshot Snap(NeuralNetwork network, int epoch) => new(epoch,
    network.Layers[0].Neurons.Select(nk => nk.W[0]).ToArray(), network.Layers[0].Neurons.Select(nk => nk.b).ToArray(),
    (double[])network.Layers[1].Neurons[0].W.Clone(), network.Layers[1].Neurons[0].b);

var (trainEpoch, whose) = Ex06.Epoch.ForTheNotebook(Epoch);   // yours, or the course's until yours is written
Print($"{whose}");
var network = NewNetwork();
var snapshots = new List<Snapshot> { Snap(network, 0) };
var lossByEpoch = new List<double>();
var random = new Random(shuffleSeed);   // made once: every epoch a new order, every run the same orders
for (int epoch = 1; epoch <= epochs; epoch++)
{
    lossByEpoch.Add(trainEpoch(network, X, y, batchSize, learningRate, random));
    if (snapshotEpochs.Contains(epoch)) snapshots.Add(Snap(network, epoch));
}
foreach (int e in new[] { 1, 10, 100, epochs })
    Print($"epoch {e,4}: loss {lossByEpoch[e - 1]:F5}");

// [cell hinges-moved]
Snapshot first = snapshots[0], last = snapshots[^1];
Print($"{"hinge k",8}{"kink at start",15}{"kink at the end",17}{"opens",7}{"vₖ at the end",16}");
for (int k = 0; k < hiddenCount; k++)
    Print($"{k,8}{-first.B[k] / first.W[k],15:F3}{-last.B[k] / last.W[k],17:F3}{(last.W[k] > 0 ? "right" : "left"),7}{last.V[k],16:F4}");
Print($"output bias c = {last.C:F4}");

// **Answer:** no, and yes. The kinks moved, and not evenly: hinges 4 and 5, for example, went from 0.375 and 1.125 to
// 1.069 and 1.882, either side of the top of the sine (at $x = \pi/2 \approx 1.57$), while hinges 2 and 3 stayed
// near where they started (at −1.206 and −0.478 now). And hinge 6, which opens to the right, moved its kink to 3.004,
// past the last data point: it is now flat on *every* example, so whatever its $v_k$, it adds nothing to $\hat y$. Worse, a flat hinge
// has $\mathrm{ReLU}'(z) = 0$ on every example, so it gets no gradient and training can never bring it back: a
// **dead ReLU**. Our network fits the sine with the seven hinges it has left.
//
// ## 8. The chart that makes it click
//
// For a snapshot of the parameters, the next function draws every hidden neuron's **contribution** to the output,
// $v_k\,\mathrm{ReLU}(w_k x + b_k)$, as a thin line, and their **sum** plus $c$, which is the network's $\hat y$, against
// the data. Three snapshots: before training, after 100 epochs, and at the end.

// [cell hinge-chart]
GenericChart HingeChart(Snapshot s)
{
    // Hinge k's contribution vₖ·ReLU(wₖ·x + bₖ), a thin line; its kink is where wₖ·x + bₖ = 0.
    var traces = Enumerable.Range(0, hiddenCount).Select(k =>
        Chart.Line<double, double, string>(x: x, y: x.Select(xi => s.V[k] * ReLU(s.W[k] * xi + s.B[k])),
                                           Name: Invariant($"hinge {k}, kink at {-s.B[k] / s.W[k]:F2}"), LineWidth: 1.0));
    double[] sum = x.Select(xi => Enumerable.Range(0, hiddenCount).Sum(k => s.V[k] * ReLU(s.W[k] * xi + s.B[k])) + s.C).ToArray();
    return Chart.Combine(traces
            .Append(Chart.Line<double, double, string>(x: x, y: sum, Name: "sum + c = ŷ", LineWidth: 3.0))
            .Append(Chart.Point<double, double, string>(x: x, y: y, Name: "data: sin x")))
        .WithHover("x = %{x:.2f}<br>%{y:.3f}")
        .WithTitle(Invariant($"The hinges and their sum after {s.Epoch} epochs"))
        .WithXAxisStyle<double, double, string>(TitleText: "x")
        .WithYAxisStyle<double, double, string>(TitleText: "vₖ·ReLU(wₖ·x + bₖ), and ŷ")
        .WithNotebookLayout(height: 560);   // taller: the legend under the plot has 10 entries
}
Display("hinge-chart", HingeChart(snapshots.Single(s => s.Epoch == 0)));

// [cell hinges-early]
Display("hinges-early", HingeChart(snapshots.Single(s => s.Epoch == 100)));

// [cell hinges-final]
Display("hinges-final", HingeChart(snapshots.Single(s => s.Epoch == epochs)));

// Before training the kinks are spread out, but the output weights $v_k$ are small random numbers, so the sum is a
// shallow zig-zag that has nothing to do with the sine. After 100 epochs (loss 0.01775) the hinges have taken the
// signs the curve needs: the sum already rises, turns and falls like the sine, with visible corners. At the end every
// corner of the sum sits at the kink of one hinge, and between two kinks the sum is a straight piece: the zig-zag
// hugs the curve. Each hinge on its own is just a bent line; only their sum is a sine.

// The library's `NetworkTrainer.Train` ([lib/Training/NetworkTrainer.cs](../lib/Training/NetworkTrainer.cs)) runs the
// loop you wrote: the same new order every epoch from the same seed, the same batches, the same step. From an identical
// network it must give the same loss in every epoch and the same trained network. Your steps may add the same numbers in
// another order than the library does, which can change the last digit or so of a result, so the next cell allows a
// relative difference of $10^{-9}$ and prints the largest one it found.

// [cell trainer]
var trained = NewNetwork();
double[] trainerLoss = NetworkTrainer.Train(trained, X, y, epochs, learningRate, batchSize: batchSize, shuffle: true, seed: shuffleSeed);
double RelativeDifference(double a, double b) => a == b ? 0 : Math.Abs(a - b) / Math.Max(Math.Abs(a), Math.Abs(b));
double lossDifference = trainerLoss.Zip(lossByEpoch, RelativeDifference).Max();
double predictionDifference = trained.Predict(X).Zip(network.Predict(X), RelativeDifference).Max();
if (!(lossDifference <= 1e-9 && predictionDifference <= 1e-9))
    throw new InvalidOperationException($"NetworkTrainer.Train and your Epoch disagree: largest relative difference {lossDifference:0.0E+0} in "
        + $"the losses, {predictionDifference:0.0E+0} in ŷ. Run the check of Your turn 4 in section 7, Ex06.Epoch.Check(Epoch, TrainStep), and see that Epoch leaves X and y as they were.");
Print($"✔ NetworkTrainer.Train gives the same loss in all {epochs} epochs and the same trained network: largest relative difference {lossDifference:0.0E+0} in the losses, {predictionDifference:0.0E+0} in ŷ.");

// ## 9. Why the starting weights must differ
//
// We chose the hidden layer's start by hand, and the library starts each neuron from small random weights of its own.
// Why not simply start every weight at 0, or every neuron alike?
//
// ### 🤔 Predict, then run
//
// The next cell trains three networks of our shape, 1 → 8 ReLU → 1 linear, exactly as above (1000 epochs, batches of
// 32, $\eta = 0.05$, the same seed), from three starts: every weight and bias 0; every hidden neuron alike
// ($w_k = b_k = 0.5$, and every $v_k = 0.1$); and the library's start, `NeuralNetwork.Create`, which gives each neuron
// a seed of its own. It then counts how many *different* hidden neurons each network has. Predict: after 1000 epochs,
// how many different hinges does the network that started alike have?

// [cell symmetry]
// A network whose hidden neurons all start with the weight w and bias b, and whose output weights all start at v.
NeuralNetwork AllAlike(double w, double b, double v) => new(
    new Layer(Enumerable.Range(0, hiddenCount).Select(_ => new Neuron(featureCount: 1) { Activation = Activation.ReLU, W = new[] { w }, b = b })),
    new Layer(new[] { new Neuron(featureCount: hiddenCount) { W = Enumerable.Repeat(v, hiddenCount).ToArray(), b = 0 } }));

var alike = AllAlike(0.5, 0.5, 0.1);
var starts = new (string Name, NeuralNetwork Network)[]
{
    ("every weight and bias 0", AllAlike(0, 0, 0)),
    ("every hidden neuron alike", alike),
    ("each neuron its own seed", NeuralNetwork.Create(new[] { 1, hiddenCount, 1 }, Activation.ReLU, Activation.Linear, seed: 0)),
};
foreach (var (name, start) in starts)
{
    double finalLoss = NetworkTrainer.Train(start, X, y, epochs, learningRate, batchSize: batchSize, shuffle: true, seed: shuffleSeed)[^1];
    var hidden = start.Layers[0].Neurons;
    int different = hidden.Select(nk => (nk.W[0], nk.b)).Distinct().Count();   // exactly equal w and b count once
    Print($"{name,-26} loss in epoch {epochs} {finalLoss:F5}; different hidden neurons: {different} of {hiddenCount}; hidden neuron 0: w = {hidden[0].W[0]:F4}, b = {hidden[0].b:F4}");
}
double meanOfY = y.Average();
Print($"the loss of the best constant, ŷ = the mean of y for every x: {y.Average(yi => (yi - meanOfY) * (yi - meanOfY)):F5}");

// [cell symmetry-chart]
Display("symmetry-chart", HingeChart(Snap(alike, epochs)));   // started alike: eight hinges, one on top of the other

// **Answer:** one. The network that started alike ends with eight copies of one hinge (the chart draws all eight, on
// top of each other, and their sum): its loss 0.14267 is what one hinge and a constant can do, not eight. The one
// started from zeros did not move at all, except its output bias $c$: its loss 0.51498 is, up to the wobble of the last steps, the
// 0.51496 of the best constant: the variance of the data. Only the network whose neurons started differently used all eight, and reached 0.00183.
//
// Why? Take two hidden neurons with the same $w$, the same $b$ and the same output weight $v$. For every $x$ they
// compute the same $z$ and the same output $a$; the output neuron hands them the same $\partial L/\partial a$ (it is
// $v \cdot \partial L/\partial \hat y$); so their $\partial L/\partial w$ and $\partial L/\partial b$ are the same, and
// the step changes both by the same amount. After the step they are still alike, and after the next one, forever:
// gradient descent cannot tell them apart. This is the **symmetry** that random starting weights break. Starting from 0
// is the extreme case: with ReLU every $z$ is 0, every output is 0 and so is every gradient that passes through them, so
// only $c$ learns (it learns the mean of $y$).
//
// That is why the library's `Neuron` starts from small random weights from a seed, and a `Layer` gives each neuron a
// seed of its own: different neurons, and the same seed gives the same network on every run.

// ### ✍️ Your turn 5: a layer's starting weights
//
// Write `NewLayer(inputCount, neuronCount, activation, seed)`: a layer of `neuronCount` neurons, each taking
// `inputCount` inputs, with the given activation, that starts exactly as the library's
// `new Layer(inputCount, neuronCount, activation, seed)` does. The library's rule: neuron $k$ (from 0) starts as
// `new Neuron(inputCount, s)` does, with the seed $s = \text{seed} + k$, so no two neurons of a layer start alike, and the
// same seed gives the same layer. Make the neurons yourself (a neuron's `Activation` can only be set as it is made, in an object initializer
// `{ … }`) and put them together with `new Layer(neurons)`, not with the four-argument `Layer` constructor (the check
// notices). The check compares your layers with the library's for
// three shapes, activations and seeds.

// [cell ex5-answer]
Layer NewLayer(int inputCount, int neuronCount, Activation activation, int seed)
{
    throw new NotImplementedException("✍️ your code here");
}

// [cell ex5-check]
// Checks NewLayer against the library's new Layer(inputCount, neuronCount, activation, seed), and names the likely mistake.
Display("ex5-check", Ex06.NewLayer.Check(NewLayer));

// [cell ex5-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("ex5-help", Ex06.NewLayer.Help());

// ## 10. The network against the best line
//
// The data, the best line, and the trained network's $\hat y$; then the loss per epoch on a logarithmic axis, with
// the best line's loss for comparison.

// [cell fit-chart]
double[] networkPrediction = network.Predict(X);
Display("fit-chart", Chart.Combine(new[]
    {
        Chart.Point<double, double, string>(x: x, y: y, Name: "data: sin x"),
        Chart.Line<double, double, string>(x: x, y: bestLine.Forward(X), Name: "the best line (one linear neuron)"),
        Chart.Line<double, double, string>(x: x, y: networkPrediction, Name: Invariant($"the network (8 hinges) after {epochs} epochs")),
    })
    .WithHover("x = %{x:.2f}<br>y = %{y:.3f}")
    .WithTitle("One neuron draws a line; eight hinges follow the curve")
    .WithXAxisStyle<double, double, string>(TitleText: "x")
    .WithYAxisStyle<double, double, string>(TitleText: "y and ŷ")
    .WithNotebookLayout());

// [cell loss-chart]
int[] epochNumbers = Enumerable.Range(1, epochs).ToArray();
Display("loss-chart", Chart.Combine(new[]
    {
        Chart.Line<int, double, string>(x: epochNumbers, y: lossByEpoch, Name: Invariant($"the network, mini-batches of {batchSize}, η = {learningRate}")),
        Chart.Line<int, double, string>(x: epochNumbers, y: epochNumbers.Select(_ => lineLoss), Name: "the best line's loss"),
    })
    .WithHover("epoch %{x}<br>loss %{y:.5f}")
    .WithTitle("Loss per epoch")
    .WithXAxisStyle<double, double, string>(TitleText: "epoch")
    .WithLogYAxis("loss (MSE)", lossByEpoch.Append(lineLoss))
    .WithNotebookLayout());

// [cell result]
double networkLoss = Losses.Mse(networkPrediction, y);
var (trainedError, trainedSmallestZ) = GradientCheck(network);
Print($"loss on the whole curve: the network {networkLoss:F5}, the best line {lineLoss:F5}: {lineLoss / networkLoss:F0} times lower");
Print($"gradient check on the trained network: relative error {trainedError:0.0E+0}, smallest |z| {trainedSmallestZ:0.0E+0}");

// The network's loss on the curve is 0.00187, 94 times below the 0.17525 of the best line, which no single linear
// neuron can beat. The gradient check passes on the trained network too, although training moved the kinks close to
// some data points: the smallest $|z|$ is now far smaller than at the start, yet still larger than $h$.

// ## Summary
//
// - A ReLU neuron with one input is a hinge: zero on one side of its kink $x = -b/w$, a line of slope $w$ on the other. A weighted sum of hinges, $\sum_k v_k\,\mathrm{ReLU}(w_k x + b_k) + c$, is a zig-zag that can follow a curve: $|x|$ takes two hinges, the sine on $[-3, 3]$ about eight.
// - That sum is a network: a hidden layer of ReLU neurons (`Layer`, its output $A$ is $n \times k$, one column per neuron; your `LayerForward`) and a linear output neuron, run one after the other (`NeuralNetwork.Forward`).
// - The backward pass runs from the last layer down. Each neuron adds its $\partial L/\partial W$, $\partial L/\partial b$ and returns $\partial L/\partial a_{\text{prev}} = \partial L/\partial z \cdot W$ (your `NeuronDLossDX`), with $\sigma'$ taken at the pre-activation $z$; a layer sums its neurons' parts, and that sum is the next lower layer's $\partial L/\partial A$: the loop you wrote in `TrainStep`.
// - The gradient check of all 25 parameters at once agrees with the chain rule far within $10^{-6}$, before and after training; it only needs every $z$ clear of ReLU's corner.
// - An epoch visits every example once, in a new order (X and y shuffled together, from a seeded `Random`), in batches of 32 with a smaller last one; its loss weights each batch's mean by the batch's size: your `Epoch`, the loop of `NetworkTrainer.Train`. It brings the loss far below the best line's: the network bends where a single neuron cannot.
// - Neurons that start alike stay alike: they get the same gradients, so a layer of them is one neuron many times, and all-zero weights do not learn at all. Each neuron starts from random weights of its own, from a seed (your `NewLayer`).
//
// **What's next.** Wider and deeper networks are more of the same: more neurons per layer, more layers, each passing
// $\partial L/\partial A$ down. `NeuralNetwork.Create(new[] { 1, 16, 16, 1 }, Activation.ReLU, Activation.Linear)`
// builds one in a line. Back to the start: [01-forward-pass.ipynb](01-forward-pass.ipynb).

// [cell outcome]
// Learning outcome: the network fits the sine far better than the best line can, and its gradients pass the check.
if (!(untrainedError <= tolerance && trainedError <= tolerance))
    throw new InvalidOperationException(
        $"The gradient check failed: relative error {untrainedError:0.00E+0} untrained, {trainedError:0.00E+0} trained; it must be at most {tolerance:0E+0}.");
if (!(networkLoss < 0.01 && networkLoss < lineLoss / 10))
    throw new InvalidOperationException(
        $"The network did not fit the curve: its loss is {networkLoss:F5}, but it must be below 0.01 and ten times below the best line's {lineLoss:F5}.");
Print($"✔ The network's loss {networkLoss:F5} is far below the best line's {lineLoss:F5} (below 0.01 and 10 times lower), and the gradient check passed.");

// ── The types the notebook's cells declare. A program declares its types after its statements; inside
// Program, like the kernel's nested script types, they can use the helpers the included files declare.
partial class Program
{
    // A copy of the parameters: the hidden (w, b) and the output (v, c).
    record Snapshot(int Epoch, double[] W, double[] B, double[] V, double C);
}
