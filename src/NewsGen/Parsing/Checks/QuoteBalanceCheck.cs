using System.Collections.Generic;
using System.Globalization;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// NEWS003 and NEWS004: the quotation-mark faults the quote extractor found while pairing marks. The extractor
/// is the one judge of what a quotation is (apostrophes, nesting, the run-on convention), so this check only
/// places its findings in the file: one problem per faulty mark.
/// </summary>
public static class QuoteBalanceCheck
{
    /// <summary>One problem per unclosed, unopened or mismatched double quotation mark.</summary>
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
