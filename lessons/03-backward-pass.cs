#!/usr/bin/env dotnet
// 3. The backward pass: the chain rule, one factor at a time
//
// Run it from the repository root with the .NET 10 SDK (10.0.300 or later):   dotnet run --file lessons/03-backward-pass.cs
// (--file, because the repository root also holds the library's project, which `dotnet run` would pick; inside
// lessons/, `dotnet run 03-backward-pass.cs` works too). It prints what the notebook prints. A chart is saved as an HTML
// page under lessons/output/03-backward-pass/; the path is printed: open it in a browser.
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
// Generated from notebooks/03-backward-pass.ipynb by tools/LessonGenerator: the notebook is the source. Its markdown is in
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
// The files the notebook #loads, translated: your MyNeuron.cs.
#:include MyNeuron.cs

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

// # 3. The backward pass: the chain rule, one factor at a time
//
// In notebook 2 we measured how wrong the untrained neuron is with one number, the loss $L$. To do better, the neuron
// needs to know, for each parameter, which way to move it and how strongly the loss reacts: the **gradient**
// $\partial L/\partial w$ and $\partial L/\partial b$. This notebook computes it with the chain rule, one factor at a
// time, and then checks it independently.
//
// ⏱ about 50 minutes.
//
// **What you will learn**
//
// - to see the loss of one example as a *computational graph*: a chain of small steps, each with a simple local derivative;
// - the chain rule $\dfrac{\partial L}{\partial w} = \dfrac{\partial L}{\partial \hat y}\cdot\dfrac{\partial \hat y}{\partial z}\cdot\dfrac{\partial z}{\partial w}$, worked out for one example in a table, and compared with the library's `Backward`;
// - the batch form: the gradient of the mean loss over all examples;
// - what `Backward` does when you call it a second time, and what `ResetGrad` is for;
// - to write `Backward` and `ResetGrad` in your own neuron, `MyNeuron.csx`;
// - the numerical gradient check with central differences, and why central differences are so much more accurate than one-sided ones.
//
// **What you need from before**
//
// - Notebook 1 ([01-forward-pass.ipynb](01-forward-pass.ipynb)): the forward pass $z = \sum_j w_j x_j + b$, $\hat y = \sigma(z)$ with the linear activation $\sigma(z) = z$, and `GetData()`.
// - Notebook 2 ([02-loss.ipynb](02-loss.ipynb)): the mean squared error $L = \frac{1}{n}\sum_i (\hat y_i - y_i)^2$ and its derivative with respect to each prediction, $\partial L/\partial \hat y_i = \frac{2}{n}(\hat y_i - y_i)$ (`Losses.DMseDYHat`).
// - A little calculus: the derivative as a slope, and the chain rule for $f(g(x))$.
//
// **How to run it**, three ways. (1) In VS Code with the Polyglot Notebooks extension, or in Jupyter with the .NET
// Interactive kernel (Microsoft deprecated both in 2026; they still work), in the kernel version the course pins (README.md
// says how): open this notebook and choose **Run All**.
// (2) As a program, in any editor with C# IntelliSense and a debugger: from the repository root,
// `dotnet run --file lessons/03-backward-pass.cs` runs this notebook as one C# file, its text in comments (your
// neuron is then in `lessons/MyNeuron.cs`). (3) Headless, from the repository root:
// `dotnet run --project tools/NotebookRunner.Cli -- notebooks/03-backward-pass.ipynb`. The first run builds the
// course library and downloads the chart packages, which can take a minute.

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

// [cell setup-neuron]
// YOUR neuron: MyNeuron.csx, the file beside this notebook that you write in, piece by piece. In a cell of its own, so
// that a typo in the file stops only this cell: fix it, save it and run this cell again.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)

// ## 1. The data and the untrained neuron
//
// The same starting point as before: 30 points on the line $y = 2x + 1$, and a neuron with one weight $w$ and a bias
// $b$, started from the default seed. Nothing has been learned yet.

// [cell data]
var (X, y) = GetData();
int n = y.Length;
var neuron = new Neuron(featureCount: 1);
Print($"n = {n} examples; untrained {neuron}");

