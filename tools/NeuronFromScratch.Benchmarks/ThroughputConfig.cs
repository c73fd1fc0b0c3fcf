using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NeuronFromScratch.Benchmarks;

/// <summary>Adds epochs, example-steps per second and time per epoch to BenchmarkDotNet's table.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>The two extra columns.</summary>
    public ThroughputConfig() => AddColumn(
        new PerShapeColumn("Epochs", (shape, _) => $"{shape.Epochs}", "Epochs per training call (SumOfX: passes over X)"),
        new PerShapeColumn("Example-steps/s", PerSecond, "Examples visited per second: n·epochs / mean time"),
        new PerShapeColumn("Time/epoch", PerEpoch, "Mean time divided by the epochs of the call"));

    // n·epochs example-steps in the measured mean time (for SumOfX: elements summed, which is the same count for f=1).
    private static string PerSecond(Shape shape, double meanNs) => $"{shape.ExampleSteps / (meanNs * 1e-9):N0}";

    private static string PerEpoch(Shape shape, double meanNs) => (meanNs / shape.Epochs) switch
    {
        >= 1e6 and var ns => $"{ns / 1e6:N2} ms",
        >= 1e3 and var ns => $"{ns / 1e3:N2} μs",
        var ns => $"{ns:N1} ns",
    };

    private sealed class PerShapeColumn(string name, Func<Shape, double, string> format, string legend) : IColumn
    {
        public string Id => name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => legend;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            var shape = benchmarkCase.Parameters["Shape"] as Shape;
            return statistics is null || shape is null ? "-" : format(shape, statistics.Mean);
        }
    }
}
