#!/usr/bin/env dotnet
// 1. The neuron and its forward pass
//
// Run it from the repository root with the .NET 10 SDK (10.0.300 or later):   dotnet run --file lessons/01-forward-pass.cs
// (--file, because the repository root also holds the library's project, which `dotnet run` would pick; inside
// lessons/, `dotnet run 01-forward-pass.cs` works too). It prints what the notebook prints. A chart is saved as an HTML
// page under lessons/output/01-forward-pass/; the path is printed: open it in a browser.
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
// Generated from notebooks/01-forward-pass.ipynb by tools/LessonGenerator: the notebook is the source. Its markdown is in
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

// # 1. The neuron and its forward pass
//
// ⏱ about 30 minutes
//
// A neuron is the smallest thing that can learn. It multiplies each input by a weight, adds a bias, and passes the
// sum through an activation function. In this notebook you do that arithmetic by hand, then let the course library
// do it for many examples at once, write it yourself in your own neuron, and finally look at what a neuron that has
// learned nothing yet predicts.
//
// **What you will learn**
// - the vocabulary: example, feature, target, data set, epoch;
// - the weighted sum $z = \sum_j w_j x_j + b$ for one example, and its matrix form $z = XW + b$ for many;
// - the linear activation $\sigma(z) = z$;
// - `Neuron.Forward` on an input matrix whose rows are examples;
// - writing your own neuron, in the file `MyNeuron.csx`: σ, the constructor and `Forward`;
// - what an untrained neuron predicts on the course's data.
//
// **What you need:** C# basics (arrays, loops, methods). This is the first notebook: no machine learning is assumed.
//
// **How to run it**, three ways. (1) In VS Code with the Polyglot Notebooks extension, or in Jupyter with the .NET
// Interactive kernel (Microsoft deprecated both in 2026; they still work), in the kernel version the course pins (README.md
// says how): open this notebook and choose **Run All**.
// (2) As a program, in any editor with C# IntelliSense and a debugger: from the repository root,
// `dotnet run --file lessons/01-forward-pass.cs` runs this notebook as one C# file, its text in comments (your neuron
// is then in `lessons/MyNeuron.cs`). (3) Headless, from the repository root:
// `dotnet run --project tools/NotebookRunner.Cli -- notebooks/01-forward-pass.ipynb`. The first run builds the course
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

// ## 1. Words first
//
// Machine learning learns from **examples**. Each example is described by a few numbers, its **features**, and
// while we teach it comes with the answer we want, its **target**.
//
// | Task | One example | Its features | Its target |
// |---|---|---|---|
// | Screening a blood test | a patient | white and red blood-cell counts (2 features) | ill or healthy |
// | Recognising handwritten digits | a 28 × 28 grey image | the brightness of each pixel (784 features) | the digit 0–9 |
// | This course | a point | its $x$ (1 feature) | its $y$ |
//
// A **data set** is a collection of examples. Learning goes over the data set again and again; one full pass over
// every example is called an **epoch**. We write $n$ for the number of examples, $f$ for the number of features,
// and number them with two indices: $i$ for the example, $j$ for the feature, so $x_{ij}$ is feature $j$ of
// example $i$. When we look at a single example we drop its $i$ and write $x_j$ for its feature $j$.

// ## 2. One neuron, one example
//
// [figure ../assets/neuron.svg: A neuron: the inputs x₁ to x_f are each multiplied by their weight w₁ to w_f and summed together with the bias b into z; the activation σ turns z into the prediction ŷ]
//
// A neuron holds one **weight** $w_j$ per feature and one **bias** $b$. For one example it computes the
// **weighted sum**
//
// $$z = w_1 x_1 + w_2 x_2 + \dots + w_f x_f + b = \sum_{j=1}^{f} w_j x_j + b$$
//
// and then its **prediction** $\hat y = \sigma(z)$, where $\sigma$ is the **activation function**. A weight says how
// much its feature matters and in which direction; the bias is what $z$ is when every feature is 0.
//
// Take a patient with $x_1 = 7.5$ white cells ($10^9$ per litre) and $x_2 = 4.8$ red cells ($10^{12}$ per litre),
// and a neuron with $w_1 = 0.2$, $w_2 = -0.5$, $b = 1$ (made-up numbers: nothing has been learned yet):
//
// $$z = 0.2 \cdot 7.5 + (-0.5) \cdot 4.8 + 1 = 1.5 - 2.4 + 1 = 0.1$$
//
// In C#, arrays count from 0, so $x_1$ is `x[0]` and $w_2$ is `w[1]`:

