#!/usr/bin/env dotnet
// 4. Training: gradient descent, one example at a time
//
// Run it from the repository root with the .NET 10 SDK (10.0.300 or later):   dotnet run --file lessons/04-training.cs
// (--file, because the repository root also holds the library's project, which `dotnet run` would pick; inside
// lessons/, `dotnet run 04-training.cs` works too). It prints what the notebook prints. A chart is saved as an HTML
// page under lessons/output/04-training/; the path is printed: open it in a browser.
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
// Generated from notebooks/04-training.ipynb by tools/LessonGenerator: the notebook is the source. Its markdown is in
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

// # 4. Training: gradient descent, one example at a time
//
// Notebook 3 gave us the gradient: for every parameter, which way is uphill on the loss and how steep it is. Training
// is now a short loop: take a small step *downhill*, measure again, repeat. By the end of this notebook the neuron will
// have found the line behind the data, $y = 2x + 1$, on its own.
//
// ⏱ about 60 minutes.
//
// **What you will learn**
//
// - gradient descent: $W \leftarrow W - \eta\,\dfrac{\partial L}{\partial W}$, $\;b \leftarrow b - \eta\,\dfrac{\partial L}{\partial b}$, and what the learning rate $\eta$ is, and you write it as `Step` in your `MyNeuron.csx`;
// - the training loop written out by hand, per example: *for each epoch, for each example:* `ResetGrad` → `Forward` → loss → `Backward` → `Step`, and you write it as `Train` in `MyNeuron.csx`;
// - the library's `Trainer.Train`, which runs the same loop in one line and gives exactly the same numbers;
// - how to watch learning: the fitted line after several epochs, and the loss curve on a logarithmic scale;
// - the learning rate: too small, good, too large, and where "too large" starts, from three lines of school algebra;
// - per-example versus full-batch (and mini-batch) gradient descent, and why they tolerate different learning rates;
// - the loss as a bowl over $(w, b)$, with the path gradient descent takes down into it;
// - what changes with noisy data: close to the best line, or exactly on it;
// - the capstone: **your** neuron, trained by **your** loop, finds $y = 2x + 1$.
//
// **What you need from before**
//
// - Notebook 3 ([03-backward-pass.ipynb](03-backward-pass.ipynb)): `Backward` computes $\partial L/\partial W$ and $\partial L/\partial b$ by the chain rule, it *adds* to `dLossDW` and `dLossDb`, and `ResetGrad()` clears them.
// - Notebooks 1 and 2: the forward pass, `GetData()`, and the mean squared error.
// - Your `MyNeuron.csx` from notebooks 1 to 3 (constructor, `Forward`, `Mse`, `DMseDYHat`, `ResetGrad`, `Backward`). A piece
//   you have not written yet borrows the library's version, so everything here runs anyway; the capstone at the end
//   tells you which pieces still borrow.
//
// **How to run it**, three ways. (1) In VS Code with the Polyglot Notebooks extension, or in Jupyter with the .NET
// Interactive kernel (Microsoft deprecated both in 2026; they still work), in the kernel version the course pins (README.md
// says how): open this notebook and choose **Run All**.
// (2) As a program, in any editor with C# IntelliSense and a debugger: from the repository root,
// `dotnet run --file lessons/04-training.cs` runs this notebook as one C# file, its text in comments (your neuron is
// then in `lessons/MyNeuron.cs`). (3) Headless, from the repository root:
// `dotnet run --project tools/NotebookRunner.Cli -- notebooks/04-training.ipynb`. The first run builds the course
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

// [cell setup-neuron]
// YOUR neuron: MyNeuron.csx, the file beside this notebook that you write in, piece by piece. In a cell of its own, so
// that a typo in the file stops only this cell: fix it, save it and run this cell again.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)

// ## 1. Where we start
//
// The 30 points on $y = 2x + 1$ and the untrained neuron, as in the previous notebooks.

// [cell data]
var (X, y) = GetData();
int n = y.Length;
var untrained = new Neuron(featureCount: 1);
Print($"n = {n} examples; untrained {untrained}; loss {Losses.Mse(untrained.Forward(X), y):F4}");

// ## 2. Gradient descent
//
// The gradient $\partial L/\partial w$ says how much the loss rises per unit increase of $w$. To make the loss
// *fall*, move $w$ the other way, by a step proportional to the slope:
//
// $$W \leftarrow W - \eta\,\frac{\partial L}{\partial W}, \qquad b \leftarrow b - \eta\,\frac{\partial L}{\partial b}.$$
//
// $\eta$ (eta), the **learning rate**, sets the step size. Where the bowl is steep the step is big; near the bottom the
// slope, and with it the step, shrinks to nothing. In the course library, `Neuron.Step(learningRate)`
// ([lib/Neuron.cs](../lib/Neuron.cs)) does exactly this update with the gradients that `Backward` left in the neuron.
// The library's `Neuron` is what your own neuron is checked against, and what the experiments in the rest of this
// notebook use.
//
// One step on the whole data set, to see it work:

// [cell one-step]
var neuron = new Neuron(featureCount: 1);
const double learningRate = 0.05;   // η

neuron.ResetGrad();
double[] yHat = neuron.Forward(X);
double lossBefore = Losses.Mse(yHat, y);
neuron.Backward(Losses.DMseDYHat(yHat, y));
neuron.Step(learningRate);
double lossAfter = Losses.Mse(neuron.Forward(X), y);
Print($"∂L/∂w = {neuron.dLossDW[0]:F4}, ∂L/∂b = {neuron.dLossDb:F4}");
Print($"after one step: {neuron}; loss {lossBefore:F4} → {lossAfter:F4}");

