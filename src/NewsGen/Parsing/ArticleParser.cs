using System.Collections.Generic;
using System.Threading;
using NewsGen.Model;
using NewsGen.Parsing.Layout;
using NewsGen.Parsing.Metadata;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Parsing;

/// <summary>
/// Reads an article file's text into a <see cref="ParsedArticle"/>. Plain C# over a string: no Roslyn types,
/// no file system, no exceptions for any input.
/// </summary>
/// <remarks>
/// <para>The rules, which the README documents:</para>
/// <list type="bullet">
/// <item>A leading U+FEFF (byte order mark) is not text. LF, CRLF and CR end lines; U+0085, U+2028 and U+2029 do not.</item>
/// <item>Each line is trimmed of white space at both ends. A line left empty is blank and makes no paragraph.</item>
/// <item><see cref="ParagraphRule.Lines"/>: every other line is one paragraph, and blank lines separate nothing.
/// <see cref="ParagraphRule.BlankLines"/>: paragraphs are separated by blank lines, and the lines of one paragraph
/// (wrapped text) are joined with a single space. <see cref="ParagraphRule.Auto"/> (the default): BlankLines when
/// <see cref="LayoutDetector"/> finds the body hard-wrapped, else Lines.</item>
/// <item>The first line is a title when the line after it is blank and it does not end like a sentence (with
/// a period, ignoring closing quotes and brackets). Under BlankLines it is also the title when the line after it
/// is text but the first line stops short of the wrap column (<see cref="LayoutDetector.IsHeadlineAboveWrappedText"/>),
/// and a first block of two or three lines that does not end like a sentence is a wrapped title, its lines joined.
/// Otherwise the article has no title.</item>
/// <item>Metadata (docs/metadata.md), as a step before and a step after the paragraphs are made: a front-matter
/// block at the very top is not article text (its lines make no paragraph, and a <c>title</c> in it replaces
/// the title-line rule, so the first line is then a paragraph); a first paragraph that is a byline (and not the
/// only one) stays a paragraph, marked as the byline, and is never the title; a dateline opening the next
/// paragraph stays in it, and the lede is the first sentence after it. Without a title, a first paragraph of one short
/// sentence (a headline the title rule did not take) followed by a paragraph with a dateline makes that second
/// paragraph the lede paragraph.</item>
/// </list>
/// </remarks>
public static class ArticleParser
{
    private const int CancellationCheckMask = 0xFFFF;

    /// <summary>The separator <see cref="ParagraphRule.BlankLines"/> puts between the wrapped lines of a paragraph.</summary>
    public const string WrappedLineSeparator = " ";

    /// <summary>Parses the decoded text of one article file with the default rule, <see cref="ParagraphRule.Auto"/>.</summary>
    public static ParsedArticle Parse(string text, CancellationToken cancellationToken = default) =>
        Parse(text, ParagraphRule.Auto, cancellationToken);

