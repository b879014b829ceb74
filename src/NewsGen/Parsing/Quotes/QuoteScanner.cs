using System.Collections.Generic;

namespace NewsGen.Parsing.Quotes;

/// <summary>A quotation as the scanner found it: where its marks stand. Mutable only while scanning.</summary>
internal sealed class QuoteSpan
{
    public QuoteSpan(int paragraph, int markOffset, char mark, QuoteSpan? enclosing)
    {
        Paragraph = paragraph;
        MarkOffset = markOffset;
        Mark = mark;
        Enclosing = enclosing;
    }

    public int Paragraph { get; }

    /// <summary>Offset of the opening mark; the text starts one after it.</summary>
    public int MarkOffset { get; }

    public char Mark { get; }

    public MarkFamily Family => QuoteMarks.Family(Mark);

    public QuoteSpan? Enclosing { get; }

    public bool IsClosed { get; private set; }

    public int EndParagraph { get; private set; }

    /// <summary>Offset of the closing mark in <see cref="EndParagraph"/>.</summary>
    public int EndOffset { get; private set; }

    public void Close(int paragraph, int offset)
    {
        IsClosed = true;
        EndParagraph = paragraph;
        EndOffset = offset;
    }
}

/// <summary>
/// Pairs quotation marks across an article's paragraphs with a stack, so nesting ("… 'Thanks, Jeff' …") and
/// quotes that run on into the next paragraph come out as one quotation each. Linear in the text length.
/// </summary>
internal static class QuoteScanner
{
    public static (List<QuoteSpan> Quotes, List<QuoteProblem> Problems) Scan(IReadOnlyList<string> paragraphs)
    {
        var quotes = new List<QuoteSpan>();
        var problems = new List<QuoteProblem>();
        var open = new List<QuoteSpan>();

        for (int p = 0; p < paragraphs.Count; p++)
        {
            string text = paragraphs[p];
            int i = 0;
            int lastOpener = -2;
            if (open.Count > 0)
            {
                // Journalistic convention: a quotation that goes on into the next paragraph is not closed at the
                // end of the first, and the next paragraph reopens it. Only the outermost quotation runs on.
                QuoteSpan runsOn = open[0];
                DropAbove(open, 0, problems);
                if (text.Length > 0 && IsOpeningMarkOf(text[0], runsOn.Family))
                {
                    i = 1;
                    lastOpener = 0;
                }
                else
                {
                    Unclosed(runsOn, problems);
                    open.Clear();
                }
            }

            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (!QuoteMarks.IsMark(c))
                {
                    continue;
                }

                bool afterOpener = lastOpener == i - 1;
                bool opened = QuoteMarks.Family(c) == MarkFamily.Double
                    ? Double(text, p, i, afterOpener, open, quotes, problems)
                    : Single(text, p, i, afterOpener, open, quotes);
                if (opened)
                {
                    lastOpener = i;
                }
            }
        }

        DropAbove(open, -1, problems);
        return (quotes, problems);
    }

    /// <summary>Handles a double mark; returns true when it opened a quotation.</summary>
    private static bool Double(string text, int p, int i, bool afterOpener, List<QuoteSpan> open, List<QuoteSpan> quotes, List<QuoteProblem> problems)
    {
        char c = text[i];
        int target = Innermost(open, MarkFamily.Double);
        bool canOpen = QuoteMarks.CanOpen(text, i, afterOpener);
        bool canClose = QuoteMarks.CanClose(text, i, afterOpener);

        bool opens;
        bool misshaped = false;
        if (c == QuoteMarks.LeftDouble)
        {
            // “ opens; used where only a closing mark fits, it is a closing mark of the wrong shape.
            misshaped = canClose && !canOpen && target >= 0;
            opens = !misshaped;
        }
        else if (c == QuoteMarks.RightDouble)
        {
            misshaped = canOpen && !canClose && target < 0;
            opens = misshaped;
        }
        else
        {
            // A straight mark opens or closes by its neighbours; between two words or two spaces, by whether
            // a quotation is open.
            opens = canOpen == canClose ? target < 0 : canOpen;
        }

        if (misshaped)
        {
            problems.Add(new QuoteProblem(QuoteProblemKind.Mismatched, p, i, 1));
        }

        if (opens)
        {
            open.Add(new QuoteSpan(p, i, c, open.Count > 0 ? open[open.Count - 1] : null));
            return true;
        }

        if (target < 0)
        {
            problems.Add(new QuoteProblem(QuoteProblemKind.Unopened, p, i, 1));
            return false;
        }

        QuoteSpan quote = open[target];
        DropAbove(open, target, problems);
        open.RemoveAt(target);
        if (!misshaped && IsMismatch(quote.Mark, c))
        {
            problems.Add(new QuoteProblem(QuoteProblemKind.Mismatched, p, i, 1));
        }

        quote.Close(p, i);
        quotes.Add(quote);
        return false;
    }

    /// <summary>Handles a single mark, which may be an apostrophe; returns true when it opened a quotation.</summary>
    private static bool Single(string text, int p, int i, bool afterOpener, List<QuoteSpan> open, List<QuoteSpan> quotes)
    {
        char c = text[i];
        bool singleIsOpen = open.Count > 0 && open[open.Count - 1].Family == MarkFamily.Single;
        MarkRole role;
        if (c == QuoteMarks.LeftSingle)
        {
            // ‘ only opens, unless it sits inside a word where a typo put it for an apostrophe.
            bool inWord = i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            role = inWord ? MarkRole.None : MarkRole.Open;
        }
        else
        {
            role = QuoteMarks.ClassifySingle(text, i, singleIsOpen, afterOpener);
        }

        if (role == MarkRole.Open)
        {
            open.Add(new QuoteSpan(p, i, c, open.Count > 0 ? open[open.Count - 1] : null));
            return true;
        }

        if (role == MarkRole.Close && singleIsOpen)
        {
            QuoteSpan quote = open[open.Count - 1];
            open.RemoveAt(open.Count - 1);
            quote.Close(p, i);
            quotes.Add(quote);
        }

        return false;
    }

    /// <summary>The curly double marks must pair with each other: “…" and "…” mix two styles.</summary>
    private static bool IsMismatch(char opening, char closing) =>
        (opening == QuoteMarks.LeftDouble && closing == QuoteMarks.StraightDouble)
        || (opening == QuoteMarks.StraightDouble && closing == QuoteMarks.RightDouble);

    private static int Innermost(List<QuoteSpan> open, MarkFamily family)
    {
        for (int k = open.Count - 1; k >= 0; k--)
        {
            if (open[k].Family == family)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Forgets the quotations opened above <paramref name="index"/>. A single mark left open was most likely an
    /// apostrophe, so only double marks are reported.
    /// </summary>
    private static void DropAbove(List<QuoteSpan> open, int index, List<QuoteProblem> problems)
    {
        for (int k = open.Count - 1; k > index; k--)
        {
            Unclosed(open[k], problems);
            open.RemoveAt(k);
        }
    }

    private static void Unclosed(QuoteSpan quote, List<QuoteProblem> problems)
    {
        if (quote.Family == MarkFamily.Double)
        {
            problems.Add(new QuoteProblem(QuoteProblemKind.Unclosed, quote.Paragraph, quote.MarkOffset, 1));
        }
    }

    private static bool IsOpeningMarkOf(char c, MarkFamily family) =>
        family == MarkFamily.Double ? c is QuoteMarks.StraightDouble or QuoteMarks.LeftDouble : c is QuoteMarks.StraightSingle or QuoteMarks.LeftSingle;
}