// Both gradients were negative, so the step *raised* $w$ and $b$, towards 2 and 1, and the loss went down. Repeating
// this is all of training. What remains is the bookkeeping: in what order to visit the examples, and how often to step.

// ### ✍️ Your neuron, piece 1: `Step`
//
// In `MyNeuron.csx`, replace the borrowing line of `Step(double learningRate)` with the update rule above, for every
// weight and for the bias, using the gradients that `Backward` left in `dLossDW` and `dLossDb`, with $\eta$ =
// `learningRate`. Save the file and run the check. It gives your neuron and the library's `Neuron` the same parameters
// and the same gradients, steps both with $\eta = 0.05$ and compares: once on the course data (one feature), and once
// with three features and random gradients, so every weight must move, not just the first.

// [cell mine-step-check]
// Checks your Step against the library's Neuron.Step. It re-reads MyNeuron.csx: after you save the file, run this cell again.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)
Display("mine-step-check", Ex04.Step.Check(Yours));

// [cell mine-step-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("mine-step-help", Ex04.Step.Help());

// ## 3. The training loop, written out by hand
//
// We will not step on the whole data set at once, but **per example** (called *stochastic* gradient descent when the examples come in random order: section 7
// shuffles, and in notebook 6 you write that loop yourself):
// take one example $i$, compute its own loss $L_i = (\hat y_i - y_i)^2$ and its gradient, step, and move on to the next
// example. One pass over all $n$ examples is an **epoch**, so an epoch is 30 small steps. In full:
//
// for each epoch, for each example $i$:
// 1. `ResetGrad()`: forget the previous example's gradient (notebook 3 showed what happens otherwise);
// 2. `Forward`: $\hat y_i = \sigma(x_i \cdot W + b)$;
// 3. the loss: $L_i = (\hat y_i - y_i)^2$;
// 4. `Backward` with $\partial L_i/\partial \hat y_i = 2(\hat y_i - y_i)$;
// 5. `Step(learningRate)`: $W \leftarrow W - \eta\,\partial L_i/\partial W$, $\;b \leftarrow b - \eta\,\partial L_i/\partial b$.
//
// The loss we print for an epoch is the mean of the 30 $L_i$, each measured just before its own step (the neuron
// changes during the epoch, so this is a running average, not the loss at the end).
//
// First the worked example, with the library's `Neuron` (its `Forward(double[])` takes one example's features and
// `Backward(double)` its one $\partial L_i/\partial \hat y_i$); then you write the same loop for your own neuron.

// [cell hand-loop]
// The notebook declares neuron again here (first in cell one-step); one program cannot, so this is neuron2.
var neuron2 = new Neuron(featureCount: 1);
const int epochs = 20;
var lossByHand = new List<double>();

for (int epoch = 1; epoch <= epochs; epoch++)
{
    double sumOfLosses = 0;
    for (int i = 0; i < n; i++)
    {
        neuron2.ResetGrad();
        double yHatI = neuron2.Forward(new[] { X[i, 0] });   // example i: its one feature
        double lossI = (yHatI - y[i]) * (yHatI - y[i]);
        sumOfLosses += lossI;
        neuron2.Backward(2 * (yHatI - y[i]));                 // ∂Lᵢ/∂ŷᵢ
        neuron2.Step(learningRate);
    }
    lossByHand.Add(sumOfLosses / n);
    Print($"epoch {epoch,2}: loss {sumOfLosses / n:0.000E+0}   {neuron2}");
}

// The loss shrinks by roughly the same *factor* every epoch, which is why the numbers are printed in scientific
// notation: after 20 epochs it is about $10^{-18}$, as good as zero (our data has no noise, so a perfect fit exists).
// $W$ and $b$ settle on 2 and 1.

// ### ✍️ Your neuron, piece 2: the loop, `Train`
//
// Now the same loop for any neuron: in `MyNeuron.csx`, replace the borrowing line of
// `Train(neuron, X, y, epochs, learningRate)`. It trains `neuron` in place, per example as above, with your own `Mse`
// and `DMseDYHat` for each example's loss $L_i$ and its derivative, and returns a `List<double>` with one loss per epoch:
// the mean of that epoch's $L_i$, each measured before its own step.
//
// Two things differ from the worked example. The `neuron` is any neuron with `Forward`, `Backward`, `ResetGrad` and
// `Step` (an `INeuron`: your `MyNeuron` is one), and its `Forward` takes a matrix: the helper `Row(X, i)` at the end of
// the file gives example $i$ as a $1 \times f$ matrix. And your `Mse` and `DMseDYHat` take arrays: for one example,
// arrays of one prediction and one target, so that their $n$ is 1.
//
// The check trains a neuron with your `Train` and the library's with `Trainer.Train`, from the same start, on the
// course data (20 epochs, $\eta = 0.05$) and on random data with 2 and with 3 features, and compares every epoch's loss
// and the final $W$ and $b$. First it makes sure that the pieces your loop calls pass their own checks (those you have
// not written yet borrow the library's, so they do), so that a ✘ here is about the loop.

// [cell mine-train-check]
// Checks your Train against the library's Trainer.Train. It re-reads MyNeuron.csx: after you save the file, run this cell again.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)
Display("mine-train-check", Ex04.Train.Check(Yours));

