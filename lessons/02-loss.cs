#!/usr/bin/env dotnet
// 2. Measuring error
//
// Run it from the repository root with the .NET 10 SDK (10.0.300 or later):   dotnet run --file lessons/02-loss.cs
// (--file, because the repository root also holds the library's project, which `dotnet run` would pick; inside
// lessons/, `dotnet run 02-loss.cs` works too). It prints what the notebook prints. A chart is saved as an HTML
// page under lessons/output/02-loss/; the path is printed: open it in a browser.
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
// Generated from notebooks/02-loss.ipynb by tools/LessonGenerator: the notebook is the source. Its markdown is in
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

// # 2. Measuring error
//
// ⏱ about 35 minutes
//
// A neuron cannot improve until something tells it how wrong it is. In this notebook we boil all of its mistakes
// down to one number, the **loss**, and then look at how that number changes as a weight changes. The shape we
// find tells us which way to move the weight: downhill.
//
// **What you will learn**
// - the error of one prediction, and why we square it;
// - the **mean squared error** (MSE), written out in C# and then with the library's `Losses.Mse`;
// - the loss of the untrained neuron on the course's data;
// - the loss as a function of one weight, and its slope, the **gradient** $\partial L / \partial w_1$, which points
//   uphill, so that we step against it;
// - the derivative $\partial L / \partial \hat y_i$, the first step towards the backward pass;
// - writing `Mse` and `DMseDYHat` in your own neuron, `MyNeuron.csx`;
// - the ½ that some texts put in front of the squared error, and why it does not move the minimum.
//
// **What you need from [notebook 1](01-forward-pass.ipynb):** a neuron predicts $\hat y = \sigma(XW + b)$ with
// `Forward`; `var (X, y) = GetData();` gives 30 points on the line $y = 2x + 1$ (its slope and intercept are
// `TrueSlope` and `TrueIntercept`); the untrained neuron has a random $w_1$ and $b = 0$.
//
// **How to run it**, three ways. (1) In VS Code with the Polyglot Notebooks extension, or in Jupyter with the .NET
// Interactive kernel (Microsoft deprecated both in 2026; they still work), in the kernel version the course pins (README.md
// says how): open this notebook and choose **Run All**.
// (2) As a program, in any editor with C# IntelliSense and a debugger: from the repository root,
// `dotnet run --file lessons/02-loss.cs` runs this notebook as one C# file, its text in comments (your neuron is then
// in `lessons/MyNeuron.cs`). (3) Headless, from the repository root:
// `dotnet run --project tools/NotebookRunner.Cli -- notebooks/02-loss.ipynb`. The first run builds the course library
// and downloads the chart packages, which can take a minute.

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

// ## 1. One number for "how wrong"
//
// For example $i$ the neuron predicts $\hat y_i$ where the target is $y_i$; its **error** is $\hat y_i - y_i$.
// We want one number for all $n$ examples, but simply adding the errors fails: a prediction that is 1 too high
// and one that is 1 too low would add up to a perfect 0. So we **square** each error first:
//
// - a square is never negative, so errors cannot cancel;
// - big errors count much more than small ones ($0.5^2 = 0.25$ but $0.1^2 = 0.01$);
// - a square is smooth, so we can take its derivative (we will, in section 4 and in notebook 3).
//
// Then we take the **mean**, so that the loss does not grow just because there are more examples.
// That gives the **mean squared error**:
//
// $$L = \frac{1}{n} \sum_{i=1}^{n} \left(\hat y_i - y_i\right)^2$$
//
// Here are four predictions and their targets. We call them `yHatFour` and `yFour`, because from section 2 on `y`
// holds the course's 30 targets:

// [cell example]
double[] yHatFour = { 0.5, 0.646, 0.525, 0.668 };   // ŷ: the predictions
double[] yFour = { 0, 1, 1, 1 };                    // y: the targets
Print($"n = {yHatFour.Length} examples");

