using BenchmarkDotNet.Running;

namespace NeuronFromScratch.Benchmarks;

internal static class Program
{
    // e.g. dotnet run -c Release --project tools/NeuronFromScratch.Benchmarks -- --filter '*' (see README.md)
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
