using System;
using System.IO;

namespace NewsGen.Cli.Checking;

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