// ### 🤔 Predict, then run
//
// Look at the four pairs. Which example contributes most to the loss? Is $L$ nearer to 0.1, 0.2 or 0.5?
// Decide, then run the cell, which writes the formula out as a loop.

// [cell mse-by-hand]
double sumOfSquares = 0;
for (int i = 0; i < yHatFour.Length; i++)
{
    double error = yHatFour[i] - yFour[i];
    sumOfSquares += error * error;
    Print($"index {i}: ŷ − y = {error:F3}, squared = {error * error:F6}");
}
double lossByHand = sumOfSquares / yHatFour.Length;
Print($"L = {sumOfSquares:F6} / {yHatFour.Length} = {lossByHand:F6}");

// The example at index 0 (the 1st) contributes most: its prediction is 0.5 where the target is 0, and
// $0.5^2 = 0.25$ is more than a third of the whole sum 0.711165. The loss is $L = 0.177791$, nearest to 0.2.
//
// The library computes the same thing with `Losses.Mse(predictions, targets)`, in
// [lib/Losses.cs](../lib/Losses.cs). As in notebook 1, the library is what your own code is checked against and what
// the later notebooks use:

// [cell mse-library]
double loss = Losses.Mse(yHatFour, yFour);
Print($"library: L = {loss:F6}");
Print($"by hand: L = {lossByHand:F6}");
Print($"difference: {Math.Abs(loss - lossByHand):E1}");

// It also checks its inputs: every prediction needs a target, and it says so when one is missing.

// [cell mse-guard-code]
try
{
    Losses.Mse(yHatFour, new double[] { 0, 1 });   // 4 predictions, 2 targets
}
catch (ArgumentException e)
{
    Console.WriteLine(e.Message);
}

// ### ✍️ Your turn 1: another way to measure error
//
// The **mean absolute error** takes the size of each error instead of its square:
//
// $$L_\text{MAE} = \frac{1}{n} \sum_{i=1}^{n} \left|\hat y_i - y_i\right|$$
//
// Write `MeanAbsoluteError(yHat, y)` with a loop (`Math.Abs` gives a number's size). The check compares it with the
// MAE of the four predictions above, of the untrained neuron's 30 predictions, and of random arrays of several lengths.

// [cell ex1-answer]
double MeanAbsoluteError(double[] yHat, double[] y)
{
    throw new NotImplementedException("✍️ your code here");
}

// [cell ex1-check]
// Checks MeanAbsoluteError on the four predictions above and more, and names the likely mistake.
Display("ex1-check", Ex02.MeanAbsoluteError.Check(MeanAbsoluteError));

// [cell ex1-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("ex1-help", Ex02.MeanAbsoluteError.Help());

// Both are fine ways to measure error. This course uses the MSE: it punishes big errors harder, and its derivative
// is a simple straight line in $\hat y$ (section 4), while $|\hat y - y|$ has a kink at 0.

// ### ✍️ Your neuron: Mse
//
// Now put the MSE into your own neuron file, [MyNeuron.csx](MyNeuron.csx), beside this notebook (notebook 1 explains
// it: replace the piece's borrowing line with your code, save the file, run the check again). Write `Mse(yHat, y)`,
// the loss $L$ of the predictions $\hat y$ against the targets $y$ as defined at the start of this section, with
// $n$ = `yHat.Length`. The check compares your `Mse` with the library's `Losses.Mse` on the four predictions
// above, on the 30 predictions that notebook 1's untrained neuron makes for the course's data, and on random arrays of
// several lengths.

// [cell mine-mse-check]
// Checks your Mse against the library's Losses.Mse. It re-reads MyNeuron.csx: after you save the file, run this cell again.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)
Display("mine-mse-check", Ex02.Mse.Check(Yours));

// [cell mine-mse-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("mine-mse-help", Ex02.Mse.Help());

// ## 2. The loss of the untrained neuron
//
// Now the real thing: the untrained neuron from notebook 1 (seed 0, so the same $w_1$, and $b = 0$) on the 30 points
// of `GetData()`. `var (X, y) = GetData();` unpacks the data set into its input matrix `X` and its targets `y`.

