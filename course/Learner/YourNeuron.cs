namespace NeuronFromScratch.Course;

/// <summary>
/// Everything you write in MyNeuron.csx, handed to the checks in one value: your functions (as method groups) and a
/// way to make a new MyNeuron. MyNeuron.csx defines it once, as <c>Yours</c>; a check cell passes it:
/// <c>Ex01.Forward.Check(Yours)</c>.
/// </summary>
/// <param name="Sigma">σ(z), the activation.</param>
/// <param name="DSigmaDz">dσ/dz.</param>
/// <param name="New">new MyNeuron(featureCount, seed).</param>
/// <param name="Mse">The mean squared error L of ŷ against y.</param>
/// <param name="DMseDYHat">∂L/∂ŷᵢ for every i.</param>
/// <param name="Train">Per-example training of a neuron; returns each epoch's loss.</param>
public sealed record YourNeuron(
    Func<double, double> Sigma,
    Func<double, double> DSigmaDz,
    Func<int, int, INeuron> New,
    Func<double[], double[], double> Mse,
    Func<double[], double[], double[]> DMseDYHat,
    Func<INeuron, double[,], double[], int, double, List<double>> Train);
