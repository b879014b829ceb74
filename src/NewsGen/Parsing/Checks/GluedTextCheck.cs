using System;
using System.Collections.Generic;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// NEWS007: two words glued together, the classic scraping fault where a sentence or headline loses the break
/// after it: "...despite Trump's regretsThe latest sign...".
/// </summary>
/// <remarks>
/// <para>The convention it serves is English prose: inside a word, a capital follows a lower-case letter only in
/// names and brands, and those follow a few patterns. The rule fires on a word whose letters start with a
/// lower-case run of at least two letters directly followed by a capitalised word (a capital, then a lower-case
/// letter), and stays silent for the patterns real words follow:</para>
/// <list type="bullet">
/// <item>a word that starts with a capital: YouTube, PlayStation, McDonald, MacBook, LinkedIn, JavaScript,
/// DeSantis. Glue joins a sentence's last word, which is almost always lower-case, to the next one;</item>
/// <item>a one-letter lower-case prefix: iPhone, eBay, jQuery, kWh;</item>
/// <item>a lower-case name particle before the capital: deGrom, van, von, la, di, ...;</item>
/// <item>a listed lower-case brand: easyJet, ...;</item>
/// <item>a token that is a handle, hashtag, address or code (holds @, #, /, _, or a dot between letters);</item>
/// <item>all-capital parts are not capitalised words, so "mRNA", "iOS" and "macOS" never fire, nor do "U.S." or
/// initials, which have no lower-case letter before a capital.</item>
/// </list>
/// <para>The price of this precision: glue after a capitalised word ("TrumpThe") is not caught, because it
/// looks exactly like a brand.</para>
/// </remarks>
public static class GluedTextCheck
{
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "du", "del", "della", "des", "la", "le", "van", "von", "der", "den", "ter", "ten", "mc", "mac",
    };

    private static readonly HashSet<string> LowerCaseBrands = new(StringComparer.Ordinal)
    {
        "easyJet", "easyGroup", "easyHotel", "easyCar",
    };

    /// <summary>One problem per glued word, spanning the whole glued word ("regretsThe").</summary>
    public static IEnumerable<ArticleProblem> Find(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int wordStart = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (FindGlue(text, wordStart, i) is int glue && !IsInsideSpecialToken(text, wordStart, i))
            {
                string word = text.Substring(wordStart, i - wordStart);
                yield return ArticleProblem.At(DiagnosticIds.GluedText, wordStart, word.Length, word, text.Substring(wordStart, glue - wordStart), text.Substring(glue, i - glue));
            }
        }
    }

    // The index of the capital that starts the glued-on word, or null when the word is not glued.
    private static int? FindGlue(string text, int start, int end)
    {
        int lower = start;
        while (lower < end && char.IsLower(text[lower]))
        {
            lower++;
        }

        int prefixLength = lower - start;
        bool capitalisedWordFollows = lower + 1 < end && char.IsUpper(text[lower]) && char.IsLower(text[lower + 1]);
        if (prefixLength < 2 || !capitalisedWordFollows)
        {
            return null;
        }

        string word = text.Substring(start, end - start);
        if (NameParticles.Contains(text.Substring(start, prefixLength)) || LowerCaseBrands.Contains(word))
        {
            return null;
        }

        return lower;
    }

    // Handles (@realDonaldTrump), hashtags (#blackLivesMatter), addresses (nytimes.com/someStory) and code
    // (get_userName) are written as they are, not glued by accident.
    private static bool IsInsideSpecialToken(string text, int start, int end)
    {
        int tokenStart = start;
        while (tokenStart > 0 && !char.IsWhiteSpace(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        int tokenEnd = end;
        while (tokenEnd < text.Length && !char.IsWhiteSpace(text[tokenEnd]))
        {
            tokenEnd++;
        }

        for (int i = tokenStart; i < tokenEnd; i++)
        {
            char c = text[i];
            if (c is '@' or '#' or '/' or '_' or '\\')
            {
                return true;
            }

            if (c == '.' && i > tokenStart && i + 1 < tokenEnd && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