// ## 2. The computational graph of one example
//
// Take one example $(x, y)$. It has one feature, so $W$ is a single weight $w$. Its loss is computed in three small
// steps (for one example $n = 1$, so the mean of the squared errors is just the square):
//
// $$z = w\,x + b, \qquad \hat y = \sigma(z), \qquad L = (\hat y - y)^2 .$$
//
// Drawn as a graph, the values flow left to right; every arrow is labelled with its **local derivative**: how much the
// arrow's output moves per unit of movement of its input, everything else held fixed. That "everything else held
// fixed" is what the curly $\partial$ says: $\partial z/\partial w$ is the derivative of $z$ with respect to $w$ while
// $x$ and $b$ stay put. The picture gives the product $wx$ its own box, so the path from $w$ to $z$ has two arrows,
// $\partial(wx)/\partial w = x$ and $\partial z/\partial(wx) = 1$; their product is the table's
// $\partial z/\partial w = x\cdot 1 = x$.
//
// [figure ../assets/computational-graph.svg: The computational graph of one example: x and w go into a multiplication whose output is wx, b is added to give z, the activation σ gives ŷ, and the squared error (ŷ − y)² gives the loss L. The arrows carry the local derivatives ∂(wx)/∂w = x, ∂z/∂(wx) = 1, ∂z/∂b = 1, ∂ŷ/∂z = σ′(z), ∂L/∂ŷ = 2(ŷ − y).]
//
// | step | local derivative | for our neuron |
// |---|---|---|
// | $z = w\,x + b$ | $\partial z/\partial w = x$, $\quad\partial z/\partial b = 1$ | the example's feature `X[i, 0]`, and $1$ |
// | $\hat y = \sigma(z)$ | $\partial \hat y/\partial z = \sigma'(z)$ | $1$ for the linear activation: `DLinearDz(z)` |
// | $L = (\hat y - y)^2$ | $\partial L/\partial \hat y = 2(\hat y - y)$ | `2 * (yHat - y[i])`: negative when the prediction is too low |

// **The chain rule.** Nudge $w$ by a tiny $\Delta w$. Then $z$ moves by $\frac{\partial z}{\partial w}\Delta w$, which
// moves $\hat y$ by $\frac{\partial \hat y}{\partial z}$ times *that*, which moves $L$ by $\frac{\partial L}{\partial \hat y}$
// times that again. So the effect of $w$ on $L$ is the product of the local derivatives along the path from $w$ to $L$:
//
// $$\frac{\partial L}{\partial w} = \frac{\partial L}{\partial \hat y}\cdot\frac{\partial \hat y}{\partial z}\cdot\frac{\partial z}{\partial w} = 2(\hat y - y)\cdot 1\cdot x,
// \qquad
// \frac{\partial L}{\partial b} = \frac{\partial L}{\partial \hat y}\cdot\frac{\partial \hat y}{\partial z}\cdot\frac{\partial z}{\partial b} = 2(\hat y - y)\cdot 1\cdot 1 .$$
//
// It is called the **backward pass** because the product is built from the loss backwards: first $\partial L/\partial \hat y$,
// then times $\partial \hat y/\partial z$ (this part is shared by every parameter, so it is computed once), and only
// the last factor differs per parameter. The forward pass must keep its intermediate values ($x$, $z$, $\hat y$):
// the local derivatives are evaluated at them.

// ## 3. One example, step by step
//
// Let us do it by hand for the example at index $i = 20$ (the 21st; C# counts from 0). First the forward pass, keeping every intermediate value:

// [cell one-forward]
int i = 20;
double x = X[i, 0];
double w = neuron.W[0];
double b = neuron.b;

double z = w * x + b;
double yHat = Linear(z);
double loss = (yHat - y[i]) * (yHat - y[i]);
Print($"x = {x:F4}, y = {y[i]:F4}, w = {w:F4}, b = {b:F4}");
Print($"z = {z:F4}, ŷ = {yHat:F4}, L = {loss:F4}");

// Now the backward pass: one variable per local derivative, named after it (`dLossDYHat` is $\partial L/\partial \hat y$,
// `dYHatDz` is $\partial \hat y/\partial z$, and so on), then the two products.