// [cell one-example]
double[] x = { 7.5, 4.8 };   // x₁, x₂: one patient
double[] w = { 0.2, -0.5 };  // w₁, w₂
double b = 1.0;

double z = w[0] * x[0] + w[1] * x[1] + b;
Print($"z = {z:F3}");

// With more features we would not write every term out: a loop adds $w_j x_j$ for each feature $j$, starting from $b$.

// [cell weighted-sum]
// z = Σⱼ wⱼxⱼ + b for one example x with f = x.Length features.
double WeightedSum(double[] x, double[] w, double b)
{
    double z = b;
    for (int j = 0; j < x.Length; j++)
        z += w[j] * x[j];
    return z;
}

Print($"z = {WeightedSum(x, w, b):F3}");

// ## 3. The activation
//
// The activation $\sigma$ turns $z$ into the prediction $\hat y = \sigma(z)$. Bigger networks use curved activations
// (sigmoid, ReLU, ...); this course uses the simplest one, the **linear activation**, which leaves $z$ unchanged:
//
// $$\sigma(z) = z, \qquad \frac{d\sigma}{dz} = 1$$
//
// (Elsewhere $\sigma$ often means one particular activation, the sigmoid; in this course it just means "the activation".)
//
// With it a neuron with one feature is a straight line, $\hat y = w_1 x_1 + b$: slope $w_1$, intercept $b$.
// The library has $\sigma$ as `Linear` and its derivative as `DLinearDz`
// ([lib/Activations.cs](../lib/Activations.cs)); the derivative will matter
// in notebook 3, when we ask how $\hat y$ changes as $z$ changes.

// [cell activation-code]
double yHatPatient = Linear(z);
Print($"ŷ = σ(z) = {yHatPatient:F3}");
Print($"dσ/dz = {DLinearDz(z):F1}");

// ## 4. Many examples at once: $z = XW + b$
//
// Stack the $n$ examples as the **rows** of an $n \times f$ matrix $X$: row $i$ is example $i$, column $j$ is
// feature $j$, and the entry in row $i$, column $j$ is $x_{ij}$. Put the $f$ weights in a column $W$. Then all $n$
// weighted sums are one matrix–vector product plus the same bias for every row:
//
// $$z = XW + b, \qquad\text{that is}\qquad z_i = \sum_{j=1}^{f} w_j\, x_{ij} + b \quad\text{for } i = 1, \dots, n.$$
//
// Here is a small $X$ (3 examples, 2 features) with weights and a bias, chosen so that you can multiply by hand:
//
// $$X = \begin{bmatrix} 1 & 2 \\ 0 & -1 \\ 4 & 3 \end{bmatrix}, \qquad
// W = \begin{bmatrix} 0.5 \\ -1 \end{bmatrix}, \qquad b = 2$$
//
// A C# rectangular array `double[,]` holds a matrix; `X[i, j]` is row `i`, column `j`. Code counts from 0 and the
// maths from 1, so $x_{11}$ is `X[0, 0]`: the example at index 0 is the 1st example.

// [cell small-matrix]
double[,] X =
{
    { 1,  2 },   // index 0, the 1st example: x₁ = 1, x₂ = 2
    { 0, -1 },   // index 1, the 2nd example
    { 4,  3 },   // index 2, the 3rd example
};
double[] W = { 0.5, -1.0 };
b = 2.0;

Print($"X is {X.GetLength(0)} × {X.GetLength(1)}: n = {X.GetLength(0)} examples, f = {X.GetLength(1)} features");

// The library's `Neuron` ([lib/Neuron.cs](../lib/Neuron.cs)) holds $W$ and $b$ under their own names, `W` and `b`, as your neuron will. A new neuron
// starts with small random weights; here we set them ourselves so that you can check its arithmetic. We give it a
// copy of `W`: `neuron.W = W` would share the array, so changing one later would silently change the other. A small
// helper, `Format`, prints vectors.

// [cell small-neuron]
// Prints a vector as [a, b, c] with `format` digits, e.g. "F2".
string Format(double[] values, string format = "F2") =>
    "[" + string.Join(", ", values.Select(v => v.ToString(format, CultureInfo.InvariantCulture))) + "]";

