using System.Collections.Generic;
using System.Threading;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// Runs every check of an article's content, in a fixed order, over its decoded text and what the parser read
/// from it. The size limit, the encoding and the file-level problems (unreadable file, name clash) are the
/// caller's: they decide whether there is content to check at all.
/// </summary>
public static class ArticleChecks
{
    /// <summary>All content problems of one article, ordered by rule and then by place.</summary>
    public static List<ArticleProblem> Run(string text, ParsedArticle article, ArticleLimits limits, CancellationToken cancellationToken = default)
    {
        var problems = new List<ArticleProblem>();
        if (EmptyArticleCheck.Find(text) is { } empty)
        {
            problems.Add(empty);
            return problems;
        }

        cancellationToken.ThrowIfCancellationRequested();
        problems.AddRange(ControlCharacterCheck.Find(text));
        problems.AddRange(BidiControlCheck.Find(text));
        cancellationToken.ThrowIfCancellationRequested();
        problems.AddRange(QuoteBalanceCheck.Find(article));
        problems.AddRange(GluedTextCheck.Find(text));
        cancellationToken.ThrowIfCancellationRequested();
        problems.AddRange(DuplicateParagraphCheck.Find(article));
        problems.AddRange(LongParagraphCheck.Find(article, limits.MaxParagraphLength));
        return problems;
    }
}
