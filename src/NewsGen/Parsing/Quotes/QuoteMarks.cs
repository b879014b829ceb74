namespace NewsGen.Parsing.Quotes;

/// <summary>
/// Classifies quotation-mark characters by their shape and the characters around them. Apostrophes share
/// their character with the single closing quote, so the single-mark rules decide between the two.
/// </summary>
internal static class QuoteMarks
{
    public const char StraightDouble = '"';
    public const char StraightSingle = '\'';
    public const char LeftDouble = '\u201C';
    public const char RightDouble = '\u201D';
    public const char LeftSingle = '\u2018';
    public const char RightSingle = '\u2019';

    // Clipped words that start with an apostrophe in informal writing ('em, 'til): an apostrophe, not an opening quote.
    private static readonly string[] Elisions = { "em", "til", "tis", "twas", "cause", "bout", "n", "round", "nuff" };

    public static bool IsMark(char c) =>
        c is StraightDouble or StraightSingle or LeftDouble or RightDouble or LeftSingle or RightSingle;

    public static MarkFamily Family(char c) => c is StraightDouble or LeftDouble or RightDouble ? MarkFamily.Double : MarkFamily.Single;

    /// <summary>
    /// True when a mark here could open a quotation: it follows the start, white space or opening punctuation,
    /// and a character that is not white space follows it ("flanking", as typesetters decide straight quotes).
    /// </summary>
    /// <paramref name="afterOpener"/> says that the character before is a mark that opened a quotation.
    public static bool CanOpen(string text, int i, bool afterOpener) =>
        (i == 0 || afterOpener || IsOpeningContext(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    /// <summary>True when a mark here could close a quotation: a character that is not white space (nor an opening mark) comes before it.</summary>
    public static bool CanClose(string text, int i, bool afterOpener) =>
        i > 0 && !afterOpener && !char.IsWhiteSpace(text[i - 1]) && !IsOpeningPunctuation(text[i - 1]);

    /// <summary>
    /// Decides a single mark (' or ’) that could also be an apostrophe. <paramref name="singleIsOpen"/> tells
    /// whether the innermost open quotation is a single-quoted one, the only thing such a mark can close.
    /// </summary>
    public static MarkRole ClassifySingle(string text, int i, bool singleIsOpen, bool afterOpener)
    {
        char c = text[i];
        bool letterBefore = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        bool letterAfter = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

        // Inside a word it is an apostrophe: can't, I'm, O'Brien, rock'n'roll.
        if (letterBefore && letterAfter)
        {
            return MarkRole.None;
        }

        // After a word it closes an open single quotation ('beleaguered AG'); otherwise it is a possessive
        // (Sessions' recusal, ABC News' Jordyn Phelps) or a dropped letter (nothin').
        if (CanClose(text, i, afterOpener))
        {
            return singleIsOpen ? MarkRole.Close : MarkRole.None;
        }

        if (!CanOpen(text, i, afterOpener))
        {
            return MarkRole.None;
        }

        // Typesetters set ’ at the start of a word only for elisions ('90s, ’em); an opening quote is ‘.
        if (c == RightSingle)
        {
            return MarkRole.None;
        }

        // Abbreviated years: '90s, '08.
        if (i + 2 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
            && (i + 3 == text.Length || !char.IsLetterOrDigit(text[i + 3]) || (text[i + 3] == 's' && (i + 4 == text.Length || !char.IsLetterOrDigit(text[i + 4])))))
        {
            return MarkRole.None;
        }

        return StartsElision(text, i + 1) ? MarkRole.None : MarkRole.Open;
    }

    private static bool StartsElision(string text, int start)
    {
        foreach (string elision in Elisions)
        {
            int end = start + elision.Length;
            if (end <= text.Length && string.CompareOrdinal(text, start, elision, 0, elision.Length) == 0
                && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsOpeningContext(char c) => char.IsWhiteSpace(c) || IsOpeningPunctuation(c) || c is '\u2014' or '\u2013' or '/' or '-';

    private static bool IsOpeningPunctuation(char c) => c is '(' or '[' or '{' or LeftDouble or LeftSingle;
}