// [cell one-factors]
double dLossDYHat = 2 * (yHat - y[i]);   // ∂L/∂ŷ
double dYHatDz = DLinearDz(z);       // ∂ŷ/∂z = σ′(z)
double dzDw = x;                         // ∂z/∂w
double dzDb = 1;                         // ∂z/∂b

double dLossDW = dLossDYHat * dYHatDz * dzDw;   // ∂L/∂w
double dLossDb = dLossDYHat * dYHatDz * dzDb;   // ∂L/∂b

// The step-through table: one row per parameter, one column per factor of the chain rule, and their product.

// [cell one-table]
Print($"{"parameter",-10}{"∂L/∂ŷ",10}   {"∂ŷ/∂z",10}   {"∂z/∂param",10}   {"∂L/∂param",10}");
Print($"{"w",-10}{dLossDYHat,10:F4} × {dYHatDz,10:F4} × {dzDw,10:F4} = {dLossDW,10:F4}");
Print($"{"b",-10}{dLossDYHat,10:F4} × {dYHatDz,10:F4} × {dzDb,10:F4} = {dLossDb,10:F4}");

// How to read it. $\partial L/\partial \hat y$ is negative: the prediction is below the target, so a larger $\hat y$
// would mean a smaller loss. The linear activation passes that on unchanged ($\partial \hat y/\partial z = 1$). The
// last column is the gradient: both entries are negative, so increasing $w$ or $b$ a little would lower this example's
// loss, and $b$ has the stronger effect here, because $w$'s influence on $z$ is scaled by $x$, which is smaller than 1.
//
// Now the library. `Forward` remembers $x$ and $z$; `Backward` receives $\partial L/\partial \hat y$ from us (the loss
// is not the neuron's business), multiplies by $\sigma'(z)$ and then by $x$ (for $w$) or $1$ (for $b$), and puts the
// results in `dLossDW` and `dLossDb`. `Forward` also has a one-example form that takes $x$ as a plain
// array, `Forward(new[] { x })`, and returns that example's $\hat y$ as one number; `Backward` then takes its one
// $\partial L/\partial \hat y$ as a number too:

// [cell one-library]
neuron.ResetGrad();
double yHatLibrary = neuron.Forward(new[] { x });
neuron.Backward(2 * (yHatLibrary - y[i]));
Print($"∂L/∂w: by hand {dLossDW:F6}, Backward {neuron.dLossDW[0]:F6}");
Print($"∂L/∂b: by hand {dLossDb:F6}, Backward {neuron.dLossDb:F6}");

// ## 4. The batch form
//
// Over all $n$ examples the loss is the mean $L = \frac{1}{n}\sum_{i=1}^{n}(\hat y_i - y_i)^2$. Each example has its own
// path through the graph, and $w$ and $b$ sit on every one of them, so their effects add up: the gradient is the
// **sum** of the per-example chains, and the $\frac{1}{n}$ of the mean ends up in $\partial L/\partial \hat y_i$:
//
// $$\frac{\partial L}{\partial w} = \sum_{i=1}^{n} \frac{\partial L}{\partial \hat y_i}\cdot\frac{\partial \hat y_i}{\partial z_i}\cdot\frac{\partial z_i}{\partial w}
//  = \frac{2}{n}\sum_{i=1}^{n} (\hat y_i - y_i)\cdot 1\cdot x_i,
// \qquad
// \frac{\partial L}{\partial b} = \frac{2}{n}\sum_{i=1}^{n} (\hat y_i - y_i)\cdot 1\cdot 1 .$$
//
// With several features there is one weight $w_j$ per column of $X$, and $\partial z_i/\partial w_j = x_{ij}$, so
// $\partial L/\partial w_j = \frac{2}{n}\sum_i(\hat y_i - y_i)\,\sigma'(z_i)\,x_{ij}$: that array is `dLossDW`.
//
// The library does this on the whole matrix in three calls: `Forward(X)` gives every $\hat y_i$,
// `Losses.DMseDYHat` every $\partial L/\partial \hat y_i$ (the $\frac{2}{n}$ included), and `Backward` the rest.

