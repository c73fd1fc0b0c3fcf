#!/usr/bin/env dotnet
// 5. Two features and a curve: a neuron that classifies
//
// Run it from the repository root with the .NET 10 SDK (10.0.300 or later):   dotnet run --file lessons/05-two-features.cs
// (--file, because the repository root also holds the library's project, which `dotnet run` would pick; inside
// lessons/, `dotnet run 05-two-features.cs` works too). It prints what the notebook prints. A chart is saved as an HTML
// page under lessons/output/05-two-features/; the path is printed: open it in a browser.
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
// Generated from notebooks/05-two-features.ipynb by tools/LessonGenerator: the notebook is the source. Its markdown is in
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

// # 5. Two features and a curve: a neuron that classifies
//
// Notebook 1 met a patient with $x_1 = 7.5$ white blood cells ($10^9$ per litre) and $x_2 = 4.8$ red ones ($10^{12}$
// per litre), and asked whether a neuron could tell ill from healthy. So far our neuron only fitted a line to points.
// In this notebook it learns a **yes/no answer** from two features: it reads two blood counts and says how likely the
// patient is to be ill. And then we find the first thing a single neuron cannot learn, however long it trains.
//
// ⏱ about 45 minutes.
//
// **What you will learn**
//
// - the sigmoid $\sigma(z) = 1/(1 + e^{-z})$, which squashes $z$ into $(0, 1)$ so that $\hat y$ reads as a probability, and its derivative $\sigma(1 - \sigma)$ (you write both);
// - why we standardise the features before training, and what happens if we don't;
// - training a two-feature sigmoid neuron with the library's `Trainer.Train`, and its accuracy;
// - the **decision line** $w_1 x_1 + w_2 x_2 + b = 0$, where $\hat y = 0.5$, and how to draw it in the patients' own units (you write it);
// - what one neuron cannot do: a data set that no straight line separates.
//
// **What you need from before**
//
// - Notebooks 1 to 4: the neuron $\hat y = \sigma(z)$ with $z = \sum_j w_j x_j + b$, the mean squared error, `Backward`, and
//   training with `Trainer.Train` (per example, full batch or mini-batch).
// - From here on we use the course library for the neuron; your `MyNeuron.csx` is not loaded here (it
//   is done). The exercises here are written in the notebook itself.
//
// **How to run it**, three ways. (1) In VS Code with the Polyglot Notebooks extension, or in Jupyter with the .NET
// Interactive kernel (Microsoft deprecated both in 2026; they still work), in the kernel version the course pins (README.md
// says how): open this notebook and choose **Run All**.
// (2) As a program, in any editor with C# IntelliSense and a debugger: from the repository root,
// `dotnet run --file lessons/05-two-features.cs` runs this notebook as one C# file, its text in comments. (3) Headless, from the repository root:
// `dotnet run --project tools/NotebookRunner.Cli -- notebooks/05-two-features.ipynb`. The first run builds the course
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

// ## 1. The patients
//
// `Patients.Get()` ([lib/Patients.cs](../lib/Patients.cs)) makes 200 patients. They are **synthetic**: drawn at random
// from a fixed seed, so every run gets the same ones, with a white count between 3 and 15 ($10^9$ per litre) and a red
// count between 3.5 and 6.5 ($10^{12}$ per litre), roughly the range a blood test shows. Each gets a label $y$:
// 1 for ill, 0 for healthy, by a rule you can read (`Patients.IsIll`):
//
// $$\text{ill} \iff \text{white} - 2\cdot\text{red} > 0,$$
//
// too many white cells for the red ones (think of an infection together with anaemia). It is a made-up rule, not
// medicine; we know it so that we can check what the neuron learns. The neuron is **not** told the rule: it sees only
// the two counts and the label of each patient. Column 0 of `X` is the white count $x_1$, column 1 the red count $x_2$.