var neuron = new Neuron(featureCount: 2);
neuron.W = (double[])W.Clone();   // a copy: the neuron keeps the array it is given
neuron.b = b;
Console.WriteLine(neuron);

// ### 🤔 Predict, then run
//
// `neuron.Forward(X)` returns $\hat y$, one prediction per row of $X$. Before you run the next cell, work the three
// numbers out on paper: $\hat y_i = 0.5\, x_{i1} + (-1)\, x_{i2} + 2$.

// [cell forward]
double[] yHat = neuron.Forward(X);
Print($"ŷ = {Format(yHat)}");

// Did you get $[0.5,\ 3,\ 1]$? Row by row:
//
// $$\begin{aligned}
// \hat y_1 &= 0.5 \cdot 1 + (-1) \cdot 2 + 2 = 0.5 \\
// \hat y_2 &= 0.5 \cdot 0 + (-1) \cdot (-1) + 2 = 3 \\
// \hat y_3 &= 0.5 \cdot 4 + (-1) \cdot 3 + 2 = 1
// \end{aligned}$$
//
// (In code $\hat y_1$ is `yHat[0]`, the prediction for row 0.)
//
// The same sums, written out in C# from the entries of `X`, `W` and `b`, agree with `Forward`:

// [cell forward-by-hand]
double[] zByHand =
{
    X[0, 0] * W[0] + X[0, 1] * W[1] + b,
    X[1, 0] * W[0] + X[1, 1] * W[1] + b,
    X[2, 0] * W[0] + X[2, 1] * W[1] + b,
};
Print($"by hand:    {Format(zByHand)}");
Print($"Forward(X): {Format(yHat)}");

// Mind the shapes: an $n \times f$ matrix times $f$ weights gives $n$ numbers, one per example. The neuron has
// exactly $f$ weights, so it refuses an $X$ with a different number of columns, and says why:

// [cell shape-error]
try
{
    neuron.Forward(new double[,] { { 1, 2, 3 } });   // 1 example with 3 features, but the neuron takes 2
}
catch (ArgumentException e)
{
    Console.WriteLine(e.Message);
}

// ### Your own neuron: MyNeuron.csx
//
// So far the library's `Neuron` did the work. Over the four notebooks you build your own neuron, piece by piece, in
// [MyNeuron.csx](MyNeuron.csx), the file beside this notebook: open it in your editor next to this notebook. It
// holds a class `MyNeuron` whose members are named after the maths: `W`, `b`, and a few you will meet later. Every
// piece starts as one line that **borrows** the library's version (`FromLibrary.…`), so the file runs before you have
// written anything. To write a piece, replace its borrowing line with your code, save the file, and run the piece's
// check cell again: the check re-reads the file. While a piece still borrows, its check says "not done yet". Under
// every check is a help cell: two hints, then the solution, each folded until you open it; and
// [solutions/MyNeuron.csx](solutions/MyNeuron.csx) has every piece written out. Skipping a notebook is fine too: the pieces you have not written keep borrowing, so the next notebook still runs.
//
// The library ([lib/Neuron.cs](../lib/Neuron.cs)) is what every check compares your neuron with, number for number,
// and what the later notebooks use for their charts and experiments. The checks themselves, with their hints and
// solutions, are the course library's: [course/README.md](../course/README.md).

// ### ✍️ Your neuron: σ and the constructor
//
// In `MyNeuron.csx`, write:
//
// 1. `Sigma(z)`: the activation $\sigma$ of section 3, and `DSigmaDz(z)`: its derivative $d\sigma/dz$.
// 2. The constructor `MyNeuron(int featureCount, int seed = 0)`, for $f$ = `featureCount` features: $W$ gets $f$
//    weights, each uniform in $[-0.5, 0.5)$; $b$ starts at 0; and the gradients, which notebook 3 fills, start at 0
//    (`dLossDW` holds one per weight, `dLossDb` one for the bias).
//
// Your weights must be the very numbers the library's `new Neuron(f, seed)` starts with, so that later notebooks can
// compare your neuron with the library's number for number. The library makes one C# `Random` from the seed and takes
// its `NextDouble()` draws, which are uniform in $[0, 1)$, one per weight in order $j = 0, 1, \dots, f - 1$. Why a
// seed? A `Random` made without one gives different numbers on every run; with a seed it gives the same numbers every
// time, so your results are repeatable. The check compares your $W$ with `new Neuron(f, seed).W` for $f$ = 1, 2, 3
// and seeds 0 and 7.

