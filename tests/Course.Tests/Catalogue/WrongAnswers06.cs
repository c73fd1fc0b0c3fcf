using NeuronFromScratch.Course;

namespace Course.Tests.Catalogue;

/// <summary>Known-wrong answers to notebook 6's exercises, each with the clue its check must give.</summary>
internal static class WrongAnswers06
{
    public static IReadOnlyList<WrongAnswer> All { get; } =
    [
        // ── Your turn 1: a layer's forward pass ──
        new("transposes the layer's output (k × n)", Ex06.LayerForward,
            "    var A = new double[n, neurons.Count];\n    for (int k = 0; k < neurons.Count; k++)\n    {\n        double[] yHatK = neurons[k].Forward(X);   // σₖ(z) for every row: Forward applies the neuron's own activation\n        for (int i = 0; i < n; i++)\n            A[i, k] = yHatK[i];",
            "    var A = new double[neurons.Count, n];\n    for (int k = 0; k < neurons.Count; k++)\n    {\n        double[] yHatK = neurons[k].Forward(X);\n        for (int i = 0; i < n; i++)\n            A[k, i] = yHatK[i];",
            "It is transposed"),
        new("uses one neuron for every column", Ex06.LayerForward, "double[] yHatK = neurons[k].Forward(X);", "double[] yHatK = neurons[0].Forward(X);", "neurons[0]"),
        new("applies ReLU on top of the neurons' outputs", Ex06.LayerForward, "A[i, k] = yHatK[i];", "A[i, k] = Math.Max(0, yHatK[i]);",
            "don't apply ReLU on top"),
        new("applies the activation twice", Ex06.LayerForward, "A[i, k] = yHatK[i];", "A[i, k] = neurons[k].Activation.Sigma(yHatK[i]);",
            "applied twice"),
        new("returns z without the activation", Ex06.LayerForward, "double[] yHatK = neurons[k].Forward(X);",
            "double[] yHatK = Enumerable.Range(0, n).Select(i => neurons[k].b + Enumerable.Range(0, X.GetLength(1)).Sum(j => neurons[k].W[j] * X[i, j])).ToArray();",
            "without the activation"),
        new("uses ReLU for every neuron", Ex06.LayerForward, "double[] yHatK = neurons[k].Forward(X);",
            "double[] yHatK = Enumerable.Range(0, n).Select(i => Math.Max(0, neurons[k].b + Enumerable.Range(0, X.GetLength(1)).Sum(j => neurons[k].W[j] * X[i, j]))).ToArray();",
            "not every neuron is a ReLU"),
        new("lets the library's Layer do it", Ex06.LayerForward, "    return A;", "    return new Layer(neurons).Forward(X);",
            "LayerForward calls the library's new Layer(…)"),
        new("makes A one row per neuron and column per feature", Ex06.LayerForward, "    var A = new double[n, neurons.Count];",
            "    var A = new double[n, X.GetLength(1)];", "An index ran past the end of an array"),

        // ── Your turn 2: one neuron's dL/dX ──
        new("uses x instead of w in dL/dX", Ex06.NeuronDLossDX, "dLossDX[i, j] = dLossDz * neuron.W[j];", "dLossDX[i, j] = dLossDz * X[i, j];",
            "the factor of dL/dwⱼ"),
        new("forgets σ′(z) in dL/dX", Ex06.NeuronDLossDX, "double dLossDz = dLossDYHat[i] * neuron.Activation.DSigmaDz(z);",
            "double dLossDz = dLossDYHat[i];", "σ′(zᵢ) is missing"),
        new("takes σ′ at the post-activation ŷ", Ex06.NeuronDLossDX, "neuron.Activation.DSigmaDz(z);",
            "neuron.Activation.DSigmaDz(neuron.Activation.Sigma(z));", "post-activation"),
        new("sums dL/dX over the rows", Ex06.NeuronDLossDX, "dLossDX[i, j] = dLossDz * neuron.W[j];",
            "dLossDX[0, j] += dLossDz * neuron.W[j];", "You summed over the examples"),
        new("leaves the bias out of z", Ex06.NeuronDLossDX, "double z = neuron.b;", "double z = 0;", "without the bias"),
        new("hard-codes ReLU's derivative in dL/dX", Ex06.NeuronDLossDX, "neuron.Activation.DSigmaDz(z);", "(z > 0 ? 1.0 : 0.0);",
            "that is ReLU's derivative"),
        new("multiplies dL/dX by w·x", Ex06.NeuronDLossDX, "dLossDX[i, j] = dLossDz * neuron.W[j];",
            "dLossDX[i, j] = dLossDz * neuron.W[j] * X[i, j];", "the xᵢⱼ is extra"),
        new("forgets ∂L/∂ŷ in dL/dX", Ex06.NeuronDLossDX, "double dLossDz = dLossDYHat[i] * neuron.Activation.DSigmaDz(z);",
            "double dLossDz = neuron.Activation.DSigmaDz(z);", "The factor dL/dŷᵢ is missing"),
        new("returns dL/dX transposed", Ex06.NeuronDLossDX, "    var dLossDX = new double[n, f];", "    var dLossDX = new double[f, n];",
            "Your dL/dX is transposed")
            { More = [("dLossDX[i, j] = dLossDz * neuron.W[j];", "dLossDX[j, i] = dLossDz * neuron.W[j];")] },
        new("sums dL/dX over the rows into one row", Ex06.NeuronDLossDX, "    var dLossDX = new double[n, f];", "    var dLossDX = new double[1, f];",
            "You summed over the examples")
            { More = [("dLossDX[i, j] = dLossDz * neuron.W[j];", "dLossDX[0, j] += dLossDz * neuron.W[j];")] },
        new("calls the neuron's Backward in NeuronDLossDX", Ex06.NeuronDLossDX, "    return dLossDX;",
            "    neuron.Forward(X);\n    return neuron.Backward(dLossDYHat);", "uses the library's Neuron.Backward"),

        // ── Your turn 3: a training step with the backward loop over the layers ──
        new("goes through the layers from first to last", Ex06.TrainStep, "for (int l = network.Layers.Count - 1; l >= 0; l--)",
            "for (int l = 0; l < network.Layers.Count; l++)", "from the first to the last"),
        new("does not pass the gradient down", Ex06.TrainStep, "        dLossDA = dLossDX;", "        _ = dLossDX;", "the gradient was not passed down"),
        new("forgets ResetGrad in the network step", Ex06.TrainStep, "    foreach (Layer layer in network.Layers)\n        layer.ResetGrad();\n", "",
            "the gradients accumulate"),
        new("shares one gradient array: each neuron overwrites it", Ex06.TrainStep, "dLossDX[i, j] += part[i, j];", "dLossDX[i, j] = part[i, j];",
            "only the last neuron's part"),
        new("gives every neuron column 0", Ex06.TrainStep, "Backward(Column(dLossDA, k));", "Backward(Column(dLossDA, 0));", "Every neuron got column 0"),
        new("forgets Step in the network step", Ex06.TrainStep, "    foreach (Layer layer in network.Layers)\n        layer.Step(learningRate);\n", "",
            "Nothing moved"),
        new("resets the gradients between the backward pass and Step", Ex06.TrainStep,
            "    foreach (Layer layer in network.Layers)\n        layer.Step(learningRate);",
            "    network.ResetGrad();\n    foreach (Layer layer in network.Layers)\n        layer.Step(learningRate);", "were the gradients reset between the backward pass and Step?"),
        new("forgets the 1/n of the mean in the network step", Ex06.TrainStep, "AsColumn(Losses.DMseDYHat(yHat, y));",
            "AsColumn(yHat.Select((v, i) => 2 * (v - y[i])).ToArray());", "the steps are n times too big"),
        new("returns the loss after the step", Ex06.TrainStep, "    return loss;", "    return Losses.Mse(network.Predict(X), y);",
            "return the loss measured before the step"),
        new("uses network.Backward in the network step", Ex06.TrainStep, "    foreach (Layer layer in network.Layers)\n        layer.Step(learningRate);",
            "    network.ResetGrad();\n    network.Backward(AsColumn(Losses.DMseDYHat(network.Predict(X), y)));\n    foreach (Layer layer in network.Layers)\n        layer.Step(learningRate);",
            "uses the library's NeuralNetwork.Backward"),
        new("uses a layer's Backward in the network step", Ex06.TrainStep, "        dLossDA = dLossDX;", "        dLossDA = layer.Backward(dLossDA);",
            "uses the library's Layer.Backward"),
        new("steps the network inside the backward loop", Ex06.TrainStep, "        dLossDA = dLossDX;",
            "        dLossDA = dLossDX;\n        network.Step(learningRate);", "The layers were stepped before every gradient was computed")
            { More = [("    foreach (Layer layer in network.Layers)\n        layer.Step(learningRate);\n", "")] },

        // ── Your turn 4: an epoch of mini-batches ──
        new("does not shuffle", Ex06.Epoch, "    random.Shuffle(order);", "", "visited in their own order"),
        new("shuffles X and y separately", Ex06.Epoch, "    random.Shuffle(order);",
            "    int[] targets = Enumerable.Range(0, n).ToArray();\n    random.Shuffle(order);\n    random.Shuffle(targets);",
            "X's rows and y were shuffled separately")
            { More = [("batch.Select(i => y[i])", "targets[start..Math.Min(start + batchSize, n)].Select(i => y[i])")] },
        new("shuffles X but not y", Ex06.Epoch, "batch.Select(i => y[i])", "Enumerable.Range(start, batch.Length).Select(i => y[i])",
            "X's rows were shuffled but y kept its order"),
        new("drops the last partial batch", Ex06.Epoch, "start < n;", "start + batchSize <= n;", "The last batch was left out"),
        new("runs past the end with the last batch", Ex06.Epoch, "order[start..Math.Min(start + batchSize, n)]", "order[start..(start + batchSize)]",
            "The last batch ran past the end of the order"),
        new("averages the batches' losses without their sizes", Ex06.Epoch, "sumOfSquaredErrors += batchLoss * batch.Length;",
            "sumOfSquaredErrors += batchLoss; batches++;", "weight each batch's loss by its size")
            { More = [("    double sumOfSquaredErrors = 0;", "    double sumOfSquaredErrors = 0;\n    int batches = 0;"),
                      ("return sumOfSquaredErrors / n;", "return sumOfSquaredErrors / batches;")] },
        new("returns the sum of the batches' losses", Ex06.Epoch, "sumOfSquaredErrors += batchLoss * batch.Length;",
            "sumOfSquaredErrors += batchLoss;", "Your loss is the sum of the batches' losses")
            { More = [("return sumOfSquaredErrors / n;", "return sumOfSquaredErrors;")] },
        new("returns the last batch's loss", Ex06.Epoch, "sumOfSquaredErrors += batchLoss * batch.Length;",
            "sumOfSquaredErrors = batchLoss;", "Your loss is the last batch's")
            { More = [("return sumOfSquaredErrors / n;", "return sumOfSquaredErrors;")] },
        new("takes the whole of X at every step", Ex06.Epoch, "TrainStep(network, Rows(X, batch), batch.Select(i => y[i]).ToArray(), learningRate)",
            "TrainStep(network, X, y, learningRate)", "Every step used the whole of X"),
        new("makes a new Random inside Epoch", Ex06.Epoch, "    random.Shuffle(order);", "    new Random().Shuffle(order);",
            "Two runs with the same seed gave different networks"),
        new("shuffles with OrderBy and random keys", Ex06.Epoch, "    random.Shuffle(order);",
            "    order = order.OrderBy(_ => random.Next()).ToArray();", "your batches hold other rows than the library's"),
        new("shuffles by hand from the last index down", Ex06.Epoch, "    random.Shuffle(order);",
            "    for (int i = n - 1; i > 0; i--)\n    {\n        int j = random.Next(i + 1);\n        (order[i], order[j]) = (order[j], order[i]);\n    }",
            "your batches hold other rows than the library's"),
        new("lets the library's NetworkTrainer train the epoch", Ex06.Epoch, "    return sumOfSquaredErrors / n;",
            "    return NetworkTrainer.Train(network, X, y, 1, learningRate, batchSize, shuffle: true, seed: random.Next())[0];",
            "Epoch calls the library's NetworkTrainer.Train"),
        new("steps with a TrainStep that forgets Step", Ex06.Epoch, "    return sumOfSquaredErrors / n;\n}",
            "    return sumOfSquaredErrors / n;\n}\n" + Ex06.TrainStep.SolutionCode.Replace("    foreach (Layer layer in network.Layers)\n        layer.Step(learningRate);\n", ""),
            "which does not pass its own check yet"),

        new("seeds a Random of its own inside Epoch", Ex06.Epoch, "    random.Shuffle(order);", "    new Random(0).Shuffle(order);",
            "Epoch ignores the random it is given"),
        new("keeps the order from one call to the next", Ex06.Epoch, "    int[] order = Enumerable.Range(0, n).ToArray();",
            "    kept ??= Enumerable.Range(0, n).ToArray();\n    int[] order = kept;", "keep something (an order, a Random) from one call to the next")
            { More = [("double Epoch(", "int[] kept;\ndouble Epoch(")] },
        new("drops the last partial batch and divides by the rows it used", Ex06.Epoch, "start < n;", "start + batchSize <= n;",
            "The last batch was left out")
            { More = [("return sumOfSquaredErrors / n;", "return sumOfSquaredErrors / (n - n % batchSize);")] },
        new("returns the first batch's loss", Ex06.Epoch, "sumOfSquaredErrors += batchLoss * batch.Length;",
            "if (start == 0) sumOfSquaredErrors = batchLoss;", "Your loss is the first batch's")
            { More = [("return sumOfSquaredErrors / n;", "return sumOfSquaredErrors;")] },
        new("returns the loss after the epoch", Ex06.Epoch, "return sumOfSquaredErrors / n;", "return Losses.Mse(network.Predict(X), y);",
            "Your loss was measured after the epoch"),
        new("measures the loss before the epoch", Ex06.Epoch, "    random.Shuffle(order);",
            "    random.Shuffle(order);\n    double before = Losses.Mse(network.Predict(X), y);", "The epoch's loss is the mean of all n squared errors, each measured before its batch's step")
            { More = [("return sumOfSquaredErrors / n;", "return before;")] },
        new("weights every batch by batchSize", Ex06.Epoch, "sumOfSquaredErrors += batchLoss * batch.Length;",
            "sumOfSquaredErrors += batchLoss * batchSize;", "The epoch's loss is the mean of all n squared errors, each measured before its batch's step"),
        new("makes one batch too many when n is a multiple of the batch size", Ex06.Epoch, "start < n;", "start <= n;",
            "A batch was empty"),
        new("cuts the batches one row too long", Ex06.Epoch, "order[start..Math.Min(start + batchSize, n)]",
            "order[start..Math.Min(start + batchSize + 1, n)]", "your batches hold other rows than the library's"),
        new("passes batchSize to TrainStep as the learning rate", Ex06.Epoch, "batch.Select(i => y[i]).ToArray(), learningRate)",
            "batch.Select(i => y[i]).ToArray(), batchSize)", "The numbers grew without bound"),
        new("shuffles X and y themselves, together", Ex06.Epoch, "    random.Shuffle(order);",
            "    random.Shuffle(order);\n    var XCopy = Rows(X, order); var yCopy = order.Select(i => y[i]).ToArray();\n"
            + "    for (int i = 0; i < n; i++) { X[i, 0] = XCopy[i, 0]; for (int j = 1; j < X.GetLength(1); j++) X[i, j] = XCopy[i, j]; y[i] = yCopy[i]; }\n"
            + "    order = Enumerable.Range(0, n).ToArray();",
            "Epoch changed X or y"),
        new("takes its own steps instead of calling TrainStep", Ex06.Epoch,
            "double batchLoss = TrainStep(network, Rows(X, batch), batch.Select(i => y[i]).ToArray(), learningRate);",
            "double[] yB = batch.Select(i => y[i]).ToArray(); network.ResetGrad(); double[] yHatB = network.Predict(Rows(X, batch));\n"
            + "        double batchLoss = Losses.Mse(yHatB, yB); network.Backward(AsColumn(Losses.DMseDYHat(yHatB, yB))); network.Step(learningRate);",
            "Epoch does not call your TrainStep"),

        // ── Your turn 5: a layer's starting weights ──
        new("gives every neuron the same seed", Ex06.NewLayer, "new Neuron(inputCount, seed + k)", "new Neuron(inputCount, seed)",
            "Every neuron starts with the same weights"),
        new("puts one neuron in every place", Ex06.NewLayer, "    for (int k = 0; k < neuronCount; k++)",
            "    var first = new Neuron(inputCount, seed) { Activation = activation };\n    for (int k = 0; k < neuronCount; k++)\n        neurons[k] = first;\n    for (int k = 0; k < 0; k++)",
            "the layer holds one Neuron object in more than one place"),
        new("makes every neuron with the default seed", Ex06.NewLayer, "new Neuron(inputCount, seed + k)", "new Neuron(inputCount)",
            "Every neuron starts with the same weights"),
        new("starts every weight at 0", Ex06.NewLayer, "new Neuron(inputCount, seed + k) { Activation = activation }",
            "new Neuron(inputCount) { W = new double[inputCount], Activation = activation }", "Every weight starts at 0"),
        new("ignores the seed", Ex06.NewLayer, "new Neuron(inputCount, seed + k)", "new Neuron(inputCount, k)", "whatever the seed"),
        new("counts the seeds from seed + 1", Ex06.NewLayer, "new Neuron(inputCount, seed + k)", "new Neuron(inputCount, seed + k + 1)",
            "neuron 0 takes the seed itself"),
        new("forgets the activation", Ex06.NewLayer, " { Activation = activation }", "", "Every neuron has the linear activation"),
        new("swaps the inputs and the neurons", Ex06.NewLayer, "new Neuron(inputCount, seed + k)", "new Neuron(neuronCount, seed + k)",
            "the wrong way round")
            { More = [("new Neuron[neuronCount];", "new Neuron[inputCount];"), ("k < neuronCount;", "k < inputCount;")] },
        new("seeds neuron k with seed + k²", Ex06.NewLayer, "new Neuron(inputCount, seed + k)", "new Neuron(inputCount, seed + k * k)",
            "NewLayer(1, 8, Activation.ReLU, 0): neuron 2 should start at"),
        new("lets the library's Layer make it", Ex06.NewLayer, "    return new Layer(neurons);",
            "    return new Layer(inputCount, neuronCount, activation, seed);", "NewLayer calls the library's new Layer"),
    ];
}
