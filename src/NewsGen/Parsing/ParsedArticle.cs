using NewsGen.Model;
using NewsGen.Parsing.Metadata;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Parsing;

/// <summary>How an article file lays out its text; see <see cref="ArticleParser"/> for the rule.</summary>
public enum ArticleLayout
{
    /// <summary>One paragraph per line, no title (the seed's layout).</summary>
    Paragraphs,

    /// <summary>A headline line (followed by a blank line, or straight above hard-wrapped text), then the paragraphs.</summary>
    TitleThenParagraphs,
}

/// <summary>A line of the article file kept as text: the title or a paragraph, with its place in the file.</summary>
/// <param name="Text">The line's text, trimmed of spaces at both ends and otherwise exactly as in the file (for a title
/// wrapped over two or three lines under <see cref="ParagraphRule.BlankLines"/>, those lines joined by one space).</param>
/// <param name="Start">Index of the first character in the decoded file text (UTF-16 code units, BOM excluded).</param>
/// <param name="Line">1-based line number in the file.</param>
/// <param name="Column">1-based column of the first character.</param>
public sealed record ArticleLine(string Text, int Start, int Line, int Column);

/// <summary>How the lines of a file make paragraphs.</summary>
public enum ParagraphRule
{
    /// <summary>Every non-blank line is one paragraph; blank lines separate nothing (the seed's layout).</summary>
    Lines,

    /// <summary>Paragraphs are separated by blank lines; the lines of one paragraph are joined with a space.</summary>
    BlankLines,

    /// <summary>
    /// The default: <see cref="BlankLines"/> for a file whose lines are hard-wrapped, <see cref="Lines"/> for any
    /// other, decided per file by <see cref="Layout.LayoutDetector"/>.
    /// </summary>
    Auto,
}

/// <summary>One paragraph of an article.</summary>
/// <param name="Text">The paragraph's text.</param>
/// <param name="Place">Where the paragraph starts in the file (its first line).</param>
/// <param name="IsCredit">True for a trailing credit line such as "ABC News' Jordyn Phelps contributed to this report."</param>
/// <param name="Lines">The file lines the paragraph is made of: one, or several wrapped lines under <see cref="ParagraphRule.BlankLines"/>.</param>
public sealed record ArticleParagraph(string Text, ArticleLine Place, bool IsCredit, EquatableArray<ArticleLine> Lines)
{
    /// <summary>
    /// Maps an offset in <see cref="Text"/> to an offset in the file's decoded text. Wrapped lines are joined by
    /// one space, which stands for the line break; an offset on that space maps to the end of the earlier line.
    /// </summary>
    public int FileOffset(int offsetInParagraph)
    {
        int lineStartInParagraph = 0;
        for (int i = 0; i < Lines.Count; i++)
        {
            ArticleLine line = Lines[i];
            if (offsetInParagraph <= lineStartInParagraph + line.Text.Length || i == Lines.Count - 1)
            {
                return line.Start + System.Math.Max(0, offsetInParagraph - lineStartInParagraph);
            }

            lineStartInParagraph += line.Text.Length + ArticleParser.WrappedLineSeparator.Length;
        }

        return Place.Start + offsetInParagraph;
    }
}

/// <summary>The people and organisation a credit line names.</summary>
/// <param name="Contributor">Who contributed ("Jordyn Phelps"); may name several people ("A and B").</param>
/// <param name="Organization">The organisation they work for ("ABC News"), or empty when the line names none.</param>
public sealed record ArticleCredit(string Contributor, string Organization);

