using System;
using System.Diagnostics;

namespace NewsGen.Cli.Checking;

/// <summary>
/// When to print progress: not before <paramref name="Delay"/> has passed (a quick run stays quiet), then at most
/// every <paramref name="Interval"/>; <paramref name="Clock"/> gives the time since the run started. Tests pass
/// a clock of their own so what is printed does not depend on the machine's speed.
/// </summary>
internal sealed record ProgressSettings(TimeSpan Delay, TimeSpan Interval, Func<Func<TimeSpan>> Clock)
{
    /// <summary>After a second, once a second, on the wall clock.</summary>
    public static ProgressSettings Default { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), StartStopwatch);

    private static Func<TimeSpan> StartStopwatch()
    {
        var stopwatch = Stopwatch.StartNew();
        return () => stopwatch.Elapsed;
    }
}