// [cell patients]
var patients = Patients.Get();   // 200 patients from seed 7
var (X, y) = patients;
int n = y.Length;
Print($"{n} patients: {y.Count(label => label == 1)} ill, {y.Count(label => label == 0)} healthy");
Print($"{"white x₁",10}{"red x₂",10}{"white − 2·red",16}   label");
for (int i = 0; i < 5; i++)
    Print($"{X[i, 0],10:F1}{X[i, 1],10:F2}{X[i, 0] - Patients.RedFactor * X[i, 1],16:F2}   {(y[i] == 1 ? "ill" : "healthy")}");
Print($"notebook 1's patient (white 7.5, red 4.8): {(Patients.IsIll(7.5, 4.8) ? "ill" : "healthy")}");

// Each patient is a point: white count across, red count up, one colour per class. The rule's boundary
// $\text{white} = 2\cdot\text{red}$ is a straight line; the ill patients lie below and to the right of it.

// [cell patients-chart]
double[] white = patients.Feature(0), red = patients.Feature(1);
int[] ill = Enumerable.Range(0, n).Where(i => y[i] == 1).ToArray();
int[] healthy = Enumerable.Range(0, n).Where(i => y[i] == 0).ToArray();
double[] redEnds = { Patients.RedMin, Patients.RedMax };   // the rule's line, across the red range

Display("patients-chart", Chart.Combine(new[]
    {
        Chart.Point<double, double, string>(x: healthy.Select(i => white[i]), y: healthy.Select(i => red[i]), Name: "healthy"),
        Chart.Point<double, double, string>(x: ill.Select(i => white[i]), y: ill.Select(i => red[i]), Name: "ill"),
        Chart.Line<double, double, string>(x: redEnds.Select(r => Patients.RedFactor * r), y: redEnds, Name: "the rule: white = 2·red"),
    })
    .WithHover("white %{x:.2f}·10⁹/l<br>red %{y:.2f}·10¹²/l")
    .WithTitle("200 patients: ill when white − 2·red > 0")
    .WithXAxisStyle<double, double, string>(TitleText: "white cells x₁ (10⁹ per litre)")
    .WithYAxisStyle<double, double, string>(TitleText: "red cells x₂ (10¹² per litre)")
    .WithNotebookLayout());

// ## 2. The sigmoid: a probability out of $z$
//
// The targets are now 0 or 1, but a linear neuron's $\hat y = z$ can be any number: 7, or −3. We want an output between
// 0 and 1 that we can read as **the probability that the patient is ill**. The **sigmoid** (logistic function) squashes
// any $z$ into that range:
//
// $$\sigma(z) = \frac{1}{1 + e^{-z}}.$$
//
// **A note on the letter.** Since notebook 1, $\sigma$ has stood for *the activation*, whichever one the neuron uses
// (so far the linear $\sigma(z) = z$). The letter comes from the sigmoid, and **in this notebook, from here on,
// $\sigma$ is the sigmoid**. In notebook 6 it stands for any activation again.
//
// For very negative $z$, $e^{-z}$ is huge and $\sigma(z)$ is close to 0; for very positive $z$, $e^{-z}$ is close to 0
// and $\sigma(z)$ close to 1; and $\sigma(0) = 1/2$. So the neuron computes $z = w_1 x_1 + w_2 x_2 + b$ as before and
// $\hat y = \sigma(z)$ is its probability of "ill". To decide, we say **ill when $\hat y \ge 0.5$**, which is the same
// as $z \ge 0$.
//
// Training needs $d\sigma/dz$ for the chain rule of notebook 3: you derive it in *Your turn 1* below.
//
// The library has both, `Activations.Sigmoid` and `Activations.DSigmoidDz` in
// [lib/Activations.cs](../lib/Activations.cs), paired as `Activation.Sigmoid` ([lib/Activation.cs](../lib/Activation.cs)),
// which a `Neuron` takes in place of its linear default. They are what your versions below are checked against:

// [cell sigmoid]
Print($"{"z",6}{"σ(z)",10}{"dσ/dz",10}");
foreach (double z in new[] { -6.0, -4, -2, -1, 0, 1, 2, 4, 6 })
    Print($"{z,6}{Activations.Sigmoid(z),10:F4}{Activations.DSigmoidDz(z),10:F4}");

