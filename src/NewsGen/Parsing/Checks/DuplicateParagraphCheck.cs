using System;
using System.Collections.Generic;
using System.Globalization;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// NEWS008: a paragraph that repeats an earlier one word for word, a sign of a scrape that caught a block twice.
/// Reported on each later copy, naming the line of the first. Paragraphs without a letter or digit (dividers
/// such as "* * *") may repeat.
/// </summary>
public static class DuplicateParagraphCheck
{
    /// <summary>One problem per repeated paragraph, spanning the repeat.</summary>
    public static IEnumerable<ArticleProblem> Find(ParsedArticle article)
    {
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ArticleParagraph paragraph in article.Paragraphs)
        {
            if (!HasLetterOrDigit(paragraph.Text))
            {
                continue;
            }

            if (firstLine.TryGetValue(paragraph.Text, out int line))
            {
                yield return ArticleProblem.At(DiagnosticIds.DuplicateParagraph, paragraph.Place.Start, ParagraphSpan.Length(paragraph), line.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                firstLine[paragraph.Text] = paragraph.Place.Line;
            }
        }
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