// [cell mine-train-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("mine-train-help", Ex04.Train.Help());

// ## 4. The same loop in one line: `Trainer.Train`
//
// The library's `Trainer.Train` ([lib/Training/Trainer.cs](../lib/Training/Trainer.cs)) runs exactly this loop (per
// example is its default, `batchSize: 1`), and returns a `TrainingHistory`: the loss, $W$ and $b$ after every epoch. It
// is what your `Train` was checked against, and what the rest of this notebook trains with. Same data, same starting
// neuron, same $\eta$ and the same number of epochs must give the **same numbers**, and the next cell insists on it:

// [cell trainer]
var trained = new Neuron(featureCount: 1);
TrainingHistory history = Trainer.Train(trained, X, y, epochs: epochs, learningRate: learningRate);

bool sameLoss = history.Loss.SequenceEqual(lossByHand);
bool sameParameters = trained.W[0] == neuron2.W[0] && trained.b == neuron2.b;
if (!(sameLoss && sameParameters))
    throw new InvalidOperationException(
        $"Trainer.Train and the hand-written loop disagree: loss equal: {sameLoss}, parameters equal: {sameParameters}.");
Print($"✔ Trainer.Train gives exactly the same losses for all {history.Epochs} epochs and the same {trained}");

// ## 5. Watching it learn
//
// The history keeps $W$ and $b$ after every epoch, so we can draw the neuron's line $\hat y = w x + b$ as it was after
// each of the 20 epochs, and the untrained line as "epoch 0". First the lines, and each one's loss on the 30 points: the
// mean squared error of that line, measured *after* its epoch (so not quite the loss the loop printed for the epoch,
// which was the running average during it):

// [cell fit-lines]
double[] x = Enumerable.Range(0, n).Select(i => X[i, 0]).ToArray();   // the one feature of every example
double[] LineY(double w, double b) => x.Select(xi => w * xi + b).ToArray();   // the line's ŷ at every x
// W and b after each epoch; the untrained neuron is epoch 0.
double[] wAfter = history.W.Select(weights => weights[0]).Prepend(untrained.W[0]).ToArray();
double[] bAfter = history.b.Prepend(untrained.b).ToArray();

// "k: L = …": epoch k and the loss of the line after it, for the slider of the chart below.
string[] LossLabels(double[] w, double[] b) => Enumerable.Range(0, w.Length)
    .Select(k => Invariant($"{k}: L = {Losses.Mse(LineY(w[k], b[k]), y):0.0E+0}")).ToArray();
string[] epochLabels = LossLabels(wAfter, bAfter);
Print($"the loss of the line after each epoch: {string.Join(", ", epochLabels)}");

// The chart draws the data and one line at a time, with a **slider** under the plot: drag it, or click a
// tick, to see the line after epoch $k$; the label above the slider gives $k$ and that line's loss. (The function
// `LineByEpoch` draws it, so that the capstone can draw your own neuron's lines the same way; the slider comes from
// `WithSliderThroughLines` in [course/Notebook/ChartStyle.cs](../course/Notebook/ChartStyle.cs), built on plotly.js's sliders.)

// [cell fit-chart]
// The data and the line after each epoch (one colour for all), shown one epoch at a time by the slider.
GenericChart LineByEpoch(double[] w, double[] b, string[] labels, string title)
{
    var lines = Enumerable.Range(0, w.Length).Select(k => Chart.Line<double, double, string>(
        x: x, y: LineY(w[k], b[k]), Name: $"ŷ after epoch {k}", LineColor: Color.fromHex("#d62728")));
    return Chart.Combine(lines.Prepend(Chart.Point<double, double, string>(x: x, y: y, Name: "data (30 points)")))
        .WithHover("x = %{x:.2f}<br>y = %{y:.4f}")
        .WithTitle(title)
        .WithXAxisStyle<double, double, string>(TitleText: "x")
        .WithYAxisStyle<double, double, string>(TitleText: "y and ŷ = w·x + b")
        .WithNotebookLayout(height: 560)
        .WithSliderThroughLines(labels, prefix: "after epoch ");
}
Display("fit-chart", LineByEpoch(wAfter, bAfter, epochLabels, "The neuron's line, epoch by epoch"));

// One epoch (30 small steps) gets the bias roughly right, even a bit too far, but the slope only partly: after epoch 1
// (see the printout of the loop above) $W$ = 0.91 and $b$ = 1.55, so the bias has overshot the true intercept 1 while
// the slope is still less than half of 2. After epoch 2, $W$ has climbed to 1.62 and $b$ is back down to 1.21. From
// epoch 5 on, the line lies on the data.
//
// The loss tells the rest of the story. It falls by a factor every epoch, so on an ordinary axis everything after
// the first few epochs would be squashed onto zero; a **logarithmic** $y$ axis shows a constant factor as a straight line.

// [cell loss-chart]
Display("loss-chart", Chart.Line<int, double, string>(x: history.EpochNumbers(), y: history.Loss, ShowMarkers: true, Name: Invariant($"η = {learningRate}"))
    .WithHover("epoch %{x}<br>loss %{y:.3e}")
    .WithTitle(Invariant($"Loss per epoch (per example, η = {learningRate})"))
    .WithXAxisStyle<double, double, string>(TitleText: "epoch")
    .WithLogYAxis("loss (MSE)", history.Loss)
    .WithNotebookLayout());