// ### ✍️ Your turn 1: the sigmoid and its derivative
//
// Write `Sigmoid(z)`, the $\sigma$ above (`Math.Exp(x)` is $e^x$), and `DSigmoidDz(z)`, its derivative $d\sigma/dz$.
// Derive the derivative first, on paper, and write the result with $\sigma(z)$ itself, so that `DSigmoidDz` needs one
// call of your `Sigmoid` and no other exponential. The check compares both with the library at 81 values of $z$ from
// −10 to 10 and, when they differ, says which slip gives your numbers. (Once you have run the cell below, `Sigmoid` in
// this notebook means *yours*; the cells after it write `Activations.Sigmoid` when they mean the library's.)

// [cell ex1-answer]
double Sigmoid(double z)
{
    throw new NotImplementedException("✍️ your code here");
}

double DSigmoidDz(double z)
{
    throw new NotImplementedException("✍️ your code here");
}

// [cell ex1-check]
// Checks Sigmoid and DSigmoidDz against the library, and names the likely mistake.
Display("ex1-check", Ex05.Sigmoid.Check(Sigmoid, DSigmoidDz));

// [cell ex1-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("ex1-help", Ex05.Sigmoid.Help());

// The derivation: with $u = 1 + e^{-z}$, $\sigma = u^{-1}$ and $du/dz = -e^{-z}$, so
//
// $$\frac{d\sigma}{dz} = -u^{-2}\cdot(-e^{-z}) = \frac{e^{-z}}{(1 + e^{-z})^2}
// = \underbrace{\frac{1}{1 + e^{-z}}}_{\sigma(z)}\cdot\underbrace{\frac{e^{-z}}{1 + e^{-z}}}_{1 - \sigma(z)}
// = \sigma(z)\,\bigl(1 - \sigma(z)\bigr).$$
//
// (The second factor is $1 - \sigma$ because $\frac{e^{-z}}{1 + e^{-z}} = \frac{(1 + e^{-z}) - 1}{1 + e^{-z}}$.) The
// derivative is largest at $z = 0$, where it is $\tfrac12\cdot\tfrac12 = \tfrac14$, and almost 0 far out on either side.

// ## 3. Standardising the features
//
// The two counts live on different scales: white from 3 to 15, red from 3.5 to 6.5, in different units. Before
// training we **standardise** each feature $j$: subtract its mean $\mu_j$ over the patients and divide by its standard
// deviation $s_j$,
//
// $$x'_{ij} = \frac{x_{ij} - \mu_j}{s_j}, \qquad \mu_j = \frac1n\sum_i x_{ij}, \qquad s_j = \sqrt{\frac1n\sum_i (x_{ij} - \mu_j)^2},$$
//
// so that both features become numbers around 0 of typical size 1, measured in "standard deviations from the
// average patient". The neuron then learns on $x'$, and a new patient must be standardised with the **same** $\mu$ and
// $s$ before it goes in. (Whether this matters is a question for section 6.)

// [cell scaling]
// Each column minus its mean, divided by its standard deviation; returns the new matrix and the μ and s it used.
(double[,] XStd, double[] mu, double[] s) StandardiseColumns(double[,] X)
{
    int rows = X.GetLength(0), columns = X.GetLength(1);
    var mu = new double[columns];
    var s = new double[columns];
    var XStd = new double[rows, columns];
    for (int j = 0; j < columns; j++)
    {
        for (int i = 0; i < rows; i++) mu[j] += X[i, j] / rows;
        for (int i = 0; i < rows; i++) s[j] += (X[i, j] - mu[j]) * (X[i, j] - mu[j]) / rows;
        s[j] = Math.Sqrt(s[j]);
        for (int i = 0; i < rows; i++) XStd[i, j] = (X[i, j] - mu[j]) / s[j];
    }
    return (XStd, mu, s);
}