// [cell untrained]
var (X, y) = GetData();
var untrained = new Neuron(featureCount: 1);
double[] yHatUntrained = untrained.Forward(X);
double lossUntrained = Losses.Mse(yHatUntrained, y);
Print($"untrained neuron: w₁ = {untrained.W[0]:F4}, b = {untrained.b:F4}");
Print($"its loss: L = {lossUntrained:F4}");

// Its loss is 2.1211. For comparison, the neuron you set by hand in notebook 1, with $w_1 = 2$ and $b = 1$
// (`TrueSlope` and `TrueIntercept`), predicts every target exactly, so its loss is 0: nothing is left to learn.

// [cell perfect]
var perfect = new Neuron(featureCount: 1) { W = new[] { TrueSlope }, b = TrueIntercept };
double lossPerfect = Losses.Mse(perfect.Forward(X), y);
Print($"w₁ = {perfect.W[0]:F1}, b = {perfect.b:F1}: L = {lossPerfect:F4}");

// ## 3. The loss as one weight varies
//
// The loss depends on the neuron's parameters $w_1$ and $b$. To see how, hold $b$ fixed at 1 and try many values
// of $w_1$, from −1 to 5 in steps of 0.05:
//
// $$L(w_1) = \frac{1}{n} \sum_{i=1}^{n} \left(w_1 x_i + b - y_i\right)^2 \qquad (b = 1 \text{ fixed})$$
//
// (With one feature we write $x_i$ for $x_{i1}$, the feature of example $i$.)
//
// `LossAt(w1, b)` makes a neuron with those parameters and measures its loss on the data.

// [cell bowl]
// The loss of a neuron with weight w1 and bias b on the course's data.
double LossAt(double w1, double b)
{
    var probe = new Neuron(featureCount: 1) { W = new[] { w1 }, b = b };
    return Losses.Mse(probe.Forward(X), y);
}

double b = TrueIntercept;   // held fixed
double step = 0.05;
double[] wGrid = Enumerable.Range(0, 121).Select(k => Math.Round(-1 + k * step, 2)).ToArray();   // rounded: -1 + k·0.05 is not exact in binary
double[] lossGrid = wGrid.Select(w1 => LossAt(w1, b)).ToArray();
Print($"{wGrid.Length} values of w₁ from {wGrid[0]:F2} to {wGrid[^1]:F2}");

// ### 🤔 Predict, then run
//
// Before you plot it: what shape will $L(w_1)$ have: a straight line, a V, or a smooth bowl? (Each term
// $(w_1 x_i + b - y_i)^2$ is the square of something linear in $w_1$.) And the untrained neuron's $w_1 = 0.2262$:
// with $b$ held at 1 instead of its own $b = 0$, will its loss be above or below the 2.1211 of section 2, and
// should $w_1$ grow or shrink to lower it?

// [cell bowl-minimum]
int best = Array.IndexOf(lossGrid, lossGrid.Min());
double wBest = wGrid[best];
double wUntrained = untrained.W[0];
Print($"lowest loss on the grid: L = {lossGrid[best]:F6} at w₁ = {wBest:F2}");
Print($"untrained neuron's w₁ = {wUntrained:F4}: L = {LossAt(wUntrained, b):F4} (with b = 1)");

// [cell chart-bowl]
Display("chart-bowl", Chart.Combine(new[]
    {
        Chart.Line<double, double, string>(x: wGrid, y: lossGrid, Name: "L(w₁), b = 1"),
        Chart.Point<double, double, string>(x: new[] { wBest }, y: new[] { lossGrid[best] }, Name: "minimum"),
        Chart.Point<double, double, string>(x: new[] { wUntrained }, y: new[] { LossAt(wUntrained, b) },
            Name: "untrained neuron's w₁"),
    })
    .WithHover("w₁ = %{x:.4f}<br>L = %{y:.4f}")
    .WithTitle("The loss as the weight w₁ varies (b fixed at 1)")
    .WithXAxisStyle<double, double, string>(TitleText: "w₁ (the weight)")
    .WithYAxisStyle<double, double, string>(TitleText: "L (mean squared error)")
    .WithNotebookLayout());