    /// <summary>Parses the decoded text of one article file with the given paragraph rule.</summary>
    public static ParsedArticle Parse(string text, ParagraphRule rule, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        List<RawLine> lines = SplitLines(text, cancellationToken);

        // Pre-step: the front-matter block's lines are not article lines. Lines keep their places in the file.
        FrontMatterResult frontMatter = FrontMatterReader.Read(text);
        if (frontMatter.HasBlock)
        {
            lines.RemoveRange(0, System.Math.Min(frontMatter.BodyStartLine - 1, lines.Count));
        }

        bool titleFromFrontMatter = !string.IsNullOrEmpty(frontMatter.Metadata.Title);

        ArticleLine? title = null;
        int firstBodyLine = 0;
        if (!titleFromFrontMatter && lines.Count >= 2 && lines[0].Content is { } first && lines[1].Content is null && LooksLikeHeadline(first.Text)
            && !BylineRecognizer.TryRecognize(first.Text, out _))
        {
            title = first;
            firstBodyLine = 1;
        }

        List<ArticleLine> body = BodyLines(lines, firstBodyLine);
        LayoutEvidence layout = rule == ParagraphRule.Lines ? LayoutEvidence.None : LayoutDetector.Examine(body);
        bool blankLines = LayoutDetector.Resolve(rule, layout) == ParagraphRule.BlankLines;
        if (blankLines && title is null && !titleFromFrontMatter && WrappedHeadline(lines, out int headlineLines) is { } wrappedHeadline)
        {
            // A headline too long for the column, wrapped like the paragraphs: the title, not the first paragraph.
            title = wrappedHeadline;
            firstBodyLine = headlineLines;
        }
        else if (blankLines && title is null && !titleFromFrontMatter && LayoutDetector.IsHeadlineAboveWrappedText(body, layout) && lines[0].Content is { } headline && LooksLikeHeadline(headline.Text))
        {
            // A headline with no blank line under it: joined, it would run into the lede.
            title = headline;
            firstBodyLine = 1;
        }

        List<ArticleParagraph> paragraphs = blankLines
            ? JoinBlocks(lines, firstBodyLine, cancellationToken)
            : OneParagraphPerLine(lines, firstBodyLine, cancellationToken);

        ArticleCredit? credit = null;
        if (paragraphs.Count > 0 && CreditLine.TryParse(paragraphs[paragraphs.Count - 1].Text, out ArticleCredit? parsed))
        {
            credit = parsed;
            paragraphs[paragraphs.Count - 1] = paragraphs[paragraphs.Count - 1] with { IsCredit = true };
        }

        int wordCount = 0;
        foreach (ArticleParagraph paragraph in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            wordCount += WordCounter.Count(paragraph.Text);
        }

        // Post-step: the byline heads the paragraphs; the dateline opens the one after it (the lede paragraph).
        Byline? byline = null;
        if (paragraphs.Count >= 2 && paragraphs[0].Lines.Count == 1 && !paragraphs[0].IsCredit)
        {
            BylineRecognizer.TryRecognize(paragraphs[0].Text, out byline);
        }

        int ledeParagraph = byline is null ? 0 : 1;
        Dateline? dateline = null;
        string lede = string.Empty;
        if (ledeParagraph < paragraphs.Count)
        {
            // Copy often keeps a headline the title rule does not take (no blank line after it, or a closing period,
            // as PolNeAR's headlines have), so the dateline opens the second paragraph. A dateline is proof enough
            // that the second is the lede paragraph when the first is one short sentence: a headline's shape.
            if (!DatelineRecognizer.TryRecognize(paragraphs[ledeParagraph].Text, out dateline) && title is null && !titleFromFrontMatter
                && ledeParagraph + 1 < paragraphs.Count && IsOneShortSentence(paragraphs[ledeParagraph].Text)
                && DatelineRecognizer.TryRecognize(paragraphs[ledeParagraph + 1].Text, out dateline))
            {
                ledeParagraph++;
            }

            string ledeText = paragraphs[ledeParagraph].Text;
            lede = dateline is not null ? Sentences.First(ledeText.Substring(dateline.LedeStart)) : Sentences.First(ledeText);
        }

        var texts = new string[paragraphs.Count];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = paragraphs[i].Text;
        }