var (XStd, mu, s) = StandardiseColumns(X);
Print($"white: μ₁ = {mu[0]:F3}, s₁ = {s[0]:F3};   red: μ₂ = {mu[1]:F3}, s₂ = {s[1]:F3}");
Print($"the first patient, standardised: x' = ({XStd[0, 0]:F3}, {XStd[0, 1]:F3})");

// ## 4. Training the neuron
//
// A neuron with two weights and the sigmoid: `new Neuron(featureCount: 2) { Activation = Activation.Sigmoid }`
// ([lib/Neuron.cs](../lib/Neuron.cs)). We train it with `Trainer.Train` ([lib/Training/Trainer.cs](../lib/Training/Trainer.cs))
// as in notebook 4: full batch, $\eta = 2$, 300 epochs, on the standardised counts. The library's `Backward` now
// multiplies by $d\sigma/dz = \sigma(1 - \sigma)$ where the linear neuron multiplied by 1; everything else is unchanged.
//
// The loss is still the mean squared error $\frac1n\sum_i(\hat y_i - y_i)^2$, the only loss the library has.
// Classifiers are usually trained with the **cross-entropy** loss instead, which punishes confident wrong answers harder
// and learns faster when $\sigma$ is saturated; the MSE still works here, since it too is smallest when every
// $\hat y_i$ is close to its label.
//
// The **accuracy** is the share of patients the neuron gets right when it says "ill" for $\hat y \ge 0.5$:

// [cell train]
const double learningRate = 2.0;   // η
const int epochs = 300;

// The share of examples whose thresholded probability (ill when p ≥ 0.5) equals the label.
double Accuracy(double[] p, double[] y) =>
    (double)Enumerable.Range(0, y.Length).Count(i => (p[i] >= 0.5 ? 1.0 : 0.0) == y[i]) / y.Length;

var neuron = new Neuron(featureCount: 2) { Activation = Activation.Sigmoid };
TrainingHistory history = Trainer.Train(neuron, XStd, y, epochs, learningRate, batchSize: Trainer.FullBatch);
double[] p = neuron.Forward(XStd);   // P(ill) for every patient
double w1 = neuron.W[0], w2 = neuron.W[1], b = neuron.b;

Print($"loss in epoch 1: {history.Loss[0]:F4}, in epoch {epochs}: {history.Loss[^1]:F4}");
Print($"learned W = [{w1:F4}, {w2:F4}], b = {b:F4}");
Print($"accuracy: {100 * Accuracy(p, y):F1} % ({Enumerable.Range(0, n).Count(i => (p[i] >= 0.5 ? 1.0 : 0.0) == y[i])} of {n} patients right)");

// Notebook 1's patient, standardised with the same μ and s.
double[,] patient = { { (7.5 - mu[0]) / s[0], (4.8 - mu[1]) / s[1] } };
Print($"notebook 1's patient (white 7.5, red 4.8): P(ill) = {neuron.Forward(patient)[0]:F3}");

// The signs tell the story: $w_1 > 0$, so more white cells push towards "ill"; $w_2 < 0$, so more red cells push
// towards "healthy", as the rule has it. The loss curve (log scale, as in notebook 4):

// [cell loss-chart]
Display("loss-chart", Chart.Line<int, double, string>(x: history.EpochNumbers(), y: history.Loss, Name: "linear rule")
    .WithHover("epoch %{x}<br>loss %{y:.4f}")
    .WithTitle(Invariant($"Loss per epoch (sigmoid neuron, full batch, η = {learningRate})"))
    .WithXAxisStyle<double, double, string>(TitleText: "epoch")
    .WithLogYAxis("loss (MSE)", history.Loss)
    .WithNotebookLayout());

// The loss falls quickly at first and then ever more slowly. Once (almost) every patient is on the right side, the
// only way to lower the MSE further is to push $\hat y$ closer to exactly 0 and 1, and that needs ever larger weights,
// because $\sigma(z)$ reaches 0 and 1 only as $z \to \mp\infty$. The accuracy stops changing long before the loss does.

