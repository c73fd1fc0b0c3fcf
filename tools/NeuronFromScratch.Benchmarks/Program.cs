using BenchmarkDotNet.Running;

namespace NeuronFromScratch.Benchmarks;

internal static class Program
{
    // e.g. dotnet run -c Release --project tools/NeuronFromScratch.Benchmarks -- --filter '*' (see README.md);
    // `-- network` trains the network beside NumPy and prints both (NetworkVersusNumPy.cs).
    private static int Main(string[] args)
    {
        if (args is ["network"])
            return NetworkVersusNumPy.Run(Console.Out);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
