using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Cli.Show;

/// <summary>
/// Where a quotation stands in the file: from the first character after its opening mark to its closing mark,
/// through the paragraphs' own offset mapping (wrapped lines, and quotations that run on into later paragraphs).
/// </summary>
internal static class QuotePlaces
{
    /// <summary>The quote's offset in the decoded file text and its length there (line breaks of run-on quotes included).</summary>
    public static (int FileOffset, int Length) Of(ParsedArticle article, ArticleQuote quote)
    {
        ArticleParagraph first = article.Paragraphs[quote.Paragraph];
        int start = first.FileOffset(quote.Offset);

        // The quote's text is a span of the article text (paragraphs joined by ParagraphSeparator): find where
        // it ends there, then which offset of its last paragraph that is.
        int endInArticle = ParagraphStart(article, quote.Paragraph) + quote.Offset + quote.Length;
        int endInParagraph = endInArticle - ParagraphStart(article, quote.EndParagraph);
        int end = article.Paragraphs[quote.EndParagraph].FileOffset(endInParagraph);
        return (start, end - start);
    }

    private static int ParagraphStart(ParsedArticle article, int index)
    {
        int start = 0;
        for (int i = 0; i < index; i++)
        {
            start += article.Paragraphs[i].Text.Length + ParsedArticle.ParagraphSeparator.Length;
        }

        return start;
    }
}
