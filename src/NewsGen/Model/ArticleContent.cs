using NewsGen.Model;
using NewsGen.Parsing;
using NewsGen.Parsing.Metadata;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Model;

/// <summary>
/// What the emitter reads of one article: its text and what the parser found in it, without any place in the
/// file. An edit that only moves text (blank lines, indentation, line ends) leaves this equal, so the
/// generator's output for the article stays cached. Only strings, numbers and equatable collections.
/// </summary>
/// <param name="Title">The front matter's <c>title</c>, else the title line's text, or null when the file has neither.</param>
/// <param name="Paragraphs">The paragraphs, in order.</param>
/// <param name="Lede">The first sentence of the first paragraph.</param>
/// <param name="WordCount">Runs of characters that are not white space.</param>
/// <param name="Credit">What the trailing credit line names, or null.</param>
/// <param name="Quotes">The quotations, in order of their opening marks.</param>
/// <param name="Speakers">The people quoted, in order of their first quote.</param>
public sealed record ArticleContent(
    string? Title,
    EquatableArray<ParagraphContent> Paragraphs,
    string Lede,
    int WordCount,
    ArticleCredit? Credit,
    EquatableArray<ArticleQuote> Quotes,
    EquatableArray<ArticleSpeaker> Speakers)
{
    /// <summary>The front matter, byline and dateline (values only, like everything here).</summary>
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.None;

    /// <summary>The index of the byline paragraph (the first), or -1 when there is none.</summary>
    public int BylineParagraphIndex => Metadata.Byline is null ? -1 : 0;

    /// <summary>The article body: every paragraph, joined by <see cref="ParsedArticle.ParagraphSeparator"/>.</summary>
    public string Text
    {
        get
        {
            var parts = new string[Paragraphs.Count];
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = Paragraphs[i].Text;
            }

            return string.Join(ParsedArticle.ParagraphSeparator, parts);
        }
    }

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

    /// <summary>Projects what the parser read to what the emitter needs.</summary>
    public static ArticleContent From(ParsedArticle parsed)
    {
        var paragraphs = new ParagraphContent[parsed.Paragraphs.Count];
        for (int i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = new ParagraphContent(parsed.Paragraphs[i].Text, parsed.Paragraphs[i].IsCredit);
        }

        string? frontMatterTitle = parsed.FrontMatter?.Metadata.Title;
        return new ArticleContent(
            string.IsNullOrEmpty(frontMatterTitle) ? parsed.Title?.Text : frontMatterTitle,
            new EquatableArray<ParagraphContent>(paragraphs),
            parsed.Lede,
            parsed.WordCount,
            parsed.Credit,
            parsed.Quotes,
            parsed.Speakers)
        {
            Metadata = parsed.Metadata,
        };
    }
}