// [cell batch-library]
neuron.ResetGrad();
double[] yHatAll = neuron.Forward(X);
double[] dLossDYHatAll = Losses.DMseDYHat(yHatAll, y);
neuron.Backward(dLossDYHatAll);
Print($"L = {Losses.Mse(yHatAll, y):F4}");
Print($"∂L/∂w = {neuron.dLossDW[0]:F4}, ∂L/∂b = {neuron.dLossDb:F4}");

// Both are negative: over the whole data set the neuron's line is too flat and too low, so gradient descent (next
// notebook) will raise $w$ and $b$, towards the true slope 2 and intercept 1.

// ### ✍️ Your turn 1: the batch gradient by hand
//
// Write `BatchGradients(X, y, w, b)`: it returns $\left(\frac{\partial L}{\partial w}, \frac{\partial L}{\partial b}\right)$
// of the mean squared error over **all** rows of `X`, for a one-feature neuron with weight `w`, bias `b` and the linear
// activation: the batch form above, computed with a loop and arithmetic only (no `Neuron`, no `Losses`). The check
// compares your result with the library's `Backward` at three different $(w, b)$ on the course data, and on a few random
// points.

// [cell ex1-answer]
(double dLossDW, double dLossDb) BatchGradients(double[,] X, double[] y, double w, double b)
{
    throw new NotImplementedException("✍️ your code here");
}

// [cell ex1-check]
// Checks BatchGradients against the library's Backward, and names the likely mistake.
Display("ex1-check", Ex03.BatchGradients.Check(BatchGradients));

// [cell ex1-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("ex1-help", Ex03.BatchGradients.Help());

// ## 5. Calling `Backward` twice
//
// Look again at the cells above: each one calls `ResetGrad()` before `Backward`. What is that for? An experiment tells.
//
// ### 🤔 Predict, then run
//
// The next cell calls `ResetGrad()` once, then runs forward and backward on all 30 examples **twice**, without
// `ResetGrad` in between. The parameters do not change. What will $\partial L/\partial w$ be after the second pass:
// the same as after the first, twice as much, or something else? Decide before you run it.

// [cell accumulate-twice]
neuron.ResetGrad();
for (int pass = 1; pass <= 2; pass++)
{
    neuron.Backward(Losses.DMseDYHat(neuron.Forward(X), y));
    Print($"after pass {pass}: ∂L/∂w = {neuron.dLossDW[0]:F4}, ∂L/∂b = {neuron.dLossDb:F4}");
}

// ### Gradient accumulation
//
// **Answer:** twice as much. `Backward` does not *replace* the gradients, it **adds** to them
// ($\text{dLossDW} \mathrel{+}= \dots$): same parameters, same loss, so the second pass added the same
// gradient again. This is called **gradient accumulation**, and `ResetGrad()` is its counterpart: it sets the
// gradients back to 0. Why that matters: training (notebook 4) moves each parameter a small step *against* its
// gradient, $w \leftarrow w - \eta\,\partial L/\partial w$, where the **learning rate** $\eta$ (eta) is a small positive
// number that sets the step size. A step taken with these doubled numbers would go twice as far as intended.
//
// Why would anyone design `Backward` like that? Because adding is exactly right when the loss is a sum: the gradient
// of a sum is the sum of the gradients. You can run `Backward` one example at a time, each with its
// $\partial L/\partial \hat y_i = \frac{2}{n}(\hat y_i - y_i)$, and the accumulated total is the batch gradient of
// section 4. (The library's `Trainer` uses this to push a big batch through in slices that fit in the CPU cache.)

// [cell accumulate-examples]
neuron.ResetGrad();
// The notebook names this i, but the lesson has a variable i (cell one-forward) that a block inside it may not reuse, so here it is i2.
for (int i2 = 0; i2 < n; i2++)
{
    double yHatI = neuron.Forward(new[] { X[i2, 0] });
    neuron.Backward(2.0 / n * (yHatI - y[i2]));
}
Print($"30 one-example passes: ∂L/∂w = {neuron.dLossDW[0]:F4}, ∂L/∂b = {neuron.dLossDb:F4}");