// ## 5. The decision line
//
// Where does the neuron switch from "healthy" to "ill"? Where $\hat y = 0.5$, that is where $\sigma(z) = 0.5$, that is
// where $z = 0$:
//
// $$w_1 x'_1 + w_2 x'_2 + b = 0.$$
//
// That is the equation of a **straight line** in the $(x'_1, x'_2)$ plane: on one side $z > 0$ (ill), on the other
// $z < 0$ (healthy). Solved for $x'_2$ (when $w_2 \ne 0$):
//
// $$x'_2 = -\frac{w_1 x'_1 + b}{w_2}.$$
//
// The neuron learned in standardised units. To draw its line over the patients, in real counts, we go through three
// steps: standardise the white count, $x'_1 = (\text{white} - \mu_1)/s_1$; find $x'_2$ on the line; turn it back
// into a red count, $\text{red} = \mu_2 + s_2\,x'_2$ (the standardisation undone).

// ### ✍️ Your turn 2: the line in the patients' units
//
// Write `RedOnTheLine(white, W, b, mu, s)`: the red count (in $10^{12}$ per litre) on the neuron's decision line at the
// given white count, for a neuron with weights `W` $= [w_1, w_2]$ and bias `b` trained on features standardised with
// means `mu` and standard deviations `s`. The check tries it on our trained neuron and on two made-up ones, at
// several white counts. The chart after it draws the line over the patients.

// [cell ex2-answer]
double RedOnTheLine(double white, double[] W, double b, double[] mu, double[] s)
{
    throw new NotImplementedException("✍️ your code here");
}

// [cell ex2-check]
// Checks RedOnTheLine on the neuron's learned line and on two made-up ones, and names the likely mistake.
Display("ex2-check", Ex05.RedOnTheLine.Check(RedOnTheLine, neuron.W, neuron.b, mu, s));

// [cell ex2-help]
// Stuck? Two hints, from a nudge to a strong one, then the solution: each stays folded until you open it.
Display("ex2-help", Ex05.RedOnTheLine.Help());

// The patients again, with the line the neuron learned ($\hat y = 0.5$) and the rule's line they were labelled by:

// [cell line-chart]
// The neuron's line in real counts, as a function of the white count: your RedOnTheLine from Your turn 2
// (while it still throws NotImplementedException, the course's; the printed line says which).
var (learnedRed, lineNote) = Ex05.RedOnTheLine.LineForTheChart(RedOnTheLine, neuron.W, neuron.b, mu, s);
double RuleRed(double whiteCount) => (whiteCount - Patients.IllThreshold) / Patients.RedFactor;   // white − 2·red = 0
// Both lines over the same white counts, clipped to the patients' ranges so that neither runs off the chart.
double[] whiteEnds = SharedRange(white.Min(), white.Max(), red.Min(), red.Max(), learnedRed, RuleRed);
Print($"{lineNote}");

Display("line-chart", Chart.Combine(new[]
    {
        Chart.Point<double, double, string>(x: healthy.Select(i => white[i]), y: healthy.Select(i => red[i]), Name: "healthy"),
        Chart.Point<double, double, string>(x: ill.Select(i => white[i]), y: ill.Select(i => red[i]), Name: "ill"),
        Chart.Line<double, double, string>(x: whiteEnds, y: whiteEnds.Select(RuleRed), Name: "the rule: white = 2·red"),
        Chart.Line<double, double, string>(x: whiteEnds, y: whiteEnds.Select(learnedRed), Name: "the neuron's line (ŷ = 0.5)"),
    })
    .WithHover("white %{x:.2f}·10⁹/l<br>red %{y:.2f}·10¹²/l")
    .WithTitle(Invariant($"The learned line: {100 * Accuracy(p, y):F1} % of the patients on the right side"))
    .WithXAxisStyle<double, double, string>(TitleText: "white cells x₁ (10⁹ per litre)")
    .WithYAxisStyle<double, double, string>(TitleText: "red cells x₂ (10¹² per litre)")
    .WithNotebookLayout());

