using System;
using System.Threading;

namespace NewsGen.Parsing.Quotes;

/// <summary>
/// Counts the work name reading and attribution do for one article (registry probes, mentions and tokens
/// visited), and observes cancellation as it goes: every <see cref="CheckInterval"/> units it checks the token, so
/// a cancelled run stops within a bounded amount of work however pathological the text. The count is what the
/// linearity tests assert on (issue 18): work at 4× the text must be about 4× the work, never a timing.
/// </summary>
internal sealed class WorkMeter
{
    /// <summary>Units of work between two looks at the token: a few microseconds of attribution.</summary>
    internal const int CheckInterval = 4096;

    private static readonly AsyncLocal<WorkTally?> Observed = new();

    private readonly CancellationToken _cancellationToken;
    private readonly WorkTally? _tally;
    private int _sinceCheck;

    public WorkMeter(CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _tally = Observed.Value;
    }

    /// <summary>All units counted by this meter.</summary>
    public long Units { get; private set; }

    /// <summary>Counts <paramref name="units"/> of work; throws <see cref="OperationCanceledException"/> at a check after cancellation.</summary>
    public void Add(int units)
    {
        Units += units;
        _sinceCheck += units;
        if (_tally is not null)
        {
            _tally.Units += units;
        }

        if (_sinceCheck >= CheckInterval)
        {
            Check();
        }
    }

    /// <summary>Looks at the token now (between stages, where no units were counted).</summary>
    public void Check()
    {
        _sinceCheck = 0;
        if (_tally is not null)
        {
            _tally.Checks++;
            _tally.OnCheck?.Invoke(_tally);
        }

        _cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// Test hook: every meter created in this asynchronous flow (the parser, the generator or the analyzer run from
    /// it) adds its units to <paramref name="tally"/> until the result is disposed.
    /// </summary>
    internal static IDisposable Observe(WorkTally tally)
    {
        WorkTally? previous = Observed.Value;
        Observed.Value = tally;
        return new Restore(previous);
    }

    private sealed class Restore : IDisposable
    {
        private readonly WorkTally? _previous;

        public Restore(WorkTally? previous) => _previous = previous;

        public void Dispose() => Observed.Value = _previous;
    }
}