// [cell mine-constructor-check]
// Checks your Sigma, DSigmaDz and constructor against the library. It re-reads MyNeuron.csx: after you save the file, run this cell again.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)
Display("mine-constructor-check", Ex01.Constructor.Check(Yours));

// [cell mine-constructor-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("mine-constructor-help", Ex01.Constructor.Help());

// ### ✍️ Your neuron: Forward
//
// Write `Forward(X)` in `MyNeuron.csx`: the forward pass of this section for an $n \times f$ matrix $X$, one example
// per row. It returns the $n$ predictions $\hat y_i = \sigma(z_i)$ of $z = XW + b$ in a new array, and keeps $X$ in
// `lastX` and the $n$ values $z_i$ in `lastZ`: notebook 3's backward pass needs them. `X.GetLength(0)` is $n$ and
// `X.GetLength(1)` is $f$. The check compares your predictions with the library's `Neuron.Forward` on the course data
// and on random $4 \times 2$, $5 \times 3$ and $3 \times 3$ matrices, with the same $W$ and $b$.

// [cell mine-forward-check]
// Checks your Forward against the library's Neuron. It re-reads MyNeuron.csx: after you save the file, run this cell again.
// #load "MyNeuron.csx" → #:include MyNeuron.cs (top of this file)
Display("mine-forward-check", Ex01.Forward.Check(Yours));

// [cell mine-forward-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("mine-forward-help", Ex01.Forward.Help());

// ## 5. The course's data
//
// `GetData()` ([lib/Data.cs](../lib/Data.cs)) returns the data set the rest of the course learns from: $n = 30$
// examples with one feature, $x$ spaced evenly from −1 to 1, and targets that lie exactly on one straight line.
// Which line? That is for you to find out, just below.
//
// `data.X` is a $30 \times 1$ matrix (one row per example, the shape `Forward` wants); `data.y` holds the targets.
// `var (X, y) = GetData();` does the same and unpacks both at once; notebooks 2–4 write it that way. Here `X` is
// already the small matrix above, so we keep the name `data`.

// [cell get-data]
var data = GetData();
Print($"n = {data.Count} examples, f = {data.FeatureCount} feature");
for (int i = 0; i < 3; i++)
    Print($"index {i}: x = {data.X[i, 0]:F4}, y = {data.y[i]:F4}");
Console.WriteLine("...");
Print($"index {data.Count - 1}: x = {data.X[data.Count - 1, 0]:F4}, y = {data.y[data.Count - 1]:F4}");

// ### ✍️ Your turn: be the training algorithm
//
// Before a neuron learns its weights, find them yourself. With one feature the neuron's prediction is the line
// $\hat y = w_1 x + b$. Give `myNeuron` the weight $w_1$ and bias $b$ that make its line pass through all 30 data
// points, so that `myNeuron.Forward(data.X)` returns exactly `data.y`. Work them out from the points printed above:
// two points of a line are enough to know the whole line.

// [cell ex2-answer]
var myNeuron = new Neuron(featureCount: 1);
myNeuron.W[0] = 0.0;   // ✍️ w₁
myNeuron.b = 0.0;         // ✍️ b

// [cell ex2-check]
// Compares myNeuron's predictions with the targets, point by point.
Display("ex2-check", Ex01.Line.Check(myNeuron));

// [cell ex2-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("ex2-help", Ex01.Line.Help());

// The data's line is $y = 2x + 1$: slope 2 and intercept 1. Because we know the line that made the data, we will be
// able to check that training finds them on its own. The library names them `Data.TrueSlope` and
// `Data.TrueIntercept` (with `using static Data` from the setup, just `TrueSlope` and `TrueIntercept`); the next
// notebooks use them.

// [cell true-line-code]
Print($"the data's line: y = {TrueSlope}x + {TrueIntercept} (TrueSlope = {TrueSlope}, TrueIntercept = {TrueIntercept})");

