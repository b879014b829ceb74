namespace NewsGen.Parsing.Quotes;

/// <summary>A structural problem with quotation marks.</summary>
public enum QuoteProblemKind
{
    /// <summary>An opening double mark that is never closed (and is not continued by the next paragraph).</summary>
    Unclosed,

    /// <summary>A closing double mark with no opening mark before it.</summary>
    Unopened,

    /// <summary>A curly double mark paired with the wrong kind: “…" or "…”, or a mark of the wrong shape (”…” or “…“).</summary>
    Mismatched,

    /// <summary>
    /// An opening mark inside a line that reopens the quotation already open, right after a quoted sentence's end
    /// (<c>"… first. "If …</c>): the reopening mark of a run-on quotation whose paragraph break was lost. The
    /// quotation goes on through it (one quotation, the mark kept in its text).
    /// </summary>
    LostParagraphBreak,
}