        return new ParsedArticle(
            title is null ? ArticleLayout.Paragraphs : ArticleLayout.TitleThenParagraphs,
            title,
            new EquatableArray<ArticleParagraph>(paragraphs.ToArray()),
            lede,
            wordCount,
            credit,
            QuoteExtractor.Analyze(texts, cancellationToken),
            frontMatter,
            byline,
            dateline,
            ledeParagraph,
            frontMatter.HasBlock ? text.Substring(Bom(text), frontMatter.BodyStart - Bom(text)) : string.Empty);
    }

    /// <summary>The most lines a wrapped headline takes; a longer first block is a paragraph.</summary>
    private const int MaxHeadlineLines = 3;

    // Under BlankLines, a first block of two or three lines, then a blank line, that does not end like a sentence is
    // a headline wrapped at the column: its lines joined as a paragraph's are. Its place is its first line's.
    private static ArticleLine? WrappedHeadline(List<RawLine> lines, out int blockEnd)
    {
        blockEnd = 0;
        while (blockEnd < lines.Count && lines[blockEnd].Content is not null)
        {
            blockEnd++;
        }

        if (blockEnd < 2 || blockEnd > MaxHeadlineLines || blockEnd == lines.Count)
        {
            return null;
        }

        var texts = new string[blockEnd];
        for (int i = 0; i < blockEnd; i++)
        {
            texts[i] = lines[i].Content!.Text;
        }

        string joined = string.Join(WrappedLineSeparator, texts);
        ArticleLine first = lines[0].Content!;
        return LooksLikeHeadline(joined) ? new ArticleLine(joined, first.Start, first.Line, first.Column) : null;
    }

    // The lines the layout is judged on: every non-blank line after the title.
    private static List<ArticleLine> BodyLines(List<RawLine> lines, int first)
    {
        var body = new List<ArticleLine>();
        for (int i = first; i < lines.Count; i++)
        {
            if (lines[i].Content is { } content)
            {
                body.Add(content);
            }
        }

        return body;
    }

    private static List<ArticleParagraph> OneParagraphPerLine(List<RawLine> lines, int first, CancellationToken cancellationToken)
    {
        var paragraphs = new List<ArticleParagraph>();
        for (int i = first; i < lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (lines[i].Content is { } content)
            {
                paragraphs.Add(new ArticleParagraph(content.Text, content, IsCredit: false, new EquatableArray<ArticleLine>(new[] { content })));
            }
        }

        return paragraphs;
    }

    private static List<ArticleParagraph> JoinBlocks(List<RawLine> lines, int first, CancellationToken cancellationToken)
    {
        var paragraphs = new List<ArticleParagraph>();
        var block = new List<ArticleLine>();
        for (int i = first; i <= lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i < lines.Count && lines[i].Content is { } content)
            {
                block.Add(content);
                continue;
            }

            if (block.Count > 0)
            {
                var texts = new string[block.Count];
                for (int j = 0; j < texts.Length; j++)
                {
                    texts[j] = block[j].Text;
                }

                paragraphs.Add(new ArticleParagraph(string.Join(WrappedLineSeparator, texts), block[0], IsCredit: false, new EquatableArray<ArticleLine>(block.ToArray())));
                block.Clear();
            }
        }

        return paragraphs;
    }

    // A headline: at most 160 characters and one sentence (Sentences' own rule for where the first one ends).
    private static bool IsOneShortSentence(string paragraph) =>
        paragraph.Length <= 160 && Sentences.FirstEnd(paragraph) == paragraph.Length;

    private static int Bom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

    /// <summary>True for the characters trimmed from the ends of a line: white space that does not end a line.</summary>
    public static bool IsTrimmable(char c) =>
        c is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029') && char.IsWhiteSpace(c);

    private static bool LooksLikeHeadline(string line)
    {
        int end = line.Length - 1;
        while (end >= 0 && line[end] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
        {
            end--;
        }

        return end >= 0 && line[end] != '.';
    }

    /// <summary>Splits text into lines; <see cref="RawLine.Content"/> is null for a blank line.</summary>
    private static List<RawLine> SplitLines(string text, CancellationToken cancellationToken)
    {
        var lines = new List<RawLine>();
        int position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int lineStart = position;
        int lineNumber = 1;

        // A file that ends with a line break has no further (empty) line.
        while (lineStart < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();

            int lineEnd = lineStart;
            while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
            {
                lineEnd++;

                // A file may be one huge line: check now and then, not only once a line.
                if ((lineEnd & CancellationCheckMask) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            int start = lineStart;
            int end = lineEnd;
            while (start < end && IsTrimmable(text[start]))
            {
                start++;
            }

            while (end > start && IsTrimmable(text[end - 1]))
            {
                end--;
            }

            // Line 1 starts after the BOM, so the BOM is never a column.
            ArticleLine? content = end > start
                ? new ArticleLine(text.Substring(start, end - start), start, lineNumber, start - lineStart + 1)
                : null;
            lines.Add(new RawLine(content));

            int next = lineEnd;
            if (next < text.Length)
            {
                next += text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1;
            }

            lineStart = next;
            lineNumber++;
        }

        return lines;
    }

    private readonly struct RawLine
    {
        public RawLine(ArticleLine? content) => Content = content;

        public ArticleLine? Content { get; }
    }
}
