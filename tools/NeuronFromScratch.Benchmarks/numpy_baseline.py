"""The course's single-neuron training loop written the NumPy way, timed on the benchmark's shapes.

Issue 8 asks that the C# library stay at least 2x faster than a NumPy implementation of the same loop, per example
and full batch. This is that implementation: the loops of lib/Training/Trainer.cs (linear neuron, mean squared
error, gradient descent), each step with NumPy array operations, as a learner coming from Python would write it.

    apt-get install python3-numpy            # Debian's NumPy (no PyPI needed)
    /usr/bin/python3 tools/NeuronFromScratch.Benchmarks/numpy_baseline.py

Prints, per shape, the time per epoch and example-steps per second, to compare with BenchmarkDotNet's
PerExample / FullBatch rows (Time/epoch, Example-steps/s). Per-example epochs on a million rows take long in Python,
so per-example runs time a fixed number of steps and report the rate.
"""
import time
import numpy as np


def data(n, f, rng):
    """Inputs uniform in [-1, 1), targets on a random plane plus noise: the C# benchmark's data."""
    X = rng.uniform(-1, 1, size=(n, f))
    w = rng.uniform(-1, 1, size=f)
    y = X @ w + 0.5 + 0.1 * (rng.uniform(size=n) - 0.5)
    return X, y


def per_example(X, y, lr, steps):
    """batch size 1: for each example, forward, loss, backward, step."""
    n, f = X.shape
    W = np.random.default_rng(0).uniform(-0.5, 0.5, size=f)
    b = 0.0
    loss_sum = 0.0
    for s in range(steps):
        i = s % n
        x = X[i:i + 1]                 # 1 x f
        y_hat = x @ W + b              # z = xW + b, linear activation
        err = y_hat - y[i:i + 1]
        loss_sum += float(err @ err)
        d_loss = 2 * err               # dL/dy_hat for one example (n = 1)
        W -= lr * (x.T @ d_loss)       # dL/dW = x^T dL/dz
        b -= lr * float(d_loss.sum())  # dL/db = sum dL/dz
    return loss_sum


def full_batch(X, y, lr, epochs):
    """One step per epoch on every example."""
    n, f = X.shape
    W = np.random.default_rng(0).uniform(-0.5, 0.5, size=f)
    b = 0.0
    for _ in range(epochs):
        err = X @ W + b - y
        loss = float(err @ err) / n
        d_loss = 2 * err / n
        W -= lr * (X.T @ d_loss)
        b -= lr * float(d_loss.sum())
    return loss


def timed(work):
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


if __name__ == "__main__":
    rng = np.random.default_rng(1)
    print(f"NumPy {np.__version__}")
    print(f"{'shape':>16}  {'method':<11} {'time/epoch':>12} {'example-steps/s':>16}")
    for n, f in [(30, 1), (1_000_000, 1), (100_000, 100)]:
        X, y = data(n, f, rng)
        steps = 200_000
        seconds = timed(lambda: per_example(X, y, 0.2 / f, steps))
        rate = steps / seconds
        print(f"{f'n={n} f={f}':>16}  {'PerExample':<11} {n / rate * 1e3:>10.3f} ms {rate:>16,.0f}")
        epochs = max(1, 2_000_000 // n)
        seconds = timed(lambda: full_batch(X, y, 0.1, epochs))
        print(f"{f'n={n} f={f}':>16}  {'FullBatch':<11} {seconds / epochs * 1e3:>10.3f} ms {n * epochs / seconds:>16,.0f}")