// A straight line on the log scale means the error shrinks geometrically: each epoch multiplies the loss by about the
// same factor. Finally, what did the neuron learn? `GetData` drew the points from $y = 2x + 1$
// (`Data.TrueSlope`, `Data.TrueIntercept`):

// [cell learned]
double learnedW = trained.W[0], learnedB = trained.b;
Print($"learned W = {learnedW:F6}   true slope     {TrueSlope:F6}   error {Math.Abs(learnedW - TrueSlope):0.0E+0}");
Print($"learned b = {learnedB:F6}   true intercept {TrueIntercept:F6}   error {Math.Abs(learnedB - TrueIntercept):0.0E+0}");

// The neuron recovered the line that generated the data: nobody told it the slope or the intercept, only the 30
// examples. That works so cleanly because our points lie *exactly* on a line, so a perfect fit exists and every
// example's gradient vanishes there. Real data is noisy; section 9 shows what changes then.

// ## 6. A first look at the learning rate
//
// The learning rate is the one number we chose by hand. How much does it matter? Runs of 20 epochs from the same
// untrained neuron: $\eta$ = 0.001 (much smaller than our 0.05), then larger ones.
//
// First the small one:

// [cell lr-small]
var small = Trainer.Train(new Neuron(featureCount: 1), X, y, epochs: epochs, learningRate: 0.001);
Print($"η = 0.001: loss after epoch 1 {small.Loss[0]:F4}, after epoch {epochs} {small.Loss[^1]:F4}; W = {small.W[^1][0]:F4}, b = {small.b[^1]:F4}");

// Too small: every step is tiny, and after 20 epochs (600 steps) the neuron is still far from the line.
//
// ### 🤔 Predict, then run
//
// If small steps are slow, are big steps fast? The next cell trains with $\eta = 5$, a hundred times the good value.
// Predict what happens to the loss. (The cell records the loss after each epoch through the `onEpoch` callback. If
// `Trainer.Train` stops with an exception, the cell prints it instead of stopping the notebook there.)

// [cell lr-large]
var lossLarge = new List<double>();
try
{
    Trainer.Train(new Neuron(featureCount: 1), X, y, epochs: epochs, learningRate: 5,
                  onEpoch: result => lossLarge.Add(result.Loss));
    Print($"η = 5 trained for all {epochs} epochs.");
}
catch (Exception e)   // whatever goes wrong: print its type and message, and let the notebook carry on
{
    Print($"{e.GetType().Name}: {e.Message}");
}
Print($"loss per epoch: {string.Join(", ", lossLarge.Select(l => l.ToString("0.0E+0", CultureInfo.InvariantCulture)))}");

// **Answer:** it blows up. Each step overshoots the bottom of the bowl by more than it started from, so the error
// *grows* by a factor every step instead of shrinking, until the numbers no longer fit in a `double` and become
// infinity. The library checks the loss and the parameters after every epoch and stops with a
// `TrainingDivergedException` that says which epoch and suggests a smaller learning rate, rather than carrying on
// with nonsense.
//
// Why? Follow one per-example step, on one example $(x, y)$ with one feature. Its error is $e = w x + b - y$, its loss
// $L = e^2$, and its gradients are $\partial L/\partial w = 2e\,x$ and $\partial L/\partial b = 2e$. The step gives
// $w' = w - \eta\cdot 2e\,x$ and $b' = b - \eta\cdot 2e$, so the error afterwards is
//
// $$e' = w' x + b' - y = e - 2\eta\,e\,x^2 - 2\eta\,e = e\,\bigl(1 - 2\eta\,(x^2 + 1)\bigr).$$
//
// Each step multiplies the example's error by the factor $1 - 2\eta\,(x^2 + 1)$. The error shrinks only if that factor
// lies between $-1$ and $1$: $\;|1 - 2\eta\,(x^2 + 1)| < 1$, which for a positive $\eta$ means $\eta < 1/(x^2 + 1)$.
// Below $-1$ the step lands further from the target than it started, on the other side. With $\eta = 5$ and $x = 1$
// the factor is $1 - 2\cdot 5\cdot 2 = -19$. For our points at $x = \pm 1$ the limit is $\eta < 1/2 = 0.5$.
//
// $\eta = 5$ is far past that limit. What happens just past it? Then only the examples with $x_i^2 > 1/\eta - 1$ overshoot
// ($|x| > 0.82$ at $\eta = 0.6$, 6 of the 30 points; $|x| > 0.5$ at $\eta = 0.8$, 16 of them), while those nearer
// $x = 0$ still pull the error down, and it depends on which wins:

// [cell lr-too-large]
foreach (double eta in new[] { 0.6, 0.8 })
{
    var run = Trainer.Train(new Neuron(featureCount: 1), X, y, epochs: epochs, learningRate: eta);
    Print($"η = {eta}: loss per epoch {string.Join(", ", run.Loss.Select(l => l.ToString("0.0E+0", CultureInfo.InvariantCulture)))}");
}
var tooLarge = Trainer.Train(new Neuron(featureCount: 1), X, y, epochs: epochs, learningRate: 0.8);

// At $\eta = 0.6$ the examples in the middle still win: the loss jumps up in epoch 2, then falls. At $\eta = 0.8$ the
// overshoot wins, and the loss grows from 5.5E+1 in epoch 1 to 6.2E+16 in epoch 20, about six times bigger per epoch on
// average (not every epoch: now and then one dips): still finite, so no exception yet, but on its way to the same fate as $\eta = 5$.
//
// The three regimes side by side (log scale again):

