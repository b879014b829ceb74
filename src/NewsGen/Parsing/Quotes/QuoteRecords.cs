namespace NewsGen.Parsing.Quotes;

/// <summary>What a quotation is doing in the writer's sentence.</summary>
public enum QuoteKind
{
    /// <summary>One or more full sentences set off from the writer's words: <c>X said, "We will win."</c></summary>
    Statement,

    /// <summary>Words woven into the writer's own sentence: <c>called it a "witch hunt."</c></summary>
    Fragment,

    /// <summary>A quotation inside another quotation (its <see cref="ArticleQuote.Parent"/> is the enclosing one).</summary>
    Nested,

    /// <summary>The name of a show, book, film or the like, set in quotation marks: not speech, never attributed.</summary>
    Title,
}

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

/// <summary>A person, organisation or described speaker quoted in an article.</summary>
/// <param name="Name">
/// For a person, the canonical name: the full name the article introduced, without titles. For an organisation,
/// its name as written, without "the". For a description, the description ("a spokesman for the utility").
/// </param>
/// <param name="Role">The role the article gives ("White House press secretary"), or null.</param>
/// <param name="Kind">Whether the speaker is a named person, an organisation or a description.</param>
public sealed record ArticleSpeaker(string Name, string? Role, SpeakerKind Kind = SpeakerKind.Person);

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

/// <summary>
/// A quotation-mark problem at one mark. <see cref="Offset"/> is the mark's UTF-16 offset within the paragraph's
/// text; its offset in the file is <c>paragraph.FileOffset(Offset)</c> (which also maps paragraphs made of
/// wrapped lines). For <see cref="QuoteProblemKind.Unclosed"/> the mark is the opening one; for
/// <see cref="QuoteProblemKind.LostParagraphBreak"/> the reopening one; otherwise it is the offending closing
/// (or wrongly shaped) mark.
/// </summary>
public sealed record QuoteProblem(QuoteProblemKind Kind, int Paragraph, int Offset, int Length);