// The same numbers as the batch form. So accumulation is a feature, and the price is that *you* must say when a new
// gradient starts: `ResetGrad()`, once before each step.
//
// **The bug.** Here is what happens if you forget it. Two identical neurons take 10 steps of gradient descent with
// the same learning rate $\eta = 0.3$ (`learningRate`; notebook 4 is all about this loop). Each step is
// `Step(learningRate)`, which moves every parameter against its gradient: $W \mathrel{-}= \eta\cdot\partial L/\partial W$
// and $b \mathrel{-}= \eta\cdot\partial L/\partial b$. The only difference between the two: one calls `ResetGrad()`
// before each `Backward`, the other does not.

// [cell forgot-reset]
var careful = new Neuron(featureCount: 1);
var forgetful = new Neuron(featureCount: 1);
const double learningRate = 0.3;   // η
const int stepCount = 10;
var lossWithResetGrad = new List<double>();
var lossWithoutResetGrad = new List<double>();

Print($"{stepCount} steps of gradient descent with η = {learningRate}, from the same untrained neuron:");
Print($"{"step",4}   {"b with ResetGrad",16}   {"b without",10}   {"L with ResetGrad",16}   {"L without",10}");
for (int step = 1; step <= stepCount; step++)
{
    careful.ResetGrad();
    careful.Backward(Losses.DMseDYHat(careful.Forward(X), y));
    careful.Step(learningRate);

    forgetful.Backward(Losses.DMseDYHat(forgetful.Forward(X), y));   // no ResetGrad
    forgetful.Step(learningRate);

    double lossCareful = Losses.Mse(careful.Forward(X), y);
    double lossForgetful = Losses.Mse(forgetful.Forward(X), y);
    lossWithResetGrad.Add(lossCareful);
    lossWithoutResetGrad.Add(lossForgetful);
    Print($"{step,4}   {careful.b,16:F4}   {forgetful.b,10:F4}   {lossCareful,16:F6}   {lossForgetful,10:F6}");
}

// The same two runs as a picture: the loss after each step.

// [cell forgot-chart]
int[] steps = Enumerable.Range(1, lossWithResetGrad.Count).ToArray();
Display("forgot-chart", Chart.Combine(new[]
    {
        Chart.Line<int, double, string>(x: steps, y: lossWithResetGrad, ShowMarkers: true, Name: "with ResetGrad"),
        Chart.Line<int, double, string>(x: steps, y: lossWithoutResetGrad, ShowMarkers: true, Name: "without ResetGrad (the bug)"),
    })
    .WithHover("step %{x}<br>loss %{y:.4f}")
    .WithTitle("Forgetting ResetGrad: old gradients keep pushing")
    .WithXAxisStyle<double, double, string>(TitleText: "step of gradient descent")
    .WithYAxisStyle<double, double, string>(TitleText: "loss (MSE)")
    .WithNotebookLayout());

// Step 1 is the same for both (the gradients started at zero). From step 2 on, the forgetful neuron steps with the
// **sum of every gradient so far**. At first that even looks *better*: after step 2 its loss is 0.376873, below the
// careful neuron's 0.453929, because the old gradient still points roughly the right way and the double push gets
// further. Then it goes wrong. Watch $b$: the careful neuron's bias creeps towards the true intercept 1 and its
// loss shrinks at every step. The forgetful one's bias overshoots to about 2, swings back to about 0, and around again:
// its old gradients keep pushing long after they stopped being true, so each step goes too far and the loss goes up
// and down instead of down. Nothing crashes and no exception is thrown: that is what makes this bug nasty. Remember
// the order: **ResetGrad → Forward → loss → Backward → Step**.

// Now your own neuron gets both methods, in [MyNeuron.csx](MyNeuron.csx), the file you started in notebook 1 (a piece
// you have not written yet borrows the library's version, so the file always runs). The library's `Neuron`,
// [lib/Neuron.cs](../lib/Neuron.cs), is what your neuron is checked against, and what the later notebooks use.

// ### ✍️ Your neuron: `Backward`
//
// `Backward(dLossDYHat)` receives $\partial L/\partial \hat y_i$ for every row $i$ of the last `Forward`, and **adds**
// to `dLossDW` and `dLossDb` the gradients of section 4's batch form, now for any number of features $f$ and with your
// activation's derivative `DSigmaDz` as $\sigma'$. `Forward` kept `lastX` and `lastZ` for this. The check gives your
// neuron a forward pass's `lastX` and `lastZ` and compares your gradients with the library's `Backward` on the course
// data and on random matrices with 2 and 3 features, then calls `Backward` a second time without `ResetGrad` and
// expects twice the gradients.