// [cell lr-chart]
var good = history;
Display("lr-chart", Chart.Combine(new[]
    {
        Chart.Line<int, double, string>(x: small.EpochNumbers(), y: small.Loss, ShowMarkers: true, Name: "η = 0.001 (too small)"),
        Chart.Line<int, double, string>(x: good.EpochNumbers(), y: good.Loss, ShowMarkers: true, Name: Invariant($"η = {learningRate} (good)")),
        Chart.Line<int, double, string>(x: tooLarge.EpochNumbers(), y: tooLarge.Loss, ShowMarkers: true, Name: "η = 0.8 (too large: grows)"),
    })
    .WithHover("epoch %{x}<br>loss %{y:.3e}")
    .WithTitle("The learning rate: too small, good, too large")
    .WithXAxisStyle<double, double, string>(TitleText: "epoch")
    .WithLogYAxis("loss (MSE)", small.Loss.Concat(good.Loss).Concat(tooLarge.Loss))
    .WithNotebookLayout());

// A good learning rate is a compromise: as large as possible, but safely below the point where steps overshoot. It
// depends on the data (the scale of $x$) and on how the gradient is averaged, which is the next point.

// ## 7. Per example or full batch?
//
// `Trainer.Train` can also step once per epoch with the gradient of the **mean** loss over all examples
// (`batchSize: Trainer.FullBatch`): *full-batch* gradient descent, exactly the single step of section 2, repeated.
// Anything in between (`batchSize: 5`, say) is *mini-batch* gradient descent.
//
// ### 🤔 Predict, then run
//
// Same data, same $\eta = 0.05$, same 20 epochs. Which ends with the lower loss: per example or full batch?

// [cell full-batch]
var fullBatch = Trainer.Train(new Neuron(featureCount: 1), X, y, epochs: epochs, learningRate: learningRate, batchSize: Trainer.FullBatch);
var fullBatchLarger = Trainer.Train(new Neuron(featureCount: 1), X, y, epochs: epochs, learningRate: 0.5, batchSize: Trainer.FullBatch);

Print($"{"",-26}{"steps",6}{$"loss in epoch {epochs}",18}{"W",10}{"b",10}");
foreach (var (name, steps, run) in new[] { ("per example, η = 0.05", epochs * n, history),
                                           ("full batch,  η = 0.05", epochs, fullBatch),
                                           ("full batch,  η = 0.5", epochs, fullBatchLarger) })
    Print($"{name,-26}{steps,6}{run.Loss[^1],18:0.00E+0}{run.W[^1][0],10:F4}{run.b[^1],10:F4}");

// **Answer:** per example, by far, at this $\eta$. "Loss in epoch 20" means, per example, the mean of the 30 $L_i$
// measured during the epoch, each just before its own step; for full batch it is the loss before the epoch's one step.
//
// Why such a difference at the same $\eta$? Each per-example step uses the gradient of one example's loss
// $L_i = (\hat y_i - y_i)^2$, with no $\frac{1}{n}$, so it is about as big as the one full-batch step (the gradient of the
// *mean*). An epoch of 30 such steps therefore moves roughly $n = 30$ times further than one full-batch step.
//
// So give full batch a larger $\eta$? That works up to a limit, and the limits differ. Per example, section 6 showed
// that a step overshoots its own example once $\eta > 1/(x_i^2 + 1)$, which is 0.5 at $x = \pm 1$. Full batch averages
// the gradients of all the examples, and most of our $x$ are smaller than 1 in size, so it tolerates more: it is stable
// up to $\eta = 1$ here (the optional part after section 8 shows why). With $\eta = 0.5$ it does far better than with
// 0.05, as the last row shows, but it still lags behind per example; the picture in section 8 shows where it loses time.

// Real networks train on **mini-batches**: cheap enough to take many steps, averaged enough to be steady, and well
// suited to vectorised hardware. They also **shuffle**: a new random order of the examples each epoch, so the order of
// the data cannot push the steps one way (`seed` makes the order repeatable). Both are one argument away here; notebook 6 has you write the loop, shuffle
// and all, for a network:

// [cell mini-batch]
var miniBatch = Trainer.Train(new Neuron(featureCount: 1), X, y, epochs: epochs, learningRate: 0.2,
                              batchSize: 5, shuffle: true, seed: 1);
Print($"mini-batches of 5, shuffled, η = 0.2: {n / 5} steps per epoch; loss in epoch {epochs} {miniBatch.Loss[^1]:0.00E+0}, W = {miniBatch.W[^1][0]:F4}, b = {miniBatch.b[^1]:F4}");

// ### ✍️ Your turn: one full-batch epoch by hand
//
// Write `FullBatchEpoch(neuron, X, y, learningRate)` for the library's `Neuron`: one epoch of full-batch gradient
// descent, that is one step downhill on the mean squared error over **all** of `X` at once, returning the loss as it was
// *before* the step. The check runs three epochs of your method and of `Trainer.Train(..., batchSize: Trainer.FullBatch)`
// with $\eta = 0.5$ on two identical neurons, on our data and on random data with two features, and compares each
// epoch's loss and the final parameters.

// [cell ex2-answer]
double FullBatchEpoch(Neuron neuron, double[,] X, double[] y, double learningRate)
{
    throw new NotImplementedException("✍️ your code here");
}

