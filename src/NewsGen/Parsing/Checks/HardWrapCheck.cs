using System.Collections.Generic;
using System.Globalization;
using NewsGen.Parsing.Layout;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// NEWS018: the paragraph rule is forced to <see cref="ParagraphRule.Lines"/> (by <c>NewsGenParagraphs</c> or
/// <c>Paragraphs</c> metadata) but the file is hard-wrapped, so every wrapped line became a paragraph. The same
/// <see cref="LayoutDetector"/> that resolves <see cref="ParagraphRule.Auto"/> judges it: the warning fires exactly
/// on the files Auto would read as BlankLines.
/// </summary>
/// <remarks>
/// One fault, one diagnostic: the faults that only the wrong rule causes are not reported beside it: quotation
/// marks (NEWS003, NEWS004, NEWS016) that pair across a wrapped line once the lines are joined, and wrapped lines
/// that repeat another line word for word (NEWS008: "the", "percent."). The ones that remain when the file is
/// read as BlankLines are real faults of the text and still are.
/// </remarks>
public static class HardWrapCheck
{
    /// <summary>NEWS018 at the first wrapping line, or null when the rule is not Lines or the file does not look hard-wrapped.</summary>
    public static ArticleProblem? Find(ParsedArticle article, ParagraphRule rule)
    {
        if (rule != ParagraphRule.Lines)
        {
            return null;
        }

        // Under Lines each paragraph is one body line, with its place: exactly the lines the parser judges under Auto.
        var lines = new ArticleLine[article.Paragraphs.Count];
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = article.Paragraphs[i].Place;
        }

        LayoutEvidence evidence = LayoutDetector.Examine(lines);
        if (!evidence.IsHardWrapped || evidence.FirstWrappingLine is not { } first)
        {
            return null;
        }

        return ArticleProblem.At(
            DiagnosticIds.HardWrappedUnderLines,
            first.Start,
            first.Text.Length,
            Invariant(evidence.WrappingLines - 1),
            Invariant(evidence.WrapColumn));
    }

    /// <summary>
    /// Removes from <paramref name="problems"/> the paragraph and quotation faults that <paramref name="asBlankLines"/>,
    /// the same file parsed with <see cref="ParagraphRule.BlankLines"/>, does not have: the wrong rule caused them.
    /// </summary>
    public static void DropFaultsOfTheWrapping(List<ArticleProblem> problems, ParsedArticle asBlankLines)
    {
        var real = new HashSet<(string Id, int Start)>();
        foreach (ArticleProblem problem in QuoteBalanceCheck.Find(asBlankLines))
        {
            real.Add((problem.Id, problem.Start));
        }

        foreach (ArticleProblem problem in DuplicateParagraphCheck.Find(asBlankLines))
        {
            real.Add((problem.Id, problem.Start));
        }

        problems.RemoveAll(problem => DependsOnTheParagraphs(problem.Id) && !real.Contains((problem.Id, problem.Start)));
    }

    private static bool DependsOnTheParagraphs(string id) =>
        id is DiagnosticIds.UnbalancedQuote or DiagnosticIds.MismatchedQuotes or DiagnosticIds.LostParagraphBreak or DiagnosticIds.DuplicateParagraph;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