// [cell line-slope]
// The learned line in real units is straight: red = (its red at white 0) + (its slope)·white. The rule's: red = white/2.
Print($"learned line: red = {learnedRed(0):F3} + {learnedRed(1) - learnedRed(0):F3}·white;   rule: red = 0.5·white");

// The learned line lies close to the rule's, without the neuron ever being told the rule: it found it from the 200
// labelled examples. The two lines differ a little; only the patients between them are judged differently by the
// neuron and by the rule, so the two it gets wrong lie there, right at the boundary.

// ## 6. Was standardising necessary?
//
// ### 🤔 Predict, then run
//
// The same neuron, the same $\eta = 2$, the same 300 full-batch epochs, but on the raw counts `X` instead of the
// standardised `XStd`. Will the accuracy be about the same, higher or lower? The cell also tries a hundred times
// smaller $\eta$: can that rescue the raw counts, and at what cost? Judge the runs not only by their final accuracy
// but by how far training got in 300 epochs: the final loss, and the first epoch at which the loss falls below 0.05.
// Decide before you run the cell.

// [cell raw]
// The first epoch whose loss is below `level`, as text (or "not within 300 epochs").
string EpochBelow(TrainingHistory h, double level)
{
    int e = Enumerable.Range(0, h.Loss.Count).FirstOrDefault(k => h.Loss[k] < level, -1);
    return e < 0 ? $"not within {h.Loss.Count} epochs" : Invariant($"epoch {e + 1}");
}
const double lossLevel = 0.05;
foreach (double eta in new[] { learningRate, learningRate / 100 })
{
    var raw = new Neuron(featureCount: 2) { Activation = Activation.Sigmoid };
    var rawHistory = Trainer.Train(raw, X, y, epochs, eta, batchSize: Trainer.FullBatch);
    Print($"raw counts, η = {eta}: loss in epoch {epochs} {rawHistory.Loss[^1]:F4}, accuracy {100 * Accuracy(raw.Forward(X), y):F1} %, loss below {lossLevel}: {EpochBelow(rawHistory, lossLevel)}");
}
Print($"standardised, η = {learningRate}: loss in epoch {epochs} {history.Loss[^1]:F4}, accuracy {100 * Accuracy(p, y):F1} %, loss below {lossLevel}: {EpochBelow(history, lossLevel)}");
double[] meanSquare = { white.Average(v => v * v), red.Average(v => v * v) };
Print($"mean of x² over the patients: white {meanSquare[0]:F1}, red {meanSquare[1]:F1}, and 1 for the bias's input");

// **Answer:** with the same $\eta$, much lower: on the raw counts the neuron is no better than saying "healthy" to
// everyone (123 of the 200 are healthy). The
// gradient of each weight carries its feature as a factor ($\partial L/\partial w_j$ contains $x_{ij}$, notebook 3),
// so a step changes $z$ by roughly $\eta$ times $x_j^2$: almost 90 times more for the white count, whose squares average
// almost 90, than for the bias, whose "feature" is always 1. An $\eta$ that suits the bias makes the white weight
// overshoot back and forth.
//
// A hundred times smaller $\eta$, small enough for the white weight, does rescue the accuracy: here it even gets one
// patient more right than the standardised run. That is partly luck (the rule's line passes through white = red = 0,
// so the bias has almost nothing to learn), and it is not the point. The point is **how fast training gets there, and
// with which $\eta$**: with the small $\eta$ the steps of the other parameters are tiny, so after 300 epochs the loss
// is still several times higher and has not fallen below 0.05, while the standardised run got below 0.05 by epoch 24.
// On raw counts you must first hunt for an $\eta$ that the largest feature tolerates, and then everything else crawls.
// Standardised, every feature has a mean square of 1, like the bias, and one large $\eta$ suits all the parameters.

// ## 7. What one neuron cannot do
//
// A second set of made-up patients, `Patients.GetAbnormal()`, labelled by another rule you can read
// (`Patients.IsAbnormal`): ill when **either** count is outside its normal range, white outside $[4, 11]$ or red
// outside $[4, 6]$. The healthy patients fill a rectangle, and the ill ones surround it on all four sides. About half
// are ill.
//
// The same neuron, trained the same way (standardised, full batch, $\eta = 2$, 300 epochs):