// [cell ex2-check]
// Checks FullBatchEpoch against Trainer.Train with batchSize: Trainer.FullBatch, and names the likely mistake.
Display("ex2-check", Ex04.FullBatchEpoch.Check(FullBatchEpoch));

// [cell ex2-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("ex2-help", Ex04.FullBatchEpoch.Help());

// ## 8. Going downhill in the bowl
//
// The loss depends on two numbers, $w$ and $b$, so we can draw it as a landscape: a contour map of $L(w, b)$ over a
// grid, lines of equal loss like the height lines of a map, with the bottom at $(2, 1)$. On it, the path that
// full-batch gradient descent with $\eta = 0.5$ took: the untrained neuron, then $W$ and $b$ after each of the 20 epochs
// (from the `TrainingHistory`).

// [cell bowl]
// L(w, b) on the whole data: a probe neuron with these parameters, its forward pass, the loss.
double LossAt(double w, double b) =>
    Losses.Mse(new Neuron(featureCount: 1) { W = new[] { w }, b = b }.Forward(X), y);

double[] wGrid = Enumerable.Range(0, 41).Select(k => Math.Round(-0.5 + 0.1 * k, 1)).ToArray();   // w from −0.5 to 3.5
double[] bGrid = Enumerable.Range(0, 31).Select(k => Math.Round(-0.5 + 0.1 * k, 1)).ToArray();   // b from −0.5 to 2.5
double[][] lossGrid = bGrid.Select(b => wGrid.Select(w => LossAt(w, b)).ToArray()).ToArray();   // one row per b

// The path: where training started, then W and b after each epoch.
double[] pathW = fullBatchLarger.W.Select(weights => weights[0]).Prepend(untrained.W[0]).ToArray();
double[] pathB = fullBatchLarger.b.Prepend(untrained.b).ToArray();

Display("bowl", Chart.Combine(new[]
    {
        Chart.Contour<double, double, double, string>(zData: lossGrid, X: wGrid, Y: bGrid, Name: "loss L(w, b)",
                ColorBar: ColorBarTitled("loss L(w, b)"))   // names the colours
            .WithHover("w = %{x:.1f}<br>b = %{y:.1f}<br>L = %{z:.3f}"),
        Chart.Line<double, double, string>(x: pathW, y: pathB, ShowMarkers: true, Name: "full batch, η = 0.5: start, then each epoch",
                ShowLegend: true)   // plotly shows no legend for one line; this one names the path
            .WithHover("after epoch %{pointNumber}<br>w = %{x:.4f}<br>b = %{y:.4f}"),   // point 0 is the start
    })
    .WithTitle("The loss as a bowl over (w, b), and the way down")
    .WithXAxisStyle<double, double, string>(TitleText: "w (the weight)")
    .WithYAxisStyle<double, double, string>(TitleText: "b (the bias)")
    .WithNotebookLayout());

// Every step goes against the gradient, straight downhill across the contour lines. The contours are ellipses stretched
// along $w$: the loss rises steeply when $b$ leaves 1 and only slowly when $w$ leaves 2, because most of our $x$ are
// smaller than 1 in size, so changing $w$ changes the predictions $w x + b$ less than changing $b$ by as much does.
// That is why the path makes a corner: the first step lands on $b = 1$, and the remaining steps walk along the flat
// valley floor towards $w = 2$, ever shorter as the slope flattens out.

// ### Optional: the curvature of the bowl, and why full batch is stable up to η = 1
//
// *You can skip this part; nothing later needs it.* Section 6 followed one example's error through one step. For a full
// batch we follow the error of $w$ and $b$ themselves. Our data lie exactly on $y = 2x + 1$, so each error is
// $\hat y_i - y_i = (w - 2)\,x_i + (b - 1)$, and the gradients of the mean loss are
//
// $$\frac{\partial L}{\partial w} = 2\,\overline{x^2}\,(w - 2) + 2\,\bar x\,(b - 1), \qquad
// \frac{\partial L}{\partial b} = 2\,\bar x\,(w - 2) + 2\,(b - 1),$$
//
// where the bar means the mean over the 30 examples. Our $x$ are symmetric around 0, so $\bar x = 0$ and the mixed terms
// drop out. One step then multiplies the distance $b - 1$ by $1 - 2\eta$ and the distance $w - 2$ by
// $1 - 2\eta\,\overline{x^2}$, the same kind of factor as in section 6. The numbers $2\,\overline{x^2}$ and 2 are how fast
// the slope of the bowl changes along $w$ and along $b$: its **curvature** in each direction (its second derivatives;
// the table of all of them, here with $2\bar x$ off the diagonal, is called the *Hessian*). A step along a direction
// is stable while $\eta$ is below 2 divided by that curvature:

// [cell curvature]
double meanXSquared = Enumerable.Range(0, n).Average(i => X[i, 0] * X[i, 0]);
double meanX = Enumerable.Range(0, n).Average(i => X[i, 0]);
Print($"mean of x² = {meanXSquared:F3}, mean of x = {Math.Abs(meanX):F3}");
Print($"curvature of L: {2 * meanXSquared:F3} along w, 2 along b");
Print($"one full-batch step with η = 0.5 multiplies b − 1 by {1 - 2 * 0.5:F3} and w − 2 by {1 - 2 * 0.5 * meanXSquared:F3}");

// The larger curvature is 2, along $b$, so full batch is stable while $\eta < 2/2 = 1$; along $w$ alone it could go up
// to $2/0.713$. With $\eta = 0.5$ the factor along $b$ is 0: one step lands exactly on $b = 1$, as the picture shows.
// Along the flatter $w$ direction (curvature 0.713) each step only multiplies the remaining gap by 0.644, which is
// why full batch still lags behind per example.

