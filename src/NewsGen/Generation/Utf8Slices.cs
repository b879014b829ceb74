using System;
using System.Collections.Generic;
using System.Text;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Generation;

/// <summary>
/// Finds where a quote's text lies in the UTF-8 bytes of the article body, so UTF-8 views can read it as a slice
/// of <c>TextUtf8</c> rather than load a string literal. A quote's text is the body between its marks (paragraphs
/// joined by line feeds, as in the body), so it is one contiguous slice; the finder checks that and answers null
/// otherwise, and the caller then keeps the constant.
/// </summary>
internal sealed class Utf8Slices
{
    private readonly string _text;
    private readonly int[] _paragraphStarts;
    private readonly string[] _paragraphs;

    public Utf8Slices(ParsedArticle article)
    {
        _text = article.Text;
        _paragraphStarts = new int[article.Paragraphs.Count];
        _paragraphs = new string[article.Paragraphs.Count];
        int start = 0;
        for (int i = 0; i < _paragraphStarts.Length; i++)
        {
            _paragraphStarts[i] = start;
            _paragraphs[i] = article.Paragraphs[i].Text;
            start += article.Paragraphs[i].Text.Length + ParsedArticle.ParagraphSeparator.Length;
        }
    }

    /// <summary>The byte range of each paragraph in the UTF-8 body, in order.</summary>
    public IEnumerable<(int Start, int Length)> Paragraphs()
    {
        int start = 0;
        foreach (string paragraph in _paragraphs)
        {
            int length = Encoding.UTF8.GetByteCount(paragraph);
            yield return (start, length);
            start += length + Encoding.UTF8.GetByteCount(ParsedArticle.ParagraphSeparator);
        }
    }

    /// <summary>The byte range of <paramref name="quote"/> in the UTF-8 body, or null when it is not a slice of it.</summary>
    public (int Start, int Length)? Find(ArticleQuote quote)
    {
        if (quote.Paragraph < 0 || quote.Paragraph >= _paragraphStarts.Length)
        {
            return null;
        }

        int start = _paragraphStarts[quote.Paragraph] + quote.Offset;
        if (start < 0 || start + quote.Text.Length > _text.Length || string.CompareOrdinal(_text, start, quote.Text, 0, quote.Text.Length) != 0)
        {
            return null;
        }

        return (Encoding.UTF8.GetByteCount(_text.Substring(0, start)), Encoding.UTF8.GetByteCount(quote.Text));
    }
}
