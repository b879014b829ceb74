using System.Threading;

namespace NewsGen.Analysis;

/// <summary>A running total of the user-string heap the views would load, summed from concurrent file actions.</summary>
internal sealed class StringBudgetTally
{
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    public void Add(long bytes) => Interlocked.Add(ref _total, bytes);
}