// [cell mine-backward-check]
// Checks your Backward against the library's Neuron. It re-reads MyNeuron.csx: after you save the file, run this cell again.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)
Display("mine-backward-check", Ex03.Backward.Check(Yours));

// [cell mine-backward-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("mine-backward-help", Ex03.Backward.Help());

// ### ✍️ Your neuron: `ResetGrad`
//
// Because your `Backward` adds, your neuron needs the reset too: `ResetGrad()` sets every gradient of the neuron back to
// where a new neuron's gradients start. `dLossDW` stays an array with one entry per weight: `Backward` adds to it.

// [cell mine-resetgrad-check]
// Checks your ResetGrad. It re-reads MyNeuron.csx: after you save the file, run this cell again.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)
Display("mine-resetgrad-check", Ex03.ResetGrad.Check(Yours));

// [cell mine-resetgrad-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("mine-resetgrad-help", Ex03.ResetGrad.Help());

// ## 6. Checking the gradient numerically
//
// How do we know a backward pass is right? The derivative is the limit of a slope, so we can *estimate* it by running
// only the forward pass, at $w + h$ and at $w - h$ for a small $h$: no chain rule, no `Backward`:
//
// $$\frac{\partial L}{\partial w} \approx \frac{L(w + h) - L(w - h)}{2h}.$$
//
// This is slow (two forward passes per parameter; a network with a million weights would need two million), so
// nobody trains with it, but it is the independent referee for any backward pass you write.
//
// **Why central differences?** Expand $L$ around $w$ (Taylor):
// $L(w \pm h) = L(w) \pm h\,L'(w) + \frac{h^2}{2}L''(w) \pm \frac{h^3}{6}L'''(w) + \dots$
//
// - one-sided: $\dfrac{L(w+h) - L(w)}{h} = L'(w) + \dfrac{h}{2}L''(w) + \dots$, an error of order $h$;
// - central: the even terms cancel, $\dfrac{L(w+h) - L(w-h)}{2h} = L'(w) + \dfrac{h^2}{6}L'''(w) + \dots$, an error of order $h^2$.
//
// With $h = 10^{-5}$ that is the difference between an error around $10^{-5}$ and one around $10^{-10}$.
//
// First, the loss as a function of the parameters alone, and the library's gradient at the same point. Each function
// takes an `Activation`: the library's record that pairs $\sigma$ with its derivative $\sigma'$
// ([lib/Activations.cs](../lib/Activations.cs)). `Activation.Linear`, $\sigma(z) = z$ with $\sigma'(z) = 1$, is the
// neuron's default; *Your turn 2* passes another one.

// [cell loss-at]
// L(w, b): a fresh neuron with these parameters, its forward pass on all the data, and the loss. Nothing else.
double LossAt(Activation activation, double w, double b)
{
    var probe = new Neuron(featureCount: 1) { Activation = activation, W = new[] { w }, b = b };
    return Losses.Mse(probe.Forward(X), y);
}

// (∂L/∂w, ∂L/∂b) from the chain rule: the library's Backward.
(double dLossDW, double dLossDb) BackwardAt(Activation activation, double w, double b)
{
    var probe = new Neuron(featureCount: 1) { Activation = activation, W = new[] { w }, b = b };
    probe.Backward(Losses.DMseDYHat(probe.Forward(X), y));
    return (probe.dLossDW[0], probe.dLossDb);
}

// (∂L/∂w, ∂L/∂b) from central differences: forward passes only.
(double dLossDW, double dLossDb) CentralDifferencesAt(Activation activation, double w, double b, double h) =>
    ((LossAt(activation, w + h, b) - LossAt(activation, w - h, b)) / (2 * h),
     (LossAt(activation, w, b + h) - LossAt(activation, w, b - h)) / (2 * h));

