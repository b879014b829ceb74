namespace NewsGen.Generation.Layout;

/// <summary>
/// The numbers stored per quote in an article's quote table, in this order: the article emitter writes them in
/// enum order and the <c>NewsQuote</c> view reads slot <c>(int)fact</c>, so the two cannot drift apart.
/// </summary>
internal enum QuoteFact
{
    /// <summary>The index of the paragraph that holds the opening mark.</summary>
    Paragraph,

    /// <summary>The index of the paragraph that holds the closing mark.</summary>
    EndParagraph,

    /// <summary>The UTF-16 offset of the quote's first character in its paragraph.</summary>
    Offset,

    /// <summary>The quote's length in UTF-16 code units.</summary>
    Length,

    /// <summary>The quote's kind, as the <c>NewsQuoteKind</c> value.</summary>
    Kind,

    /// <summary>The index of the enclosing quote, or -1.</summary>
    Parent,

    /// <summary>The index of the speaker in the article's speakers, or -1.</summary>
    Speaker,
}