// The loss is a bowl (a parabola: the square of something that is linear in $w_1$). Its bottom is at $w_1 = 2$,
// where the loss is 0: the data's line $y = 2x + 1$ has slope 2 (`TrueSlope`), and a neuron with that weight fits
// it. The untrained neuron sits on the left wall, where the bowl falls as $w_1$ grows: to get better, **increase**
// $w_1$. (With $b$ held at 1, the untrained weight's loss is 1.1211 rather than the untrained neuron's 2.1211: part
// of its error came from its bias $b = 0$. The loss is a bowl in $b$ too, and notebook 4 walks down both at once.)
//
// You can read that off the chart. The training algorithm, which cannot see the chart, only the loss at the weights
// it tries, needs one number at its current weight that says which way the loss rises, and so which way it falls; it cannot afford to try 121
// weights for every step (a real network has millions of weights). That number is the **gradient**, the slope of
// the loss.

// ## 4. Which way is downhill? The gradient
//
// How steeply the bowl rises or falls at $w_1$ is the derivative of the loss with respect to $w_1$, written
// $\partial L / \partial w_1$. The curly $\partial$ marks a **partial derivative**: $L$ depends on both $w_1$ and $b$,
// and $\partial L / \partial w_1$ is how fast $L$ changes as $w_1$ moves while the other parameters (here $b$) are
// held fixed. We call it the **gradient** of the loss with respect to $w_1$ (strictly, its $w_1$ component:
// together with $\partial L/\partial b$ it forms the gradient vector, which notebooks 3 and 4 use), or the slope of the loss; it is not the
// slope of the data's line, which is the value 2 that $w_1$ should reach.
//
// The gradient points **uphill**: its sign says in which direction of $w_1$ the loss grows. Where it is positive,
// the loss grows as $w_1$ grows: uphill is to the right, downhill to the left. Where it is negative, uphill is to the
// left and downhill to the right. Downhill is always **against** the gradient, the direction of
// $-\partial L / \partial w_1$: that is the way notebook 4 steps. We can measure the gradient by moving $w_1$ a tiny
// $h$ both ways:
//
// $$\frac{\partial L}{\partial w_1} \approx \frac{L(w_1 + h) - L(w_1 - h)}{2h}$$

// [cell slope]
// The gradient ∂L/∂w₁ at w1 (b held fixed), measured: rise over run for a tiny step h either side.
double DLossDW1At(double w1, double h = 1e-5) => (LossAt(w1 + h, b) - LossAt(w1 - h, b)) / (2 * h);

double dLossDW1Untrained = DLossDW1At(wUntrained);
Print($"∂L/∂w₁ at w₁ = {wUntrained:F4}: {dLossDW1Untrained:F4}  (negative: uphill is towards smaller w₁, downhill towards bigger)");
Print($"∂L/∂w₁ at w₁ = 3.0000: {DLossDW1At(3.0):F4}  (positive: uphill is towards bigger w₁, downhill towards smaller)");
Print($"∂L/∂w₁ at w₁ = {TrueSlope:F4}: {DLossDW1At(TrueSlope):F4}  (flat: the bottom)");

// At the untrained $w_1 = 0.2262$ the gradient is $-1.2641$: negative: the loss grows towards a smaller $w_1$ (uphill
// is to the left), so downhill, against the gradient, is towards a bigger $w_1$, just as the chart showed. At the bottom it is 0, and past the bottom it turns positive.
//
// Here is the gradient as a picture: the **tangent**, the straight line that touches the bowl at the untrained $w_1$
// and tilts exactly as steeply as the bowl does there. It falls 1.2641 in loss for every 1 that $w_1$ grows; we draw
// a short piece of it, $w_1 \pm 0.75$ around the untrained weight.

