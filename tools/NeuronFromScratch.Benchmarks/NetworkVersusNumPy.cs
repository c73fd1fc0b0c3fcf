using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace NeuronFromScratch.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tools/NeuronFromScratch.Benchmarks -- network</c>: NetworkBenchmarks' network
/// (2 → 16 → 1, ReLU, linear output, mini-batches of 32, shuffled, 10,000 examples) trained by NetworkTrainer, by the
/// plain loop the notebook writes out, and by vectorised NumPy (numpy_network.py, beside this file), in one run, side
/// by side. Each is timed as the best of five runs of <see cref="Epochs"/> epochs, after a second of warm-up (the JIT
/// compiles hot code a second time, optimised, after it has run a while).
/// </summary>
internal static class NetworkVersusNumPy
{
    private const int Epochs = 5;

    public static int Run(TextWriter output)
    {
        var benchmark = new NetworkBenchmarks();
        benchmark.Setup();
        double trainer = SecondsPerEpoch(() => benchmark.TwoSixteenOne());
        double plain = SecondsPerEpoch(() => benchmark.PlainLoop());
        var numpy = NumPy(Epochs);
        int steps = (NetworkBenchmarks.N + 31) / 32;

        output.WriteLine($"2 → 16 → 1 (ReLU, linear output), {NetworkBenchmarks.N:N0} examples, mini-batches of 32 ({steps} steps per epoch), shuffled");
        output.WriteLine($"{"",-42}{"time/epoch",12}{"steps/s",12}{"vs NumPy",10}");
        void Row(string what, double seconds) => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-42}{seconds * 1e3,9:F3} ms{steps / seconds,12:N0}{(numpy is { } np ? $"{np.SecondsPerEpoch / seconds,9:F1}×" : "")}"));
        Row("C#, NetworkTrainer.Train (its fast path)", trainer);
        Row("C#, the plain loop (Forward/Backward/Step)", plain);
        if (numpy is { } n)
            Row($"NumPy {n.Version}, vectorised (numpy_network.py)", n.SecondsPerEpoch);
        else
            output.WriteLine("NumPy: not run (apt-get install python3-numpy, then run this again)");
        return 0;
    }

    private static double SecondsPerEpoch(Action train)
    {
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(1))
            train();
        double best = double.MaxValue;
        for (int run = 0; run < 5; run++)
        {
            var clock = Stopwatch.StartNew();
            train();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best / NetworkBenchmarks.Epochs;
    }

    private sealed record NumPyResult(string Version, double SecondsPerEpoch);

    private static NumPyResult? NumPy(int epochs)
    {
        string script = Path.Combine(AppContext.BaseDirectory, "numpy_network.py");
        if (!File.Exists("/usr/bin/python3"))
            return null;
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", [script, epochs.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        string json = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            return null;
        using var document = JsonDocument.Parse(json);
        return new(document.RootElement.GetProperty("numpy").GetString()!, document.RootElement.GetProperty("secondsPerEpoch").GetDouble());
    }
}
