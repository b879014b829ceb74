using System;

namespace NewsGen.Parsing.Quotes;

/// <summary>What the <see cref="WorkMeter"/>s of an observed run counted (tests only; see <see cref="WorkMeter.Observe"/>).</summary>
internal sealed class WorkTally
{
    /// <summary>Units of work counted.</summary>
    public long Units { get; set; }

    /// <summary>How many times a meter looked at its cancellation token.</summary>
    public long Checks { get; set; }

    /// <summary>Called at every look at the token, before it: a test cancels its token here after some work.</summary>
    public Action<WorkTally>? OnCheck { get; set; }
}
