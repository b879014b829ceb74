using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace NewsGen.Benchmarks.Generation;

/// <summary>
/// Few iterations (one launch, 2 warm-ups, 5 measured): a 10,000-article run takes seconds, and the whole
/// throughput suite has to fit in a few minutes on a shared 2-core machine. Adds the per-MB columns.
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithId("Throughput"));
        AddColumn(StatisticColumn.Median);
        AddColumn(PerMegabyteColumn.TextMegabytes, PerMegabyteColumn.TimePerMegabyte, PerMegabyteColumn.AllocatedPerMegabyte);
        HideColumns(Column.Job);
    }
}
