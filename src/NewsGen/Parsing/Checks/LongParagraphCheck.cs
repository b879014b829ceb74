using System.Collections.Generic;
using System.Globalization;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// NEWS009: a paragraph longer than <see cref="ArticleLimits.MaxParagraphLength"/>, a sign that line breaks were
/// lost and several paragraphs became one.
/// </summary>
public static class LongParagraphCheck
{
    /// <summary>One problem per paragraph over the limit, spanning the paragraph.</summary>
    public static IEnumerable<ArticleProblem> Find(ParsedArticle article, int maxLength)
    {
        foreach (ArticleParagraph paragraph in article.Paragraphs)
        {
            if (paragraph.Text.Length > maxLength)
            {
                yield return ArticleProblem.At(
                    DiagnosticIds.LongParagraph,
                    paragraph.Place.Start,
                    ParagraphSpan.Length(paragraph),
                    paragraph.Text.Length.ToString(CultureInfo.InvariantCulture),
                    maxLength.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
