using System.Collections.Generic;

namespace NewsGen.Parsing.Quotes;

/// <summary>
/// Pairs quotation marks across an article's paragraphs with a stack, so nesting ("… 'Thanks, Jeff' …") and
/// quotes that run on into the next paragraph come out as one quotation each. Linear in the text length: every
/// mark is pushed and popped at most once, and the innermost open double quotation is kept on a stack of its
/// own rather than searched for (<see cref="Steps"/> counts the work, so a test can show it stays linear).
/// </summary>
internal static class QuoteScanner
{
    /// <summary>
    /// Work done by scans on this thread: characters read plus stack entries pushed, popped or walked. Only
    /// tests read it, to show that the work grows with the text and not with its square.
    /// </summary>
    [System.ThreadStatic]
    private static long t_steps;

    public static long Steps => t_steps;

    /// <summary>Counts one step of work done on the scanner's results (the extractor's walk up the nesting).</summary>
    public static void CountStep() => t_steps++;

    public static (List<QuoteSpan> Quotes, List<QuoteProblem> Problems) Scan(IReadOnlyList<string> paragraphs)
    {
        var state = new ScanState();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            string text = paragraphs[p];
            int i = 0;
            int lastOpener = -2;
            if (state.Open.Count > 0)
            {
                // Journalistic convention: a quotation that goes on into the next paragraph is not closed at the
                // end of the first, and the next paragraph reopens it. Only the outermost quotation runs on.
                QuoteSpan runsOn = state.Open[0];
                state.DropAbove(0);
                int reopening = ReopeningWidth(text, runsOn);
                if (reopening == 0 && IsMisshapedReopening(text, runsOn))
                {
                    // Convention 11: a closing mark used as the opener ("…\n”Second part.”"): the quotation
                    // still runs on; the one fault is the mark's shape.
                    state.Problems.Add(new QuoteProblem(QuoteProblemKind.Mismatched, p, 0, 1));
                    reopening = 1;
                }

                if (reopening > 0)
                {
                    runsOn.Reopen(p, 0);
                    i = reopening;
                    lastOpener = reopening - 1;
                }
                else
                {
                    state.CloseExcerpt(p - 1, paragraphs[p - 1].Length);
                    state.DropAbove(-1);
                }
            }

            for (; i < text.Length; i++)
            {
                t_steps++;
                char c = text[i];
                if (!QuoteMarks.IsMark(c))
                {
                    continue;
                }

                bool afterOpener = lastOpener == i - 1;
                if (IsArchiveMark(text, i))
                {
                    // Convention 11: two apostrophes stand for a double mark in archive copy (''Yes,'' she said).
                    if (Double(text, p, i, afterOpener, state, ArchiveMarkWidth))
                    {
                        lastOpener = i + 1;
                    }

                    i++;
                    continue;
                }

                bool opened = QuoteMarks.Family(c) == MarkFamily.Double
                    ? Double(text, p, i, afterOpener, state)
                    : Single(text, p, i, afterOpener, state);
                if (opened)
                {
                    lastOpener = i;
                }
            }
        }

        if (paragraphs.Count > 0)
        {
            state.CloseExcerpt(paragraphs.Count - 1, paragraphs[paragraphs.Count - 1].Length);
        }