// [cell chart-tangent]
double lossAtUntrained = LossAt(wUntrained, b);
double[] wTangent = { wUntrained - 0.75, wUntrained + 0.75 };
// A line through (wUntrained, lossAtUntrained) whose slope is the measured gradient.
double[] lossTangent = wTangent.Select(w1 => lossAtUntrained + dLossDW1Untrained * (w1 - wUntrained)).ToArray();

Display("chart-tangent", Chart.Combine(new[]
    {
        Chart.Line<double, double, string>(x: wGrid, y: lossGrid, Name: "L(w₁), b = 1"),
        Chart.Line<double, double, string>(x: wTangent, y: lossTangent,
            Name: Invariant($"tangent at w₁ = {wUntrained:F4}: slope ∂L/∂w₁ = {dLossDW1Untrained:F4}")),
        Chart.Point<double, double, string>(x: new[] { wUntrained }, y: new[] { lossAtUntrained },
            Name: "untrained neuron's w₁"),
    })
    .WithHover("w₁ = %{x:.4f}<br>L = %{y:.4f}")
    .WithTitle("The gradient as a picture: the tangent")
    .WithXAxisStyle<double, double, string>(TitleText: "w₁ (the weight)")
    .WithYAxisStyle<double, double, string>(TitleText: "L (mean squared error)")
    .WithNotebookLayout());

// Measuring the gradient like this costs two loss evaluations per weight. Calculus does better: notebook 3 builds
// $\partial L / \partial w_1$ exactly with the chain rule, one small derivative at a time. The first of them is how
// the loss changes when one prediction $\hat y_i$ moves, the other predictions held fixed: $\partial L / \partial \hat y_i$.
// You work it out next, from $L = \frac{1}{n}\sum_i (\hat y_i - y_i)^2$.

// ### ✍️ Your neuron: DMseDYHat
//
// Differentiate $L = \frac{1}{n}\sum_{i=1}^{n} (\hat y_i - y_i)^2$ with respect to one prediction $\hat y_i$, on paper
// first. Then write `DMseDYHat(yHat, y)` in `MyNeuron.csx`: a new array holding $\partial L / \partial \hat y_i$ for
// every example $i$, where $n$ = `yHat.Length`. The check compares it with the library's
// `Losses.DMseDYHat` on the four predictions of section 1, on the untrained neuron's 30 predictions and
// on random arrays of several lengths.

// [cell mine-dmse-check]
// Checks your DMseDYHat against the library's derivative. It re-reads MyNeuron.csx: after you save the file, run this cell again.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)
Display("mine-dmse-check", Ex02.DMseDYHat.Check(Yours));

// [cell mine-dmse-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("mine-dmse-help", Ex02.DMseDYHat.Help());

// Differentiating $L$ with respect to $\hat y_i$ leaves only the $i$-th term of the sum, and the derivative of a square
// brings a 2:
//
// $$\frac{\partial L}{\partial \hat y_i} = \frac{2}{n} \left(\hat y_i - y_i\right)$$
//
// Positive where a prediction is too high, negative where it is too low, and bigger the further off it is. Like every
// gradient it points uphill: it is the way the prediction would have to move to make the loss grow. Downhill is
// against it: push a too-high prediction down and a too-low one up.

// The library's version ([lib/Losses.cs](../lib/Losses.cs)), on the four predictions of section 1:

// [cell library-dloss]
double[] dLossDYHat = Losses.DMseDYHat(yHatFour, yFour);
for (int i = 0; i < yHatFour.Length; i++)
    Print($"index {i}: ŷ = {yHatFour[i]:F3}, y = {yFour[i]:F0}, ∂L/∂ŷ = {dLossDYHat[i]:F4}");

