"""The network of NetworkBenchmarks (2 -> 16 -> 1, ReLU hidden layer, linear output, mini-batches of 32, shuffled)
trained with vectorised NumPy, as a learner coming from Python would write it: one matrix product per layer and batch.

    apt-get install python3-numpy
    /usr/bin/python3 tools/NeuronFromScratch.Benchmarks/numpy_network.py [epochs]

The benchmark program runs it beside the C# training (dotnet run -c Release --project
tools/NeuronFromScratch.Benchmarks -- network) and prints both. Prints one line of JSON: the NumPy version, the
epochs, the best seconds per epoch of three runs, and steps (batches) per epoch.
"""
import json
import sys
import time
import numpy as np

N, BATCH, LR = 10_000, 32, 0.05


def data():
    """x uniform in [-1, 1)^2, y = |x1| + x2^2: the C# benchmark's data (its own random numbers)."""
    rng = np.random.default_rng(1)
    X = rng.uniform(-1, 1, size=(N, 2))
    return X, np.abs(X[:, 0]) + X[:, 1] ** 2


def train(X, y, epochs):
    rng = np.random.default_rng(0)
    W1 = rng.uniform(-0.5, 0.5, size=(2, 16)); b1 = np.zeros(16)
    W2 = rng.uniform(-0.5, 0.5, size=(16, 1)); b2 = np.zeros(1)
    n = len(y)
    for _ in range(epochs):
        order = rng.permutation(n)                     # X and y together, a new order every epoch
        for start in range(0, n, BATCH):
            rows = order[start:start + BATCH]
            Xb, yb = X[rows], y[rows, None]
            m = len(rows)
            Z1 = Xb @ W1 + b1                          # forward: the hidden layer
            A1 = np.maximum(Z1, 0)                     # ReLU
            y_hat = A1 @ W2 + b2                       # the output neuron, linear
            d_y_hat = 2 * (y_hat - yb) / m             # dL/dy_hat of the batch's mean squared error
            dW2 = A1.T @ d_y_hat; db2 = d_y_hat.sum(axis=0)
            d_Z1 = (d_y_hat @ W2.T) * (Z1 > 0)         # back through the output weights and ReLU'
            dW1 = Xb.T @ d_Z1; db1 = d_Z1.sum(axis=0)
            W2 -= LR * dW2; b2 -= LR * db2             # the step
            W1 -= LR * dW1; b1 -= LR * db1


if __name__ == "__main__":
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    X, y = data()
    train(X, y, 1)                                     # warm-up
    best = min(_timed for _timed in (
        (lambda s: (train(X, y, epochs), time.perf_counter() - s)[1])(time.perf_counter()) for _ in range(3)))
    print(json.dumps({"numpy": np.__version__, "epochs": epochs, "secondsPerEpoch": best / epochs,
                      "stepsPerEpoch": (N + BATCH - 1) // BATCH}))
