using System;
using System.Diagnostics;
using System.IO;

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

/// <summary>Prints "newsgen: checked N of M files" on stderr while a long check runs.</summary>
internal sealed class ProgressReporter
{
    private readonly TextWriter _output;
    private readonly int _total;
    private readonly ProgressSettings _settings;
    private readonly Func<TimeSpan> _elapsed;
    private TimeSpan? _lastPrinted;
    private int _lastDone;

    public ProgressReporter(TextWriter output, int total, ProgressSettings settings)
    {
        _output = output;
        _total = total;
        _settings = settings;
        _elapsed = settings.Clock();
    }

    public void Report(int done)
    {
        TimeSpan now = _elapsed();
        if (now < _settings.Delay || (_lastPrinted is { } last && now - last < _settings.Interval))
        {
            return;
        }

        Print(done);
        _lastPrinted = now;
    }

    /// <summary>Ends a run that printed progress with the final count, so the last line is never stale.</summary>
    public void Finish()
    {
        if (_lastPrinted is not null && _lastDone != _total)
        {
            Print(_total);
        }
    }

    private void Print(int done)
    {
        _output.WriteLine($"newsgen: checked {done} of {_total} files");
        _lastDone = done;
    }
}