/// <summary>
/// What the parser reads from one article file. Plain data, value-equatable, free of Roslyn types, so the
/// generator can cache it and the analyzer and command-line tool can share it.
/// </summary>
/// <param name="Layout">Whether the file has a title line.</param>
/// <param name="Title">The title line, or null (also null when the front matter sets <c>title</c>: the first line is then text).</param>
/// <param name="Paragraphs">The paragraphs, in order; the front-matter block is not among them, the byline is.</param>
/// <param name="Lede">The first sentence of the lede paragraph (the first after the byline), after its dateline.</param>
/// <param name="WordCount">Runs of characters that are not white space, over the paragraphs.</param>
/// <param name="Credit">What the trailing credit line names, or null.</param>
/// <param name="Quotations">The quotations and speakers.</param>
/// <param name="FrontMatter">What <see cref="FrontMatterReader"/> read at the top of the file (null only for a model built by hand).</param>
/// <param name="Byline">The byline the first paragraph is, or null (see <see cref="BylineRecognizer"/>).</param>
/// <param name="Dateline">The dateline the lede paragraph opens with, or null (see <see cref="DatelineRecognizer"/>).</param>
/// <param name="LedeParagraph">The index of the lede paragraph (see <see cref="LedeParagraphIndex"/>).</param>
/// <param name="FrontMatterBlock">The front-matter block exactly as written, fences and line ends included; empty without one.</param>
public sealed record ParsedArticle(
    ArticleLayout Layout,
    ArticleLine? Title,
    EquatableArray<ArticleParagraph> Paragraphs,
    string Lede,
    int WordCount,
    ArticleCredit? Credit,
    QuoteAnalysis Quotations,
    FrontMatterResult? FrontMatter = null,
    Byline? Byline = null,
    Dateline? Dateline = null,
    int LedeParagraph = 0,
    string FrontMatterBlock = "")
{
    /// <summary>The index of the byline paragraph (always the first), or -1 when the article has none.</summary>
    public int BylineParagraphIndex => Byline is null ? -1 : 0;

    /// <summary>
    /// The index of the lede paragraph (it may not exist): the first that is not the byline, or the one after it
    /// when that is a headline with no blank line after it and this one opens with a dateline.
    /// </summary>
    public int LedeParagraphIndex => LedeParagraph;

    /// <summary>The index of the paragraph the dateline opens, or -1 when the article has none.</summary>
    public int DatelineParagraphIndex => Dateline is null ? -1 : LedeParagraphIndex;

    /// <summary>The byline, dateline and front matter as the emitter reads them (no positions).</summary>
    public ArticleMetadata Metadata => new(
        FrontMatter?.Metadata ?? global::NewsGen.Parsing.Metadata.FrontMatter.None,
        FrontMatter?.HasBlock ?? false,
        Byline,
        Byline is null ? string.Empty : Paragraphs[0].Text,
        Dateline);

    /// <summary>The article's quotations in order of their opening marks; see <see cref="ArticleQuote"/>.</summary>
    public EquatableArray<ArticleQuote> Quotes => Quotations.Quotes;

    /// <summary>The people quoted, distinct, in order of their first quote.</summary>
    public EquatableArray<ArticleSpeaker> Speakers => Quotations.Speakers;

    /// <summary>Quotation marks left open, closed without opening, or paired with the wrong kind.</summary>
    public EquatableArray<QuoteProblem> QuoteProblems => Quotations.Problems;

    /// <summary>The separator <see cref="Text"/> puts between paragraphs.</summary>
    public const string ParagraphSeparator = "\n";

    /// <summary>The article body: every paragraph, joined by <see cref="ParagraphSeparator"/>. The title is not part of it.</summary>
    public string Text
    {
        get
        {
            var parts = new string[Paragraphs.Count];
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = Paragraphs[i].Text;
            }

            return string.Join(ParagraphSeparator, parts);
        }
    }

    /// <summary>
    /// The file's text after normalisation (BOM dropped, line ends made LF, lines trimmed, blank lines
    /// dropped, and under <see cref="ParagraphRule.BlankLines"/> the wrapped lines of a paragraph joined by a
    /// space): the title, if any, then the paragraphs, one per line. Nothing else is lost or changed.
    /// The round trip with front matter: the file is <see cref="FrontMatterBlock"/> (exactly as written)
    /// followed by the body, and the body normalises to this text, as a file without a block does.
    /// </summary>
    public string NormalizedText =>
        Title is null ? Text
        : Paragraphs.Count == 0 ? Title.Text // a title alone: no separator after it
        : Title.Text + ParagraphSeparator + Text;

    /// <summary>The index of the credit paragraph, or -1 when the article has none.</summary>
    public int CreditParagraphIndex
    {
        get
        {
            for (int i = 0; i < Paragraphs.Count; i++)
            {
                if (Paragraphs[i].IsCredit)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