// ## 9. Noisy data: close to the best line, or on it?
//
// Real measurements are noisy. `GetData(noise: 0.2)` adds Gaussian noise of standard deviation 0.2 to every $y$, so
// no line goes through all the points. The best line in the least-squares sense, the one with the smallest mean
// squared error, has a closed form for one feature:
// $\text{slope} = \operatorname{cov}(x, y)/\operatorname{var}(x)$, $\;\text{intercept} = \bar y - \text{slope}\cdot\bar x$.
// Does training find it? Per example ($\eta = 0.05$) and full batch ($\eta = 0.5$), 100 epochs each:

// [cell noisy]
var (XNoisy, yNoisy) = GetData(noise: 0.2);
double[] xNoisy = Enumerable.Range(0, n).Select(i => XNoisy[i, 0]).ToArray();

// The least-squares line in closed form.
double xMean = xNoisy.Average(), yMean = yNoisy.Average();
double covarianceXY = Enumerable.Range(0, n).Sum(i => (xNoisy[i] - xMean) * (yNoisy[i] - yMean)) / n;
double varianceX = xNoisy.Sum(xi => (xi - xMean) * (xi - xMean)) / n;
double bestSlope = covarianceXY / varianceX, bestIntercept = yMean - bestSlope * xMean;

const int noisyEpochs = 100;
var perExampleNoisy = new Neuron(featureCount: 1);
Trainer.Train(perExampleNoisy, XNoisy, yNoisy, epochs: noisyEpochs, learningRate: learningRate);
var fullBatchNoisy = new Neuron(featureCount: 1);
Trainer.Train(fullBatchNoisy, XNoisy, yNoisy, epochs: noisyEpochs, learningRate: 0.5, batchSize: Trainer.FullBatch);

double LossOn(double w, double b) =>
    Losses.Mse(new Neuron(featureCount: 1) { W = new[] { w }, b = b }.Forward(XNoisy), yNoisy);
Print($"{"",-32}{"W",10}{"b",10}{"loss",10}");
Print($"{"least squares (closed form)",-32}{bestSlope,10:F4}{bestIntercept,10:F4}{LossOn(bestSlope, bestIntercept),10:F6}");
foreach (var (name, trainedNeuron) in new[] { (Invariant($"per example, η = {learningRate}"), perExampleNoisy),
                                              ("full batch,  η = 0.5", fullBatchNoisy) })
    Print($"{name,-32}{trainedNeuron.W[0],10:F4}{trainedNeuron.b,10:F4}{LossOn(trainedNeuron.W[0], trainedNeuron.b),10:F6}");

// Full batch lands on the least-squares line: $W$ = 1.9984, $b$ = 0.9689 and the loss 0.032685, the same as the closed
// form to every printed digit. Per example ends *close* to it, $W$ = 1.9591 and $b$ = 0.9628, with a slightly larger
// loss of 0.033274, and more epochs would not change that. At the least-squares line the gradient of the *mean* loss is
// zero, but each example's own gradient is not (no point lies exactly on the line), so every per-example step still
// moves the neuron, and with a fixed $\eta$ it keeps circling near the best line instead of settling on it. That is why
// real training lowers $\eta$ as it goes. On the noise-free data of the earlier sections every example's gradient
// vanished at $(2, 1)$, which is why per-example training could land exactly there.
//
// (And neither finds $2x + 1$: with noise, the best line for these 30 points is not quite the line they were drawn from.)

// ## 10. Capstone: your neuron, trained by your loop
//
// Everything you wrote, together: your `MyNeuron` (`Sigma`, `DSigmaDz`, the constructor and `Forward` from notebook 1,
// `Mse` and `DMseDYHat` from notebook 2, `Backward` and `ResetGrad` from notebook 3, `Step` from this one) trained by
// your `Train` on the course data for 20 epochs with $\eta = 0.05$. The first cell trains `new MyNeuron(1)` with your
// `Train`, and the library's `Neuron` with `Trainer.Train` from the same starting $W$ and $b$, and prints both results
// side by side. The charts after it draw your loss curve and, with a slider through the epochs as in section 5, your
// neuron's line after every epoch: for that a second `new MyNeuron(1)` is trained by your `Train` one epoch at a time
// (`epochs: 1`, twenty times), which gives the same lines as one call with all 20 epochs when your loop is right.
//
// The last cells give the verdict. While some pieces of your file still borrow the library, it lists all of them. Once
// none does, it says ✔ only if every piece passes its own check (on several rows, several features and batches, not
// just this one feature), and, together, they give the library's numbers: every epoch loss and the final $W$ and $b$ equal
// to `Trainer.Train`'s up to rounding (relative $10^{-9}$), on the course data and on random data with three features,
// and the line behind the data found: slope 2 and intercept 1, each within $10^{-3}$. Otherwise it names the first piece
// that is not right yet and what its check says. `Progress.Of(Yours)` shows every piece at once.

// [cell capstone]
// YOUR neuron, trained by YOUR Train, and the library's Neuron trained by Trainer.Train from the same start: this runs
// `var mine = new MyNeuron(1); var losses = Train(mine, X, y, 20, 0.05);` and keeps any exception your code throws for the
// verdict below the charts. It re-reads MyNeuron.csx: after you save it, run this cell and the ones below again.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)
var capstone = Ex04.Capstone.Train(Yours, X, y, epochs: 20, learningRate: 0.05);
var losses = capstone.Losses;
double largestLossDifference = losses.Zip(capstone.LibraryLosses, (a, b) => Math.Abs(a - b)).DefaultIfEmpty(double.NaN).Max();

