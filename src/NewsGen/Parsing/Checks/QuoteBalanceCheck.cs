using System.Collections.Generic;
using System.Globalization;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// NEWS003, NEWS004 and NEWS016: the quotation-mark faults the quote extractor found while pairing marks. The
/// extractor is the one judge of what a quotation is (apostrophes, nesting, the run-on convention, a reopening
/// mark left mid-line by a lost paragraph break), so this check only places its findings in the file: one
/// problem per faulty mark.
/// </summary>
public static class QuoteBalanceCheck
{
    /// <summary>One problem per unclosed, unopened or mismatched double quotation mark, and per lost paragraph break.</summary>
    public static IEnumerable<ArticleProblem> Find(ParsedArticle article)
    {
        foreach (QuoteProblem problem in article.QuoteProblems)
        {
            ArticleParagraph paragraph = article.Paragraphs[problem.Paragraph];
            int start = paragraph.FileOffset(problem.Offset);
            string mark = Describe(paragraph.Text, problem.Offset);
            switch (problem.Kind)
            {
                case QuoteProblemKind.Unclosed:
                    yield return ArticleProblem.At(DiagnosticIds.UnbalancedQuote, start, problem.Length, mark, "opens a quotation that no mark closes");
                    break;
                case QuoteProblemKind.Unopened:
                    yield return ArticleProblem.At(DiagnosticIds.UnbalancedQuote, start, problem.Length, mark, "closes a quotation that no mark opened");
                    break;
                case QuoteProblemKind.LostParagraphBreak:
                    yield return ArticleProblem.At(DiagnosticIds.LostParagraphBreak, start, problem.Length, mark);
                    break;
                default:
                    yield return ArticleProblem.At(DiagnosticIds.MismatchedQuotes, start, problem.Length, mark);
                    break;
            }
        }
    }

    private static string Describe(string text, int offset) =>
        offset < text.Length
            ? "'" + text[offset] + "' (U+" + ((int)text[offset]).ToString("X4", CultureInfo.InvariantCulture) + ")"
            : "the mark";
}
