using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using NewsGen.Model;
using NewsGen.Naming;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// Every problem of one article file as it was read: unreadable, too large, not UTF-8, then its content. The
/// analyzer and the command-line tool both call this, so they decide alike which checks a file gets.
/// </summary>
public static class ArticleFileChecks
{
    /// <summary>
    /// The file's problems. <paramref name="text"/> is the decoded text, null when the file could not be read;
    /// <paramref name="singleByteEncoding"/> is the encoding it was decoded with when that took one byte per
    /// character (a compiler run with /codepage), null for the usual UTF-8 decoding.
    /// </summary>
    public static List<ArticleProblem> Run(string? text, Encoding? singleByteEncoding, ArticleLimits limits, ParagraphRule rule, CancellationToken cancellationToken = default) =>
        Run(text, singleByteEncoding, limits, rule, out _, cancellationToken);

    /// <summary>The file's problems, and the article as parsed (null when the file's text was not fit to parse).</summary>
    public static List<ArticleProblem> Run(string? text, Encoding? singleByteEncoding, ArticleLimits limits, ParagraphRule rule, out ParsedArticle? article, CancellationToken cancellationToken = default) =>
        Run(text, singleByteEncoding, limits, rule, string.Empty, EquatableArray<string>.Empty, ArticleParser.Parse, out article, cancellationToken);

    /// <summary>
    /// The file's problems with the project's required metadata keys checked too (NEWS024, after the content
    /// checks); <paramref name="id"/> is the article's id, whose first folder may give its section.
    /// </summary>
    public static List<ArticleProblem> Run(string? text, Encoding? singleByteEncoding, ArticleLimits limits, ParagraphRule rule, string id, EquatableArray<string> requiredMetadata, out ParsedArticle? article, CancellationToken cancellationToken = default) =>
        Run(text, singleByteEncoding, limits, rule, id, requiredMetadata, ArticleParser.Parse, out article, cancellationToken);

    /// <summary>The same, with the parse supplied by the caller (the analyzer shares the generator's: ArticleParseCache).</summary>
    public static List<ArticleProblem> Run(string? text, Encoding? singleByteEncoding, ArticleLimits limits, ParagraphRule rule, string id, EquatableArray<string> requiredMetadata, System.Func<string, ParagraphRule, CancellationToken, ParsedArticle> parse, out ParsedArticle? article, CancellationToken cancellationToken = default)
    {
        List<ArticleProblem> problems = RunContent(text, singleByteEncoding, limits, rule, parse, out article, cancellationToken);
        if (article is not null && text is not null)
        {
            problems.AddRange(Metadata.RequiredMetadata.Check(text, article, id, requiredMetadata));
        }

        return problems;
    }

    private static List<ArticleProblem> RunContent(string? text, Encoding? singleByteEncoding, ArticleLimits limits, ParagraphRule rule, System.Func<string, ParagraphRule, CancellationToken, ParsedArticle> parse, out ParsedArticle? article, CancellationToken cancellationToken)
    {
        article = null;
        var problems = new List<ArticleProblem>();
        if (text is null)
        {
            problems.Add(ArticleProblem.At(DiagnosticIds.UnreadableArticle, 0, 0));
            return problems;
        }

        if (ArticleLimits.IsTooLarge(text, limits.MaxArticleBytes))
        {
            problems.Add(TooLarge(ArticleLimits.Utf8Length(text), limits.MaxArticleBytes));
            return problems;
        }

        if (singleByteEncoding is not null)
        {
            // Each character is one byte of the file: encoding it back gives the bytes, and the first bad byte's
            // index is its character index. Text that is not UTF-8 is then not what the author wrote: check no further.
            if (Utf8Check.FindInBytes(singleByteEncoding.GetBytes(text)) is { } notUtf8)
            {
                problems.Add(notUtf8);
                return problems;
            }
        }
        else if (Utf8Check.FindInDecodedText(text) is { } replaced)
        {
            // The usual case: the decoder put U+FFFD in place of bytes it could not read.
            problems.Add(replaced);
        }

        article = parse(text, rule, cancellationToken);
        problems.AddRange(ArticleChecks.Run(text, article, limits, cancellationToken));
        if (HardWrapCheck.Find(article, rule) is { } hardWrapped)
        {
            // The wrong rule is the one fault: the faults it alone causes are not reported beside it.
            HardWrapCheck.DropFaultsOfTheWrapping(problems, ArticleParser.Parse(text, ParagraphRule.BlankLines, cancellationToken));
            problems.Add(hardWrapped);
        }

        return problems;
    }

    /// <summary>NEWS010 for a file of <paramref name="utf8Length"/> bytes, at the start of the file.</summary>
    public static ArticleProblem TooLarge(long utf8Length, long maxArticleBytes) =>
        ArticleProblem.At(DiagnosticIds.ArticleTooLarge, 0, 0, Invariant(utf8Length), Invariant(maxArticleBytes));

    /// <summary>NEWS011 for a file whose type name other files want too, at the start of the file; null when the name is its own.</summary>
    public static ArticleProblem? NameClash(ArticleNameAssignment? assignment) =>
        assignment is { ClashesWith.Count: > 0 }
            ? ArticleProblem.At(DiagnosticIds.NameClash, 0, 0, assignment.QualifiedName, string.Join("', '", assignment.ClashesWith))
            : null;

    /// <summary>NEWS019 for a file whose id other files have too, at the start of the file; null when the id is its own.</summary>
    public static ArticleProblem? SameId(ArticleNameAssignment? assignment) =>
        assignment is { SameIdAs.Count: > 0 }
            ? ArticleProblem.At(DiagnosticIds.DuplicateId, 0, 0, assignment.Id, string.Join("', '", assignment.SameIdAs))
            : null;

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