// [cell abnormal]
var abnormal = Patients.GetAbnormal();   // 200 patients from seed 11
var (XAbnormal, yAbnormal) = abnormal;
var (XAbnormalStd, muAbnormal, sAbnormal) = StandardiseColumns(XAbnormal);

var neuronAbnormal = new Neuron(featureCount: 2) { Activation = Activation.Sigmoid };
var historyAbnormal = Trainer.Train(neuronAbnormal, XAbnormalStd, yAbnormal, epochs, learningRate, batchSize: Trainer.FullBatch);
double[] pAbnormal = neuronAbnormal.Forward(XAbnormalStd);
double illShare = yAbnormal.Average();

Print($"{yAbnormal.Count(label => label == 1)} of {yAbnormal.Length} patients ill");
Print($"loss in epoch 1: {historyAbnormal.Loss[0]:F4}, in epoch {epochs}: {historyAbnormal.Loss[^1]:F4}");
Print($"learned W = [{neuronAbnormal.W[0]:F4}, {neuronAbnormal.W[1]:F4}], b = {neuronAbnormal.b:F4}");
Print($"accuracy: {100 * Accuracy(pAbnormal, yAbnormal):F1} %   (saying \"ill\" to everyone: {100 * illShare:F1} %)");
Print($"the largest P(ill) it gives anyone: {pAbnormal.Max():F3}, the smallest: {pAbnormal.Min():F3}");

// [cell abnormal-chart]
double[] whiteAbnormal = abnormal.Feature(0), redAbnormal = abnormal.Feature(1);
int[] illAbnormal = Enumerable.Range(0, yAbnormal.Length).Where(i => yAbnormal[i] == 1).ToArray();
int[] healthyAbnormal = Enumerable.Range(0, yAbnormal.Length).Where(i => yAbnormal[i] == 0).ToArray();
var (abnormalRed, _) = Ex05.RedOnTheLine.LineForTheChart(RedOnTheLine, neuronAbnormal.W, neuronAbnormal.b, muAbnormal, sAbnormal);
double[] whiteEndsAbnormal = { whiteAbnormal.Min(), whiteAbnormal.Max() };
// The normal ranges: the rectangle the healthy patients fill, drawn as a closed line.
double[] boxWhite = { Patients.NormalWhiteLow, Patients.NormalWhiteHigh, Patients.NormalWhiteHigh, Patients.NormalWhiteLow, Patients.NormalWhiteLow };
double[] boxRed = { Patients.NormalRedLow, Patients.NormalRedLow, Patients.NormalRedHigh, Patients.NormalRedHigh, Patients.NormalRedLow };

Display("abnormal-chart", Chart.Combine(new[]
    {
        Chart.Point<double, double, string>(x: healthyAbnormal.Select(i => whiteAbnormal[i]), y: healthyAbnormal.Select(i => redAbnormal[i]), Name: "healthy"),
        Chart.Point<double, double, string>(x: illAbnormal.Select(i => whiteAbnormal[i]), y: illAbnormal.Select(i => redAbnormal[i]), Name: "ill"),
        Chart.Line<double, double, string>(x: boxWhite, y: boxRed, Name: "the normal ranges (healthy inside)"),
        Chart.Line<double, double, string>(x: whiteEndsAbnormal, y: whiteEndsAbnormal.Select(abnormalRed), Name: "the neuron's line (ŷ = 0.5)"),
    })
    .WithHover("white %{x:.2f}·10⁹/l<br>red %{y:.2f}·10¹²/l")
    .WithTitle(Invariant($"Either count abnormal: one line gets {100 * Accuracy(pAbnormal, yAbnormal):F1} % right"))
    .WithXAxisStyle<double, double, string>(TitleText: "white cells x₁ (10⁹ per litre)")
    .WithYAxisStyle<double, double, string>(TitleText: "red cells x₂ (10¹² per litre)")
    .WithNotebookLayout());