// ### 🤔 Predict, then run
//
// The next cell estimates $\partial L/\partial w$ at the untrained neuron's parameters with both formulas, for $h$
// from $10^{-1}$ down to $10^{-9}$, and prints each estimate's distance from `Backward`'s value. Predict: does the
// one-sided estimate keep improving as $h$ shrinks, all the way down?

// [cell h-table]
double w0 = new Neuron(featureCount: 1).W[0], b0 = 0;
double exact = BackwardAt(Activation.Linear, w0, b0).dLossDW;
Print($"∂L/∂w from Backward: {exact:F10}");
Print($"{"h",8}   {"one-sided error",16}   {"central error",16}");
for (int k = 1; k <= 9; k++)
{
    // The notebook names this h, but the lesson has a variable h (cell gradient-check) that a block inside it may not reuse, so here it is h2.
    double h2 = Math.Pow(10, -k);
    double oneSided = (LossAt(Activation.Linear, w0 + h2, b0) - LossAt(Activation.Linear, w0, b0)) / h2;
    double central = (LossAt(Activation.Linear, w0 + h2, b0) - LossAt(Activation.Linear, w0 - h2, b0)) / (2 * h2);
    Print($"{h2,8:0E+0}   {Math.Abs(oneSided - exact),16:0.00E+0}   {Math.Abs(central - exact),16:0.00E+0}");
}

// **Answer:** no. The one-sided error first shrinks in proportion to $h$ (ten times smaller $h$, ten times smaller
// error: the $\frac{h}{2}L''$ term), but below about $h = 10^{-8}$ it grows again. The reason is rounding: a `double`
// holds about 16 significant digits, $L(w+h)$ and $L(w)$ agree in almost all of them, and dividing their tiny
// difference by a tiny $h$ magnifies the rounding error, roughly like $10^{-16}/h$.
//
// The central error is at rounding level (around $10^{-15}$) already at $h = 10^{-1}$, and from there it only grows as
// $h$ shrinks. Our loss is a parabola in $w$ (the neuron is linear and the loss is a square), so $L''' = 0$ and the
// $h^2$ term vanishes altogether: only rounding error is left. With a
// curved activation, as in *Your turn 2*, the $\frac{h^2}{6}L'''$ term is real. A value like $h = 10^{-5}$ balances the
// two.

// ### The gradient check
//
// Now the check itself, for both parameters and at several points, not just one (a wrong formula can be right by
// accident at a single point). We compare with the **relative error**
// $\dfrac{|g_{\text{backward}} - g_{\text{numerical}}|}{\max(|g_{\text{backward}}|, |g_{\text{numerical}}|)}$,
// because gradients can be large or small and only the number of agreeing digits matters. The tolerance is
// $10^{-7}$ (seven digits agree), and the cell **throws** if any point misses it.

// [cell gradient-check]
const double h = 1e-5;
const double tolerance = 1e-7;

double RelativeError(double a, double b) =>
    Math.Abs(a - b) / Math.Max(1e-12, Math.Max(Math.Abs(a), Math.Abs(b)));   // 1e-12 avoids 0/0 at a minimum

// The worst relative error of Backward against central differences, over both parameters and several points.
double WorstRelativeError(Activation activation, bool print)
{
    double worst = 0;
    foreach (var (w, b) in new[] { (w0, b0), (-1.5, 0.25), (3.0, -2.0), (2.5, 1.5) })
    {
        var backward = BackwardAt(activation, w, b);
        var numerical = CentralDifferencesAt(activation, w, b, h);
        double error = Math.Max(RelativeError(backward.dLossDW, numerical.dLossDW),
                                RelativeError(backward.dLossDb, numerical.dLossDb));
        worst = Math.Max(worst, error);
        if (print)
            Print($"w = {w,7:F4}, b = {b,5:F2}:  Backward ({backward.dLossDW,8:F4}, {backward.dLossDb,8:F4})   central ({numerical.dLossDW,8:F4}, {numerical.dLossDb,8:F4})   relative error {error:0.0E+0}");
    }
    return worst;
}

double worstLinear = WorstRelativeError(Activation.Linear, print: true);
if (!(worstLinear < tolerance))
    throw new InvalidOperationException(
        $"Gradient check failed: the worst relative error is {worstLinear:0.00E+0}, but it must be below {tolerance:0E+0}.");