        state.DropAbove(-1);
        return (state.Quotes, state.Problems);
    }

    /// <summary>The two characters of archive copy's double mark (convention 11).</summary>
    private const int ArchiveMarkWidth = 2;

    /// <summary>
    /// Convention 11: archive copy (older newspaper databases) sets a double quotation mark as two apostrophes:
    /// <c>''I don't know,'' Mr. Sanders said.</c> Read one at a time, they made a quote nested in a quote of the
    /// same words. Two apostrophes together are one straight double mark; a third beside them is a single mark.
    /// </summary>
    private static bool IsArchiveMark(string text, int i) =>
        text[i] == QuoteMarks.StraightSingle && i + 1 < text.Length && text[i + 1] == QuoteMarks.StraightSingle;

    /// <summary>Characters of the mark that reopens <paramref name="runsOn"/> at the start of <paramref name="text"/>, or 0.</summary>
    private static int ReopeningWidth(string text, QuoteSpan runsOn)
    {
        if (runsOn.OpenWidth == ArchiveMarkWidth)
        {
            return text.Length > 1 && IsArchiveMark(text, 0) ? ArchiveMarkWidth : 0;
        }

        return text.Length > 0 && IsOpeningMarkOf(text[0], runsOn.Family) ? 1 : 0;
    }

    /// <summary>A right double mark opening the paragraph after a double quotation that runs on, glued to the words it reopens.</summary>
    private static bool IsMisshapedReopening(string text, QuoteSpan runsOn) =>
        runsOn.Family == MarkFamily.Double && runsOn.OpenWidth == 1 && text.Length > 1 && text[0] == QuoteMarks.RightDouble && !char.IsWhiteSpace(text[1]);

    /// <summary>Handles a double mark of <paramref name="width"/> characters; returns true when it opened a quotation (or reopened the open one).</summary>
    private static bool Double(string text, int p, int i, bool afterOpener, ScanState state, int width = 1)
    {
        char c = width == ArchiveMarkWidth ? QuoteMarks.StraightDouble : text[i];
        int target = state.InnermostDouble;

        // A two-character mark opens by what stands before its first character and after its last.
        bool opensHere = i == 0 || afterOpener || QuoteMarks.IsOpeningContext(text[i - 1]);
        bool canOpen = width == 1 ? QuoteMarks.CanOpen(text, i, afterOpener) : opensHere && QuoteMarks.CanOpen(text, i + 1, afterOpener: true);
        bool canClose = QuoteMarks.CanClose(text, i, afterOpener);

        if (width == 1 && IsLostParagraphBreak(text, i, c, canOpen, canClose, state, MarkFamily.Double))
        {
            state.Problems.Add(new QuoteProblem(QuoteProblemKind.LostParagraphBreak, p, i, 1));
            return true;
        }

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
        else if (canOpen != canClose)
        {
            // A straight mark opens or closes by its neighbours. One glued to a word on its left but followed by
            // text (read:"We ..., $"{x}", href="...") is code or a lost space: when nothing is open it opens.
            opens = canOpen || (target < 0 && StartsText(text, i + 1));
        }
        else
        {
            // Between two words or two spaces: by whether a quotation is open.
            opens = target < 0;
        }

        if (misshaped)
        {
            state.Problems.Add(new QuoteProblem(QuoteProblemKind.Mismatched, p, i, 1));
        }

        if (opens)
        {
            state.Push(new QuoteSpan(p, i, c, state.Top) { OpenWidth = width });
            return true;
        }

        if (target < 0)
        {
            state.Problems.Add(new QuoteProblem(QuoteProblemKind.Unopened, p, i, width));
            return false;
        }

        QuoteSpan quote = state.Open[target];
        state.DropAbove(target);
        state.Pop();
        if (!misshaped && IsMismatch(quote.Mark, c))
        {
            state.Problems.Add(new QuoteProblem(QuoteProblemKind.Mismatched, p, i, 1));
        }

        quote.Close(p, i, width);
        state.Quotes.Add(quote);
        return false;
    }

    /// <summary>Handles a single mark, which may be an apostrophe; returns true when it opened a quotation.</summary>
    private static bool Single(string text, int p, int i, bool afterOpener, ScanState state)
    {
        char c = text[i];
        bool singleIsOpen = state.Top is { Family: MarkFamily.Single };
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

        if (role == MarkRole.Open && IsLostParagraphBreak(text, i, c, canOpen: true, canClose: false, state, MarkFamily.Single))
        {
            state.Problems.Add(new QuoteProblem(QuoteProblemKind.LostParagraphBreak, p, i, 1));
            return true;
        }

        if (role == MarkRole.Open)
        {
            state.Push(new QuoteSpan(p, i, c, state.Top));
            return true;
        }

        if (role == MarkRole.Close && singleIsOpen)
        {
            QuoteSpan quote = state.Pop();
            quote.Close(p, i);
            state.Quotes.Add(quote);
        }

        return false;
    }

    /// <summary>
    /// Convention: a quotation that runs on across paragraphs reopens each one with an opening mark. When the
    /// paragraph break was lost (scraped or exported copy), that reopening mark stands inside the line, right after
    /// the end of a quoted sentence: <c>"… the decisions first. "If the gaps …"</c>. A mark of the open
    /// quotation's family that can only open, after a sentence end and a space and before a capital, while that
    /// quotation is the innermost one, is this reopening mark: the quotation goes on (one quotation, the mark kept
    /// in its text as a reopening mark at a paragraph start is) and the break is reported, not the mark.
    /// </summary>
    private static bool IsLostParagraphBreak(string text, int i, char c, bool canOpen, bool canClose, ScanState state, MarkFamily family)
    {
        if (state.Top is not { } top || top.Family != family || !canOpen || canClose || !IsOpeningMarkOf(c, family))
        {
            return false;
        }

        if (i < 2 || !char.IsWhiteSpace(text[i - 1]) || i + 1 >= text.Length || !char.IsUpper(text[i + 1]))
        {
            return false;
        }

        int k = i - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        // The quoted sentence's end, perhaps after the closing mark of a quote nested in it: first.' "If ...
        while (k >= 0 && text[k] is ')' or QuoteMarks.RightSingle or QuoteMarks.StraightSingle && family == MarkFamily.Double)
        {
            k--;
        }

        return k >= 0 && text[k] is '.' or '?' or '!' or '\u2026';
    }

    /// <summary>True when the character at <paramref name="i"/> can start quoted text: not white space, not closing punctuation.</summary>
    private static bool StartsText(string text, int i) =>
        i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2026');

    /// <summary>The curly double marks must pair with each other: “…" and "…” mix two styles.</summary>
    private static bool IsMismatch(char opening, char closing) =>
        (opening == QuoteMarks.LeftDouble && closing == QuoteMarks.StraightDouble)
        || (opening == QuoteMarks.StraightDouble && closing == QuoteMarks.RightDouble);

    private static bool IsOpeningMarkOf(char c, MarkFamily family) =>
        family == MarkFamily.Double ? c is QuoteMarks.StraightDouble or QuoteMarks.LeftDouble : c is QuoteMarks.StraightSingle or QuoteMarks.LeftSingle;

    /// <summary>
    /// The open quotations, innermost last, with the places of the open double ones on a stack of their own so
    /// the innermost double is found without a search. Quotations only ever leave from the top.
    /// </summary>
    private sealed class ScanState
    {
        private readonly List<int> _doubles = new();

        public List<QuoteSpan> Open { get; } = new();

        public List<QuoteSpan> Quotes { get; } = new();

        public List<QuoteProblem> Problems { get; } = new();

        public QuoteSpan? Top => Open.Count > 0 ? Open[Open.Count - 1] : null;

        /// <summary>The index in <see cref="Open"/> of the innermost open double quotation, or -1.</summary>
        public int InnermostDouble => _doubles.Count > 0 ? _doubles[_doubles.Count - 1] : -1;

        public void Push(QuoteSpan quote)
        {
            t_steps++;
            if (quote.Family == MarkFamily.Double)
            {
                _doubles.Add(Open.Count);
            }

            if (Open.Count > 0 && quote.Mark is QuoteMarks.LeftDouble or QuoteMarks.LeftSingle)
            {
                Open[0].HoldsCurly = true;
            }

            Open.Add(quote);
        }

        /// <summary>
        /// Convention 11, block-quoted excerpts (an article reprinting another): each paragraph of the excerpt opens
        /// with a straight double mark and none closes, the excerpt's own quotations set in curly marks. When the
        /// outermost open quotation opened its paragraph with a straight mark and either ran on through paragraphs
        /// that each reopened it or holds curly quotations, its last paragraph's end (<paramref name="paragraph"/>,
        /// <paramref name="end"/>) closes it: one quotation, the excerpt, and no unclosed mark to report.
        /// </summary>
        public void CloseExcerpt(int paragraph, int end)
        {
            if (Open.Count == 0 || Open[0] is not { Mark: QuoteMarks.StraightDouble, OpenWidth: 1, MarkOffset: 0 } excerpt
                || (excerpt.LastOpeningParagraph < 0 && !excerpt.HoldsCurly) || excerpt.Paragraph > paragraph)
            {
                return;
            }

            DropAbove(0);
            Pop();
            excerpt.Close(paragraph, end, width: 0);
            Quotes.Add(excerpt);
        }

        public QuoteSpan Pop()
        {
            t_steps++;
            QuoteSpan quote = Open[Open.Count - 1];
            Open.RemoveAt(Open.Count - 1);
            if (quote.Family == MarkFamily.Double)
            {
                _doubles.RemoveAt(_doubles.Count - 1);
            }

            return quote;
        }

        /// <summary>
        /// Forgets the quotations opened above <paramref name="index"/>. A single mark left open was most likely
        /// an apostrophe, so only double marks are reported.
        /// </summary>
        public void DropAbove(int index)
        {
            while (Open.Count - 1 > index)
            {
                QuoteSpan quote = Pop();
                if (quote.Family == MarkFamily.Double)
                {
                    // At the mark that last opened it: a quotation that ran on and then stopped is unclosed where
                    // its last paragraph reopened it, which is where the closing mark is missing.
                    Problems.Add(quote.LastOpeningParagraph >= 0
                        ? new QuoteProblem(QuoteProblemKind.Unclosed, quote.LastOpeningParagraph, quote.LastOpeningOffset, 1)
                        : new QuoteProblem(QuoteProblemKind.Unclosed, quote.Paragraph, quote.MarkOffset, 1));
                }
            }
        }
    }
}