// [cell abnormal-loss-chart]
Display("abnormal-loss-chart", Chart.Combine(new[]
    {
        Chart.Line<int, double, string>(x: history.EpochNumbers(), y: history.Loss, Name: "linear rule (white − 2·red > 0)"),
        Chart.Line<int, double, string>(x: historyAbnormal.EpochNumbers(), y: historyAbnormal.Loss, Name: "either count abnormal"),
    })
    .WithHover("epoch %{x}<br>loss %{y:.4f}")
    .WithTitle(Invariant($"Loss per epoch on the two data sets (η = {learningRate})"))
    .WithXAxisStyle<double, double, string>(TitleText: "epoch")
    .WithLogYAxis("loss (MSE)", history.Loss.Concat(historyAbnormal.Loss))
    .WithNotebookLayout());

// Training did not fail; it did the best a single neuron can. Whatever its weights, its decision boundary $z = 0$ is
// one straight line, with "ill" on one side and "healthy" on the other. Here the healthy patients sit in the middle,
// with ill ones on both sides of them in both directions, and any straight line leaves many of them on the wrong side.
// So the loss stays near 0.25, what you get by answering $\hat y = 0.5$ for everyone, and the probabilities stay close
// to 0.5: the neuron is unsure about everybody. More epochs or another learning rate cannot help: the limit is the
// shape of the boundary, not the training.
//
// What would? Several lines: one neuron per edge of the rectangle, each saying "this count is too high" or "too
// low", and one more neuron that says "ill" when any of them fires. Neurons feeding into a neuron: a **network**,
// and that is notebook 6.

// ## Summary
//
// - The sigmoid $\sigma(z) = 1/(1 + e^{-z})$ squashes $z$ into $(0, 1)$: $\hat y$ reads as a probability, and we say "ill" when $\hat y \ge 0.5$, that is when $z \ge 0$. Its derivative is $\sigma(1 - \sigma)$, at most $\tfrac14$ (you wrote both).
// - Standardise each feature, $x' = (x - \mu)/s$, so that one learning rate suits every weight; a new example must be standardised with the same $\mu$ and $s$.
// - A two-feature sigmoid neuron, trained with `Trainer.Train` on the mean squared error (classifiers usually use cross-entropy), learned the patients' linear rule from the examples alone.
// - Its decision boundary is the line $w_1 x'_1 + w_2 x'_2 + b = 0$, drawn in real counts by standardising, solving for $x'_2$ and undoing the standardisation (you wrote it).
// - One neuron can only draw one straight line. When the classes are not separated by a line (ill when either count is abnormal), it stays near guessing, however it trains. That needs several neurons: a network, in notebook 6.

// [cell outcome]
// Learning outcome: one sigmoid neuron learns the linear rule (≥ 95 % right) but not "either count abnormal" (≤ 75 %).
double TrainedAccuracy(Dataset data)
{
    var (XStandardised, _, _) = StandardiseColumns(data.X);
    var learner = new Neuron(featureCount: 2) { Activation = Activation.Sigmoid };
    Trainer.Train(learner, XStandardised, data.y, epochs: 300, learningRate: 2.0, batchSize: Trainer.FullBatch);
    return Accuracy(learner.Forward(XStandardised), data.y);
}
double linearAccuracy = TrainedAccuracy(Patients.Get());
double abnormalAccuracy = TrainedAccuracy(Patients.GetAbnormal());
if (!(linearAccuracy >= 0.95 && abnormalAccuracy <= 0.75))
    throw new InvalidOperationException(Invariant(
        $"Expected one neuron to get ≥ 95 % of the linear rule's patients right and ≤ 75 % of the abnormal ones, but it got {100 * linearAccuracy:F1} % and {100 * abnormalAccuracy:F1} %."));
Print($"✔ One neuron separates the linear rule's patients ({100 * linearAccuracy:F1} % right) but not the \"either count abnormal\" ones ({100 * abnormalAccuracy:F1} % right): that takes more than one line.");