Print($"✔ Gradient check passed: worst relative error {worstLinear:0.0E+0} < {tolerance:0E+0}");

// The chain rule and the numerical estimate agree to about ten digits everywhere we looked. How to read a relative
// error in a gradient check of your own:
//
// - **below $10^{-7}$**: fine. At least seven digits agree; what is left is rounding and the $h^2$ term.
// - **$10^{-7}$ to $10^{-3}$**: look closer. It can be harmless where the function has a kink (like $\max(0, z)$ at
//   $z = 0$, where the two sides of the central difference see different slopes) or when $h$ is far too large or too small.
// - **$10^{-3}$ to $10^{-2}$**: suspicious, almost always a bug: only two or three digits agree, as when a small term
//   is missing or wrong, say a factor left out for some examples or an off-by-one in a loop.
// - **above $10^{-2}$**: the formula is wrong.

// ### ✍️ Your turn 2: a curved activation, checked numerically
//
// The chain rule does not care which activation sits in the middle; only the factor $\partial \hat y/\partial z = \sigma'(z)$
// changes. Give the neuron the S-shaped activation $\sigma(z) = \tanh(z)$ (`Math.Tanh`), which squashes every $z$ into
// $(-1, 1)$. Write its derivative in `DTanhDz(z)`, the counterpart of `DLinearDz`. The check builds
// `new Activation("tanh", Math.Tanh, DTanhDz)` and runs the gradient check above on a neuron with it: the library's
// `Backward` will use your derivative, and central differences will referee.

// [cell ex2-answer]
double DTanhDz(double z) => throw new NotImplementedException("✍️ your code here");   // the derivative of tanh at z

// [cell ex2-check]
// Runs the gradient check with your derivative of tanh and, if it fails, names the likely mistake.
Display("ex2-check", Ex03.DTanh.Check(DTanhDz));

// [cell ex2-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("ex2-help", Ex03.DTanh.Help());

// ## Summary
//
// - The loss of one example is a chain $w, b \to z = wx + b \to \hat y = \sigma(z) \to L = (\hat y - y)^2$; each link has a simple local derivative.
// - The chain rule multiplies them along the path: $\dfrac{\partial L}{\partial w} = \dfrac{\partial L}{\partial \hat y}\cdot\dfrac{\partial \hat y}{\partial z}\cdot\dfrac{\partial z}{\partial w} = 2(\hat y - y)\cdot\sigma'(z)\cdot x$, and the same with $\partial z/\partial b = 1$ for the bias. For the linear activation $\sigma'(z) = 1$ (`DLinearDz`).
// - Over a batch the per-example chains add up, with the $\frac{2}{n}$ of the mean in $\partial L/\partial \hat y_i$. `Forward(X)` → `Losses.DMseDYHat` → `Backward` computes it.
// - `Backward` **accumulates**. That is what lets gradients be summed over examples or slices, and it is why every step starts with `ResetGrad()`: forget it, and each step uses the sum of all past gradients and overshoots.
// - Your neuron now has them too: `Backward` and `ResetGrad` in `MyNeuron.csx`, checked against the library's `Neuron`.
// - Central differences, $\frac{L(w+h) - L(w-h)}{2h}$, estimate a derivative with an error of order $h^2$ (one-sided: order $h$); our backward pass agrees with them to a relative error far below $10^{-7}$.
//
// **What's next:** [04-training.ipynb](04-training.ipynb) uses these gradients. Step downhill,
// $W \leftarrow W - \eta\,\partial L/\partial W$, one example at a time, epoch after epoch, until the neuron has found
// the line $y = 2x + 1$.

// [cell outcome]
// Learning outcome: the chain-rule gradients (Backward) agree with central differences within the tolerance.
double worstRelativeError = WorstRelativeError(Activation.Linear, print: false);
if (!(worstRelativeError < tolerance))
    throw new InvalidOperationException(
        $"The gradient check failed: Backward and central differences differ by a relative error of " +
        $"{worstRelativeError:0.00E+0}, but they must agree within {tolerance:0E+0}.");
Print($"✔ Backward passed the gradient check: worst relative error {worstRelativeError:0.0E+0} < {tolerance:0E+0}.");
