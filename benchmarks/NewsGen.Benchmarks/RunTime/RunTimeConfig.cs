using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace NewsGen.Benchmarks.RunTime;

/// <summary>
/// One launch, 5 warm-ups, 20 measured iterations: enough for stable nanosecond figures and keeps the whole
/// run-time suite to minutes on a shared 2-core machine. Ratios are to the baseline (the generated view).
/// </summary>
public sealed class RunTimeConfig : ManualConfig
{
    public RunTimeConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(20).WithId("RunTime"));
        AddColumn(StatisticColumn.Median);
        HideColumns(Column.Job);
    }
}