// The example at index 0 (the 1st) predicted too high (0.5 for a target of 0), so its gradient is positive, 0.2500:
// lowering that prediction lowers the loss. The other three are too low, so theirs are negative: raise them.
// Notebook 3 passes these numbers back through the neuron, with the chain rule, to get the exact gradients
// $\partial L / \partial w_1$ and $\partial L / \partial b$.

// ## 5. The ½ you will meet elsewhere
//
// Many texts and libraries put a ½ in front of the squared error: one example's error is $\frac{1}{2}(y - \hat y)^2$,
// and the loss is
//
// $$L_{1/2} = \frac{1}{2n} \sum_{i=1}^{n} \left(y_i - \hat y_i\right)^2 = \frac{L}{2}.$$
//
// (The order inside the square does not matter: $(y - \hat y)^2 = (\hat y - y)^2$.) Why the ½? It cancels the 2 that
// the derivative of a square brings down:
//
// $$\frac{\partial L_{1/2}}{\partial \hat y_i} = \frac{1}{2n} \cdot 2\left(\hat y_i - y_i\right) = \frac{1}{n}\left(\hat y_i - y_i\right),$$
//
// a tidier formula. Halving a loss halves every value and every slope, but it cannot move the bottom of the bowl:
// the $w_1$ that makes $L$ smallest also makes $L/2$ smallest, so both train towards the same weights. This course's
// $L$ has no ½, so its derivative keeps the 2: $\frac{2}{n}(\hat y_i - y_i)$.
//
// A text with the ½ quotes, for our four predictions, a loss that rounds to 0.089 and derivatives that round to
// 0.125, −0.088, −0.119 and −0.083. The next cell reproduces those numbers, and stops with an error if they do not
// come out; then it finds the bottom of both bowls.

// [cell half-convention]
// The ½ convention on the four predictions of section 1: L½ = Σ(y − ŷ)² / (2n), and ∂L½/∂ŷᵢ = (1/n)(ŷᵢ − yᵢ).
int nFour = yHatFour.Length;
double lossHalf = yHatFour.Zip(yFour, (p, t) => (t - p) * (t - p)).Sum() / (2 * nFour);
double[] dLossHalfDYHat = yHatFour.Zip(yFour, (p, t) => (p - t) / nFour).ToArray();
Print($"with the ½: L = {lossHalf:F3}, ∂L/∂ŷ = {Format3(dLossHalfDYHat)}");
Print($"this course: L = {loss:F6}, ∂L/∂ŷ = [{string.Join(", ", dLossDYHat.Select(d => d.ToString("F4", CultureInfo.InvariantCulture)))}]: twice as big");

// The numbers quoted for the ½ convention: stop here if ours differ.
double[] quoted = { 0.125, -0.088, -0.119, -0.083 };
if (!(Math.Abs(Math.Round(lossHalf, 3) - 0.089) < 1e-12)
    || !dLossHalfDYHat.Zip(quoted, (d, q) => Math.Abs(Math.Round(d, 3) - q) < 1e-12).All(ok => ok))
    throw new InvalidOperationException($"The ½-convention numbers {lossHalf} and {Format3(dLossHalfDYHat)} do not round to the quoted ones.");
Console.WriteLine("✔ They round to the quoted 0.089 and [0.125, -0.088, -0.119, -0.083].");

// The bottom does not move: on the grid of section 3, L and L/2 are lowest at the same w₁.
double[] lossHalfGrid = wGrid.Select(w1 => LossAt(w1, b) / 2).ToArray();
double wBestHalf = wGrid[Array.IndexOf(lossHalfGrid, lossHalfGrid.Min())];
Print($"lowest L at w₁ = {wBest:F2}, lowest L/2 at w₁ = {wBestHalf:F2}");
if (wBestHalf != wBest)
    throw new InvalidOperationException($"With the ½ the bowl's bottom moved from w₁ = {wBest} to {wBestHalf}.");

static string Format3(double[] values) => "[" + string.Join(", ", values.Select(v => v.ToString("F3", CultureInfo.InvariantCulture))) + "]";

