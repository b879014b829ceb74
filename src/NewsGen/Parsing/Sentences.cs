using System;
using System.Collections.Generic;

namespace NewsGen.Parsing;

/// <summary>
/// Finds sentence ends in news prose. A sentence ends at '.', '!' or '?' (with any closing quotes and
/// brackets after it) followed by the end of the text, or by white space and a capital letter, digit or
/// opening quote. Not sentence ends: abbreviations ("Mr.", "Jan.", "Gen."), dotted forms and initials
/// ("U.S.", "p.m.", "J."), ellipses ("..." and "…"), and terminal marks inside a quotation unless the
/// quotation closes right after them.
/// </summary>
public static class Sentences
{
    // Words that end with a period without ending a sentence: titles, months, company suffixes. Compared
    // case-sensitively, so "Mar." (March) is an abbreviation and "mar." is not.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Sen", "Rep", "Gov", "Lt",
        "Col", "Capt", "Cmdr", "Sgt", "Adm", "Maj", "Pres", "Supt", "Rev", "Hon", "Atty", "Det", "Insp",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Inc", "Corp", "Ltd", "Co", "Bros", "vs", "approx", "Ave", "Blvd", "Rd",
    };

    private static readonly int LongestAbbreviation = LongestOf(Abbreviations);

    /// <summary>True for a word (without its period) that ends with a period without ending a sentence: "Mr", "Jan", "Inc".</summary>
    internal static bool IsAbbreviation(string word) => Abbreviations.Contains(word);

    /// <summary>The first sentence of <paramref name="text"/>, or the whole text when it has no sentence end.</summary>
    public static string First(string text)
    {
        int end = FirstEnd(text);
        return text.Substring(0, end);
    }

    /// <summary>The length of the first sentence, including its closing punctuation and quotes.</summary>
    public static int FirstEnd(string text)
    {
        bool inQuote = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"')
            {
                inQuote = !inQuote;
                continue;
            }

            if (c == '\u201C')
            {
                inQuote = true;
                continue;
            }

            if (c == '\u201D')
            {
                inQuote = false;
                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            // An ellipsis continues the sentence.
            if (c == '.' && ((i + 1 < text.Length && text[i + 1] == '.') || (i > 0 && text[i - 1] == '.')))
            {
                continue;
            }

            if (c == '.' && IsAbbreviationBefore(text, i))
            {
                continue;
            }

            int after = i + 1;
            bool closesQuote = false;
            while (after < text.Length && IsCloser(text[after]))
            {
                closesQuote |= text[after] is '"' or '\u201D';
                after++;
            }

            if (inQuote && !closesQuote)
            {
                continue;
            }

            if (after == text.Length || (char.IsWhiteSpace(text[after]) && StartsSentence(text, after)))
            {
                return after;
            }
        }

        return text.Length;
    }

    private static int LongestOf(IEnumerable<string> words)
    {
        int longest = 0;
        foreach (string word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']';

    private static bool StartsSentence(string text, int whiteSpace)
    {
        int i = whiteSpace;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return true;
        }

        char c = text[i];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[';
    }

    private static bool IsAbbreviationBefore(string text, int period)
    {
        // Look back over the word before the period, stopping at an earlier period: "U.S", "p.m", "e.g" are dotted
        // forms whatever came before, and stopping there keeps a long "a.a.a.a..." run linear, not quadratic.
        int start = period;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '\u201C' or '\''))
        {
            if (text[start - 1] == '.')
            {
                return true;
            }

            start--;
        }

        int length = period - start;
        if (length == 0)
        {
            return false;
        }

        // "J": an initial.
        if (length == 1 && char.IsLetter(text[start]))
        {
            return true;
        }

        // No abbreviation is long; a long word is not copied to find that out.
        if (length > LongestAbbreviation)
        {
            return false;
        }

        string word = text.Substring(start, length);

        // "No. 5" abbreviates "number"; "said no." ends a sentence.
        if (word is "No" or "Nos")
        {
            return period + 2 < text.Length && text[period + 1] == ' ' && char.IsDigit(text[period + 2]);
        }

        return Abbreviations.Contains(word);
    }
}
