using System;
using System.Collections.Generic;

namespace NewsGen.Parsing.Layout;

/// <summary>
/// Decides from an article's own lines whether they are hard-wrapped, and so which paragraph rule
/// <see cref="ParagraphRule.Auto"/> means for it. The one place that decides: the parser (hence the generator,
/// the analyzer and the command-line tool) and the NEWS018 check all ask this type. Plain C#, no Roslyn.
/// </summary>
/// <remarks>
/// <para>The rule, which the README documents ("How the paragraph rule is chosen"):</para>
/// <list type="number">
/// <item>Only the body counts: the non-blank lines after the title, trimmed.</item>
/// <item>The <b>wrap column</b> is the length of the longest line that shares its paragraph block with another
/// line (no blank line between) and holds a space, ignoring the longest tenth of them: one overlong headline
/// or URL does not move the column.</item>
/// <item>A line <b>wraps</b> when another line follows it directly, it does not end a sentence or clause
/// (its last character past closing quotes and brackets is not <c>. ! ? : ;</c>), the next line does not start
/// a list item (<c>- </c>, <c>* </c>, <c>•</c>, <c>1.</c>, <c>1)</c>), and the next line's first word would
/// not have fit on it: length + 1 + that word's length exceeds the wrap column. That is what every greedy
/// wrapper (editors, <c>fold -s</c>, <c>fmt</c>, Python's textwrap) leaves behind.</item>
/// <item>The file is <b>hard-wrapped</b> when at least two lines wrap and they are at least half of the lines
/// followed directly by another line.</item>
/// </list>
/// <para>Why this and not "any block of several lines": newsroom text laid out one paragraph per line keeps
/// lists, headline-and-deck pairs and runs of one-line paragraphs without blank lines between them; joining
/// those would change the paragraphs. Their lines end a sentence or fall short of the column, so they never
/// count as wrapping. A file whose blocks all hold one line gives the same paragraphs under either rule.</para>
/// </remarks>
public static class LayoutDetector
{
    /// <summary>The fewest wrapping lines that make a file hard-wrapped: one could be a headline and a deck.</summary>
    public const int MinimumWrappingLines = 2;

    /// <summary>The paragraph rule in force: <paramref name="requested"/>, or for <see cref="ParagraphRule.Auto"/> the one the lines call for.</summary>
    public static ParagraphRule Resolve(ParagraphRule requested, IReadOnlyList<ArticleLine> bodyLines) =>
        requested != ParagraphRule.Auto ? requested : Resolve(requested, Examine(bodyLines));

    /// <summary>The paragraph rule in force for a file examined as <paramref name="evidence"/>.</summary>
    public static ParagraphRule Resolve(ParagraphRule requested, LayoutEvidence evidence) =>
        requested != ParagraphRule.Auto ? requested
        : evidence.IsHardWrapped ? ParagraphRule.BlankLines
        : ParagraphRule.Lines;

    /// <summary>
    /// True when the first of <paramref name="bodyLines"/> is the first line of the file, another line follows it
    /// directly, and it stops short of the wrap column (the next line's first word would have fit): a headline typed
    /// straight above wrapped text, not a wrapped line. The parser takes it as the title (when it does not end like a
    /// sentence) under BlankLines instead of joining it to the lede.
    /// </summary>
    public static bool IsHeadlineAboveWrappedText(IReadOnlyList<ArticleLine> bodyLines, LayoutEvidence evidence) =>
        evidence.WrapColumn > 0
        && bodyLines.Count >= 2
        && bodyLines[0].Line == 1
        && FollowsDirectly(bodyLines[0], bodyLines[1])
        && bodyLines[0].Text.Length + 1 + FirstWordLength(bodyLines[1].Text) <= evidence.WrapColumn;

    /// <summary>
    /// Examines the body lines of one file, in file order, blank lines left out (two lines are in one block when
    /// their <see cref="ArticleLine.Line"/> numbers are consecutive).
    /// </summary>
    public static LayoutEvidence Examine(IReadOnlyList<ArticleLine> bodyLines)
    {
        int column = WrapColumn(bodyLines);
        if (column == 0)
        {
            return LayoutEvidence.None;
        }

        int followed = 0;
        int wrapping = 0;
        ArticleLine? first = null;
        for (int i = 0; i + 1 < bodyLines.Count; i++)
        {
            ArticleLine line = bodyLines[i];
            ArticleLine next = bodyLines[i + 1];
            if (!FollowsDirectly(line, next))
            {
                continue;
            }

            followed++;
            if (Wraps(line.Text, next.Text, column))
            {
                wrapping++;
                first ??= line;
            }
        }

        bool hardWrapped = wrapping >= MinimumWrappingLines && 2 * wrapping >= followed;
        return new LayoutEvidence(hardWrapped, column, wrapping, followed, first);
    }

    /// <summary>True when <paramref name="line"/> ends only because <paramref name="next"/>'s first word would not have fit within <paramref name="column"/>.</summary>
    public static bool Wraps(string line, string next, int column) =>
        !EndsClause(line) && !StartsListItem(next) && line.Length + 1 + FirstWordLength(next) > column;

    private static bool FollowsDirectly(ArticleLine line, ArticleLine next) => next.Line == line.Line + 1;

    // The longest line (with a space) of the multi-line blocks, past the longest tenth: robust to an outlier.
    private static int WrapColumn(IReadOnlyList<ArticleLine> lines)
    {
        var lengths = new List<int>();
        for (int i = 0; i < lines.Count; i++)
        {
            bool inBlock = (i > 0 && FollowsDirectly(lines[i - 1], lines[i])) || (i + 1 < lines.Count && FollowsDirectly(lines[i], lines[i + 1]));
            if (inBlock && lines[i].Text.IndexOf(' ') >= 0)
            {
                lengths.Add(lines[i].Text.Length);
            }
        }

        if (lengths.Count == 0)
        {
            return 0;
        }

        lengths.Sort();
        return lengths[Math.Min(lengths.Count - 1, lengths.Count * 9 / 10)];
    }

    private static bool EndsClause(string line)
    {
        int end = line.Length - 1;
        while (end >= 0 && IsClosing(line[end]))
        {
            end--;
        }

        return end >= 0 && line[end] is '.' or '!' or '?' or ':' or ';' or '\u2026';
    }

    private static bool IsClosing(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    private static bool StartsListItem(string line)
    {
        if (line.Length >= 2 && line[0] is '-' or '*' or '\u2013' or '\u2014' && line[1] == ' ')
        {
            return true;
        }

        if (line.Length >= 1 && line[0] == '\u2022')
        {
            return true;
        }

        int digits = 0;
        while (digits < line.Length && line[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        return digits > 0 && digits < line.Length && line[digits] is '.' or ')' && (digits + 1 == line.Length || line[digits + 1] == ' ');
    }

    private static int FirstWordLength(string line)
    {
        int length = 0;
        while (length < line.Length && !char.IsWhiteSpace(line[length]))
        {
            length++;
        }

        return length;
    }
}
