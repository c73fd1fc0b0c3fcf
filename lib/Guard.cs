using System;
using System.Globalization;

namespace NeuronFromScratch;

/// <summary>
/// Argument checks shared by the library. Each message names the parameter, what was expected and what came,
/// because a learner reading an exception in a notebook has nothing else to go on.
/// </summary>
internal static class Guard
{
    public static void NotNull(object? value, string name)
    {
        if (value is null)
            throw new ArgumentNullException(name, $"{name} must not be null.");
    }

    public static void NotEmpty(int count, string name)
    {
        if (count == 0)
            throw new ArgumentException($"{name} must hold at least one example, but it is empty.", name);
    }

    public static void SameLength(int expected, int actual, string name, string expectedWhat)
    {
        if (expected != actual)
            throw new ArgumentException(
                $"{name} has length {actual}, but it must have length {expected} ({expectedWhat}).", name);
    }

    // Not null, `length` long (`what`: why that length), every value finite.
    public static void Vector(double[]? values, int length, string name, string what)
    {
        NotNull(values, name);
        SameLength(length, values!.Length, name, what);
        AllFinite(values, name);
    }

    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number, but it is {value}."));
    }

    public static void AllFinite(ReadOnlySpan<double> values, string name)
    {
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name}[{i}] must be a finite number, but it is {values[i]}."), name);
    }

    public static void AllFinite(double[,] values, string name)
    {
        for (int i = 0; i < values.GetLength(0); i++)
            for (int j = 0; j < values.GetLength(1); j++)
                if (!double.IsFinite(values[i, j]))
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"{name}[{i}, {j}] must be a finite number, but it is {values[i, j]}."), name);
    }

    public static void PositiveFinite(double value, string name)
    {
        if (!(double.IsFinite(value) && value > 0))
            throw new ArgumentOutOfRangeException(
                name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be a positive finite number, but it is {value}."));
    }

    public static void AtLeast(int value, int minimum, string name)
    {
        if (value < minimum)
            throw new ArgumentOutOfRangeException(
                name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {minimum}, but it is {value}."));
    }

    // An n × columns matrix with n ≥ 1 and finite values: X as a neuron of `columns` features takes it.
    public static void Matrix(double[,] values, int columns, string name) =>
        Matrix(values, columns, name, $"the neuron takes {columns} features");

    // The same, for whatever takes it ("the layer takes 3 inputs"), which the message names.
    public static void Matrix(double[,] values, int columns, string name, string whatTakesIt)
    {
        NotNull(values, name);
        NotEmpty(values.GetLength(0), name);
        if (values.GetLength(1) != columns)
            throw new ArgumentException(
                $"{name} has {values.GetLength(1)} columns, but {whatTakesIt}: " +
                $"{name} must be n × {columns} (one row per example), but it is " +
                $"{values.GetLength(0)} × {values.GetLength(1)}.", name);
        AllFinite(values, name);
    }

    // A rows × columns matrix, e.g. a gradient that must match the shape of the last forward pass.
    public static void Shape(double[,] values, int rows, int columns, string name, string why)
    {
        NotNull(values, name);
        if (values.GetLength(0) != rows || values.GetLength(1) != columns)
            throw new ArgumentException(
                $"{name} is {values.GetLength(0)} × {values.GetLength(1)}, but it must be {rows} × {columns} ({why}).", name);
    }

    // "1 input", "3 inputs": a count and its noun, for messages.
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    // What both trainers ask of their arguments once X itself has been checked: one finite target per row,
    // epochs ≥ 0, a positive finite learning rate, batches of at least one example.
    public static void TrainingArguments(double[,] X, double[] y, int epochs, double learningRate, int batchSize)
    {
        NotNull(y, nameof(y));
        SameLength(X.GetLength(0), y.Length, nameof(y), "one target per row of X");
        AllFinite(y, nameof(y));
        AtLeast(epochs, 0, nameof(epochs));
        PositiveFinite(learningRate, nameof(learningRate));
        AtLeast(batchSize, 1, nameof(batchSize));
    }
}