Print($"your neuron:    W = {capstone.W[0]:F6}, b = {capstone.b:F6}   ({losses.Count} epoch losses)");
Print($"library neuron: W = {capstone.Library.W[0]:F6}, b = {capstone.Library.b:F6}   ({capstone.LibraryLosses.Count} epoch losses)");
Print($"largest difference between the epoch losses: {largestLossDifference:0.0E+0}");
if (capstone.Error is Exception error)
    Print($"your Train threw {error.GetType().Name}: {error.Message}");

// [cell capstone-lines]
// Your neuron's W and b after each epoch (your Train, one epoch per call), and the loss of each line on the 30 points.
var (yourW, yourB) = Ex04.Capstone.LinesAfterEachEpoch(Yours, X, y, epochs: 20, learningRate: 0.05);
string[] yourLabels = LossLabels(yourW, yourB);
Print($"the loss of your line after each epoch: {string.Join(", ", yourLabels)}");

// [cell capstone-chart]
Display("capstone-chart", LineByEpoch(yourW, yourB, yourLabels, "Your neuron's line, epoch by epoch"));

// [cell capstone-loss-chart]
Display("capstone-loss-chart", Chart.Line<int, double, string>(x: Enumerable.Range(1, losses.Count), y: losses, ShowMarkers: true, Name: "your Train")
    .WithHover("epoch %{x}<br>loss %{y:.3e}")
    .WithTitle("Your loss per epoch (your Train, η = 0.05)")
    .WithXAxisStyle<double, double, string>(TitleText: "epoch")
    .WithLogYAxis("loss (MSE)", losses)
    .WithNotebookLayout());

// [cell capstone-check]
// The verdict: which pieces still borrow, or whether your neuron gives the library's numbers, and if not, why not.
// It re-reads MyNeuron.csx: after you save the file, run this cell again.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)
Display("capstone-check", Ex04.Capstone.Check(Yours));

// [cell capstone-progress]
// Every piece of your neuron at once: written and passing, still borrowing, or failing, with the check to run for each.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)
Display("capstone-progress", Progress.Of(Yours));

// ## Summary
//
// - Gradient descent steps against the gradient: $W \leftarrow W - \eta\,\partial L/\partial W$, $b \leftarrow b - \eta\,\partial L/\partial b$ (`Step`, which you wrote).
// - Per-example training: for each epoch, for each example, `ResetGrad` → `Forward` → loss → `Backward` → `Step` (your `Train`). The library's `Trainer.Train` is that loop, and gives exactly the same numbers.
// - The loss of a well-tuned run falls by a roughly constant factor per epoch: a straight line on a log scale. On GetData's noise-free line the neuron recovered the slope 2 and intercept 1 to within $10^{-3}$ (in fact far closer).
// - The learning rate matters: too small crawls, too large overshoots, grows and finally diverges (`TrainingDivergedException`). One per-example step multiplies its example's error by $1 - 2\eta(x^2 + 1)$, so it overshoots once $\eta > 1/(x^2 + 1)$: where "too large" starts depends on the data and on the batch size.
// - Per example: many cheap, rough steps. Full batch: few exact, expensive ones, which tolerate a larger $\eta$. Mini-batches (shuffled) sit in between.
// - The loss over $(w, b)$ is a bowl, and gradient descent walks down it across the contour lines.
// - On noisy data, full batch converges to the least-squares line; per example with a fixed $\eta$ ends close to it, not on it.
// - The capstone: your own neuron, trained by your own loop, finds the slope 2 and the intercept 1, number for number like the library.
//
// **What's next.** You have written every piece of how a neuron learns in your own `MyNeuron.csx`, and checked each
// against the course library, which does the same in [lib/Neuron.cs](../lib/Neuron.cs) and
// [lib/Training/Trainer.cs](../lib/Training/Trainer.cs). From here on the notebooks use the library:
//
// - [05-two-features.ipynb](05-two-features.ipynb): a neuron with two features (the blood-cell example of notebook 1),
//   the sigmoid activation that reads its output as a probability, and a data set no single line can separate;
// - [06-network.ipynb](06-network.ipynb): neurons side by side in a layer, layers one after another, and the chain rule
//   through all of them: a network that bends where one neuron cannot.

// [cell outcome]
// Learning outcome: per-example gradient descent recovers the slope and intercept of GetData's line within 1e-3.
var learner = new Neuron(featureCount: 1);
Trainer.Train(learner, X, y, epochs: epochs, learningRate: learningRate);
double slopeError = Math.Abs(learner.W[0] - TrueSlope), interceptError = Math.Abs(learner.b - TrueIntercept);
if (!(slopeError < 1e-3 && interceptError < 1e-3))
    throw new InvalidOperationException(
        $"Training did not recover the line y = {TrueSlope}x + {TrueIntercept} within 1e-3: learned {learner}, " +
        $"slope error {slopeError:0.00E+0}, intercept error {interceptError:0.00E+0}.");
Print($"✔ Training recovered the line: W = {learner.W[0]:F6} (true {TrueSlope}), b = {learner.b:F6} (true {TrueIntercept}), both within 1e-3.");
