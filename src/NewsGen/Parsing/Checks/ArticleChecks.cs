using System.Collections.Generic;
using System.Threading;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// Runs every check of an article's content, in a fixed order, over its decoded text and what the parser read
/// from it. The size limit, the encoding and the file-level problems (unreadable file, name clash) are the
/// caller's: they decide whether there is content to check at all.
/// </summary>
/// <remarks>
/// One fault, one diagnostic. Text decoded twice (NEWS017) and the word around a replacement character (the
/// place of a byte that was not UTF-8, NEWS002) are faults of the encoding: the characters there are not the
/// ones the writer typed, so the checks that read characters (control characters, quotation marks, glued words)
/// say nothing about them.
/// </remarks>
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
        var mojibake = new List<ArticleProblem>(MojibakeCheck.Find(text));
        bool[] encodingFault = EncodingFaults(text, mojibake);
        problems.AddRange(Outside(ControlCharacterCheck.Find(text), encodingFault));
        problems.AddRange(mojibake);
        problems.AddRange(BidiControlCheck.Find(text));
        cancellationToken.ThrowIfCancellationRequested();
        problems.AddRange(Outside(QuoteBalanceCheck.Find(article), encodingFault));
        problems.AddRange(Outside(InBody(GluedTextCheck.Find(text), article), encodingFault));
        cancellationToken.ThrowIfCancellationRequested();
        problems.AddRange(DuplicateParagraphCheck.Find(article));
        problems.AddRange(LongParagraphCheck.Find(article, limits.MaxParagraphLength));
        if (article.FrontMatter is { } frontMatter)
        {
            foreach (Metadata.MetadataProblem problem in frontMatter.Problems)
            {
                problems.Add(problem.ToArticleProblem());
            }
        }

        return problems;
    }

    // Typography checks read prose: a front-matter block is keys and values (`title:Storm`, URLs), not prose.
    // The checks that guard what is embedded (controls, bidi, encoding) still read the whole file.
    private static IEnumerable<ArticleProblem> InBody(IEnumerable<ArticleProblem> problems, ParsedArticle article)
    {
        int bodyStart = article.FrontMatter is { HasBlock: true } block ? block.BodyStart : 0;
        foreach (ArticleProblem problem in problems)
        {
            if (problem.Start >= bodyStart)
            {
                yield return problem;
            }
        }
    }

    // Marks the characters an encoding fault covers: each word decoded twice, and each word holding U+FFFD.
    private static bool[] EncodingFaults(string text, List<ArticleProblem> mojibake)
    {
        var covered = new bool[text.Length];
        foreach (ArticleProblem problem in mojibake)
        {
            for (int i = problem.Start; i < problem.Start + problem.Length; i++)
            {
                covered[i] = true;
            }
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\uFFFD' || covered[i])
            {
                continue;
            }

            int start = i;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            int end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            for (int k = start; k < end; k++)
            {
                covered[k] = true;
            }

            i = end;
        }

        return covered;
    }

    private static IEnumerable<ArticleProblem> Outside(IEnumerable<ArticleProblem> problems, bool[] covered)
    {
        foreach (ArticleProblem problem in problems)
        {
            bool touches = false;
            for (int i = problem.Start; i < problem.Start + System.Math.Max(1, problem.Length) && i < covered.Length; i++)
            {
                touches |= covered[i];
            }

            if (!touches)
            {
                yield return problem;
            }
        }
    }
}
