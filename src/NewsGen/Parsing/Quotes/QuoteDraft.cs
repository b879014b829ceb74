namespace NewsGen.Parsing.Quotes;

/// <summary>A quote while the extractor works on it.</summary>
internal sealed class QuoteDraft
{
    public QuoteDraft(QuoteSpan span, int parent) => (Span, Parent) = (span, parent);

    public QuoteSpan Span { get; }

    public int Parent { get; }

    public QuoteKind Kind { get; set; }

    public Person? Speaker { get; set; }

    /// <summary>Index of the quote's token in its first paragraph's tokens.</summary>
    public int FirstToken { get; set; } = -1;

    /// <summary>Index of the quote's token in its last paragraph's tokens.</summary>
    public int LastToken { get; set; } = -1;

    public bool IsAttributable => Parent < 0 && Kind != QuoteKind.Title;
}
