namespace NeuronFromScratch.Course;

/// <summary>
/// What your <c>MyNeuron</c> has, named after the maths, so that the checks can read it and give it numbers. You write
/// the class in MyNeuron.csx; the checks only use what is listed here.
/// </summary>
public interface INeuron
{
    /// <summary>The weights W, one per feature.</summary>
    double[] W { get; set; }

    /// <summary>The bias b.</summary>
    double b { get; set; }

    /// <summary>∂L/∂W, one per weight: Backward adds to it, ResetGrad sets it to 0.</summary>
    double[] dLossDW { get; set; }

    /// <summary>∂L/∂b.</summary>
    double dLossDb { get; set; }

    /// <summary>The X of the last Forward, kept for Backward.</summary>
    double[,] lastX { get; set; }

    /// <summary>The z of the last Forward, one per row of X, kept for Backward.</summary>
    double[] lastZ { get; set; }

    /// <summary>ŷ = σ(z) with z = XW + b, one prediction per row of <paramref name="X"/>.</summary>
    double[] Forward(double[,] X);

    /// <summary>Sets ∂L/∂W and ∂L/∂b to 0.</summary>
    void ResetGrad();

    /// <summary>Adds ∂L/∂W and ∂L/∂b for the last Forward, given ∂L/∂ŷ for each of its rows.</summary>
    void Backward(double[] dLossDYHat);

    /// <summary>One step of gradient descent with the learning rate η.</summary>
    void Step(double learningRate);
}