// A new neuron with one feature starts from the seed `Neuron.DefaultSeed` (0): its weight is drawn uniformly from
// $[-0.5, 0.5)$ and its bias is 0, just as your constructor does (`new MyNeuron(1)` starts from the same seed, so
// with the same weight). It has learned nothing yet. Here is what it predicts for the 30 examples:

// [cell untrained]
var untrained = new Neuron(featureCount: 1);
double[] yHatUntrained = untrained.Forward(data.X);
Print($"untrained neuron: w₁ = {untrained.W[0]:F4}, b = {untrained.b:F4}");
Print($"first three predictions: {Format(yHatUntrained[..3], "F4")}");

// A picture says more: the 30 data points, and the untrained neuron's predictions, which lie on its line
// $\hat y = w_1 x + b$. Hover over the chart to read values: `.WithHover(…)` sets what the box says about a point
// (`%{x:.2f}` is the point's $x$ with 2 decimals). The last line, `.WithNotebookLayout()`, gives every chart of the
// course the same size and puts the legend under the plot; it and `.WithHover` are in
// [course/Notebook/ChartStyle.cs](../course/Notebook/ChartStyle.cs), part of the course library the setup cell loaded.

// [cell chart-untrained]
double[] x1 = data.Feature(0);   // column 0 of X: the x axis
Display("chart-untrained", Chart.Combine(new[]
    {
        Chart.Point<double, double, string>(x: x1, y: data.y, Name: "data: y = 2x + 1")
            .WithHover("x = %{x:.2f}<br>y = %{y:.2f}"),
        Chart.Line<double, double, string>(x: x1, y: yHatUntrained, Name: "untrained neuron: ŷ = w₁x + b")
            .WithHover("x = %{x:.2f}<br>ŷ = %{y:.4f}"),
    })
    .WithTitle("The data and the untrained neuron's line")
    .WithXAxisStyle<double, double, string>(TitleText: "x (the feature)")
    .WithYAxisStyle<double, double, string>(TitleText: "y (target) and ŷ (prediction)")
    .WithNotebookLayout());

// The untrained line is almost flat (its slope is $w_1 = 0.2262$) and crosses $x = 0$ at height 0, while the data
// climbs with slope 2 and crosses at 1. **Learning** will mean moving $w_1$ towards 2 and $b$ towards 1. To move them in the right direction we first
// need one number that says how wrong the neuron is: that is the next notebook.

// ## Summary
//
// - An **example** is described by $f$ **features**; $n$ examples stacked as rows form the $n \times f$ matrix $X$.
//   One pass over all of them is an **epoch**.
// - A neuron computes $z = \sum_j w_j x_j + b$ for one example, or $z = XW + b$ for all examples at once, and
//   predicts $\hat y = \sigma(z)$. With the linear activation $\sigma(z) = z$, so $\hat y = z$.
// - `Neuron.Forward(X)` returns one prediction per row of $X$; you checked it by hand, and wrote your own `Forward`,
//   with `Sigma` and the seeded constructor, in `MyNeuron.csx`.
// - The untrained neuron's line is far from the data's line $y = 2x + 1$; when you found $w_1 = 2$ and $b = 1$
//   from the points, it fitted exactly. Training will have to find those numbers on its own.
//
// **Next:** [2. Measuring error](02-loss.ipynb): one number that says how wrong the neuron is, and which way is downhill.

// [cell outcome]
// The lesson's outcome: Forward computes z = XW + b row by row, and an untrained neuron is not yet the data's line.
for (int i = 0; i < zByHand.Length; i++)
    if (!(Math.Abs(yHat[i] - zByHand[i]) <= 1e-12))
        throw new InvalidOperationException($"Forward(X) gave {yHat[i]} for row {i}, but the hand computation gives {zByHand[i]}.");

double largestGap = yHatUntrained.Zip(data.y, (p, t) => Math.Abs(p - t)).Max();
if (Math.Abs(untrained.W[0] - TrueSlope) < 1 || largestGap < 0.5)
    throw new InvalidOperationException(
        $"The untrained neuron (w₁ = {untrained.W[0]}, b = {untrained.b}) should be far from y = 2x + 1, "
        + $"but its largest gap to the data is only {largestGap}.");

Print($"✔ Forward(X) equals the hand computation in every row, and the untrained neuron's line (w₁ = {untrained.W[0]:F4}, b = {untrained.b:F4}) misses the data by up to {largestGap:F4}.");
