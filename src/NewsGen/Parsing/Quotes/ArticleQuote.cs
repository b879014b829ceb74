namespace NewsGen.Parsing.Quotes;

/// <summary>
/// One quotation of an article: the text between its marks and who said it.
/// </summary>
/// <param name="Text">
/// The text between the opening and the closing mark, verbatim. For a quotation inside one paragraph it is
/// exactly <c>paragraph.Text.Substring(Offset, Length)</c>. A quotation that runs on into later paragraphs (the
/// convention: no closing mark at the paragraph's end, an opening mark at the next one's start) is one quote
/// whose text is the span of <see cref="ParsedArticle.Text"/> from its opening mark to its closing mark: the
/// parts joined by <see cref="ParsedArticle.ParagraphSeparator"/>, each reopening mark kept as written.
/// </param>
/// <param name="Paragraph">Index of the paragraph that holds the opening mark.</param>
/// <param name="Offset">UTF-16 offset of the first character after the opening mark, within that paragraph.</param>
/// <param name="Length">The length of <paramref name="Text"/> in UTF-16 code units.</param>
/// <param name="EndParagraph">Index of the paragraph that holds the closing mark (equals <paramref name="Paragraph"/> unless the quote runs on).</param>
/// <param name="Kind">What the quotation is doing in the sentence.</param>
/// <param name="Speaker">The speaker's canonical name ("Donald Trump"; for an organisation or a description, see <see cref="ArticleSpeaker.Name"/>), or null when the text does not say.</param>
/// <param name="Role">The speaker's role as the article gives it ("President"), or null.</param>
/// <param name="Parent">The index of the enclosing quote for a nested quote, otherwise -1.</param>
public sealed record ArticleQuote(
    string Text,
    int Paragraph,
    int Offset,
    int Length,
    int EndParagraph,
    QuoteKind Kind,
    string? Speaker,
    string? Role,
    int Parent);