// Both bowls bottom out at the same $w_1$: the ½ rescales the loss and its gradients, nothing more. When you compare
// your numbers with another text, check which convention it uses: a factor of 2 between its gradients and yours is
// the ½, not a bug.

// ## Summary
//
// - The **loss** is one number for how wrong the neuron is. The **mean squared error**
//   $L = \frac{1}{n}\sum_i (\hat y_i - y_i)^2$ squares each error (no cancelling, big errors count more) and averages.
// - You wrote it as a loop; the library's `Losses.Mse` gives the same number. The four example predictions
//   have $L = 0.177791$; the untrained neuron's loss on the course's data is $L = 2.1211$, against the perfect neuron's 0.
// - Holding $b$ fixed, the loss as a function of $w_1$ is a **bowl** with its bottom at $w_1 = 2$ (`TrueSlope`, the
//   slope of the data's line).
// - The **gradient** $\partial L/\partial w_1$ (a partial derivative: $b$ held fixed) is the slope of the loss, the
//   tilt of the tangent. It points uphill; downhill is against it: negative means increase the weight, positive
//   means decrease it.
// - Each prediction's own gradient is $\partial L/\partial \hat y_i = \frac{2}{n}(\hat y_i - y_i)$
//   (`Losses.DMseDYHat`).
// - You wrote `Mse` and `DMseDYHat` in `MyNeuron.csx`; they agree with the library's `Losses.Mse` and
//   `Losses.DMseDYHat`.
// - Texts with the ½ convention use $L/2$, whose derivative is $\frac{1}{n}(\hat y_i - y_i)$: half of every number,
//   the same minimum.
//
// **Next:** [3. The backward pass](03-backward-pass.ipynb): the chain rule turns $\partial L/\partial \hat y$ into
// the exact gradients $\partial L/\partial w_1$ and $\partial L/\partial b$, without trying any other weights.

// [cell outcome]
// The lesson's outcome: the hand-written MSE is the library's, the bowl's bottom is at the data line's slope,
// the measured gradient at the untrained w₁ is negative (uphill is away from the bottom, so we step against it),
// and dL/dŷ = (2/n)(ŷ − y).
if (!(Math.Abs(lossByHand - Losses.Mse(yHatFour, yFour)) <= 1e-12))
    throw new InvalidOperationException($"The loop gave L = {lossByHand}, but Losses.Mse gives {Losses.Mse(yHatFour, yFour)}.");
if (!(Math.Abs(wBest - TrueSlope) <= step))
    throw new InvalidOperationException($"The bowl's lowest point is at w₁ = {wBest}, but it should be at the data line's slope {TrueSlope}.");
if (!(dLossDW1Untrained < 0 && wUntrained < wBest))
    throw new InvalidOperationException($"At w₁ = {wUntrained} the gradient ∂L/∂w₁ is {dLossDW1Untrained}; it should be negative: the loss grows towards smaller w₁, away from the bottom at w₁ = {wBest}.");
if (!(lossUntrained > 1 && lossPerfect <= 1e-20))
    throw new InvalidOperationException($"The untrained loss {lossUntrained} should be large and the perfect neuron's loss {lossPerfect} zero.");
double[] dLossByFormula = yHatFour.Select((p, i) => 2.0 / yHatFour.Length * (p - yFour[i])).ToArray();
if (!dLossByFormula.Zip(dLossDYHat, (a, c) => Math.Abs(a - c) <= 1e-12).All(ok => ok))
    throw new InvalidOperationException("Losses.DMseDYHat does not match (2/n)(ŷ − y).");

Print($"✔ Hand-written MSE = library MSE = {lossByHand:F6}; the bowl's lowest point is at w₁ = {wBest:F2} (TrueSlope = {TrueSlope:F0}); the gradient ∂L/∂w₁ at the untrained w₁ is {dLossDW1Untrained:F4}: it points uphill, away from the bottom, so the step against it goes towards it.");
