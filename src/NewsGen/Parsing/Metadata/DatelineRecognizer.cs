using System;
using System.Collections.Generic;

namespace NewsGen.Parsing.Metadata;

/// <summary>
/// Recognises the dateline news copy opens its first paragraph with. Conventions served (docs/metadata.md):
/// <list type="bullet">
/// <item><c>WASHINGTON (AP) — The</c> (AP: place in capitals, agency, em dash);</item>
/// <item><c>LONDON, May 1 (Reuters) - Britain</c> (Reuters: date after the place, spaced hyphen);</item>
/// <item><c>SPRINGFIELD, Ill. (AP) —</c>, <c>MANCHESTER, England, Sept. 3 —</c> (a state or country after the place);</item>
/// <item><c>PARIS — The</c>, <c>BERLIN -- The</c>, <c>DES MOINES - The</c> (newspaper style: place and dash only).</item>
/// </list>
/// Only at the very start of the paragraph, only a place in capitals, and only before a dash followed by the
/// start of a sentence (<c>DES MOINES - The</c>, with a spaced hyphen, is a house style too). Words that open
/// paragraphs in capitals without being places (BREAKING, UPDATE, ANALYSIS, ...) are not datelines.
/// </summary>
public static class DatelineRecognizer
{
    /// <summary>A dateline is short; the longest (place, region, date, agency) stays well under this.</summary>
    public const int MaxLength = 80;

    private const int MaxPlaceWords = 4;

    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITOR'S NOTE", "EDITORS NOTE", "CORRECTION",
        "WATCH", "LIVE", "VIDEO", "PHOTOS", "DEVELOPING", "URGENT", "FLASH", "ALERT", "NOTE", "UPDATE 1", "NEW",
    };

    /// <summary>Recognises the dateline that opens <paramref name="paragraph"/> (already trimmed).</summary>
    public static bool TryRecognize(string paragraph, out Dateline? dateline)
    {
        dateline = null;
        int i = 0;
        if (!Place(paragraph, ref i, out string place) || NotPlaces.Contains(place))
        {
            return false;
        }

        string? region = null, date = null, agency = null;
        while (i + 2 < paragraph.Length && paragraph[i] == ',' && paragraph[i + 1] == ' ' && i < MaxLength)
        {
            int start = i + 2;
            int end = PartEnd(paragraph, start);
            string part = paragraph.Substring(start, end - start);
            if (date is null && IsDate(part))
            {
                date = part;
            }
            else if (region is null && date is null && IsRegion(part))
            {
                region = part;
            }
            else
            {
                return false;
            }

            i = end;
        }

        if (i + 1 < paragraph.Length && paragraph[i] == ' ' && paragraph[i + 1] == '(')
        {
            int close = paragraph.IndexOf(')', i + 2);
            if (close < 0 || close - i > 30 || !char.IsUpper(paragraph[i + 2]))
            {
                return false;
            }

            agency = paragraph.Substring(i + 2, close - i - 2);
            foreach (char c in agency)
            {
                if (!(char.IsLetter(c) || c == ' ' || c == '-' || c == '.' || c == '/' || c == '&'))
                {
                    return false;
                }
            }

            i = close + 1;
        }

        if (i > MaxLength || !Dash(paragraph, ref i))
        {
            return false;
        }

        // The lede must start right there like a sentence: a capital, a digit or an opening quotation mark.
        if (i >= paragraph.Length || !(char.IsUpper(paragraph[i]) || char.IsDigit(paragraph[i]) || paragraph[i] == '"' || paragraph[i] == '\u201C' || paragraph[i] == '\''))
        {
            return false;
        }

        dateline = new Dateline(place, region, agency, date, i);
        return true;
    }

    // Up to four words in capitals ("WASHINGTON", "NEW YORK", "ST. LOUIS", "WILKES-BARRE", "SÃO PAULO"), one with two letters at least.
    private static bool Place(string text, ref int i, out string place)
    {
        int start = i, words = 0;
        bool longWord = false;
        while (true)
        {
            int wordStart = i, letters = 0;
            while (i < text.Length && (char.IsUpper(text[i]) || ((text[i] == '.' || text[i] == '\'' || text[i] == '\u2019' || text[i] == '-') && i > wordStart)))
            {
                letters += char.IsLetter(text[i]) ? 1 : 0;
                i++;
            }

            if (letters == 0 || (i < text.Length && char.IsLetterOrDigit(text[i])))
            {
                place = string.Empty;
                return false;
            }

            words++;
            longWord |= letters >= 2;

            // Another word follows only when a capital comes after one space and it is not the agency or the dash.
            if (words < MaxPlaceWords && i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        place = text.Substring(start, i - start);
        return longWord;
    }

    private static int PartEnd(string text, int start)
    {
        int end = start;
        while (end < text.Length && text[end] != ',' && text[end] != '(' && text[end] != '\u2014' && text[end] != '\u2013' && !(IsSpace(text[end]) && end + 1 < text.Length && (text[end + 1] == '-' || text[end + 1] == '(' || text[end + 1] == '\u2014' || text[end + 1] == '\u2013')))
        {
            end++;
        }

        return end;
    }

    // "May 1", "Sept. 12", "March 3": a month and a day of the month.
    private static bool IsDate(string part)
    {
        if (!NameWords.StartsWithMonth(part, 0, out int length) || length + 2 > part.Length || part[length] != ' ')
        {
            return false;
        }

        string day = part.Substring(length + 1);
        return day.Length <= 2 && int.TryParse(day, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int d) && d >= 1 && d <= 31;
    }

    // "Ill.", "Calif.", "England", "D.C.", "New South Wales": one to three capitalised words or abbreviations.
    private static bool IsRegion(string part)
    {
        string[] words = part.Split(' ');
        if (words.Length > 3)
        {
            return false;
        }

        foreach (string word in words)
        {
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (char c in word)
            {
                if (!(char.IsLetter(c) || c == '.'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // An em dash or en dash (spaces around optional), or a spaced "-" or "--"; then the spaces before the lede.
    // Copy often has a no-break space next to the dash ("WASHINGTON —\u00A0U.S."), so those count as spaces.
    private static bool Dash(string text, ref int i)
    {
        int j = i;
        bool spaced = j < text.Length && IsSpace(text[j]);
        if (spaced)
        {
            j++;
        }

        if (j < text.Length && (text[j] == '\u2014' || text[j] == '\u2013'))
        {
            j++;
        }
        else if (spaced && j + 1 < text.Length && text[j] == '-' && text[j + 1] == '-')
        {
            j += 2;
        }
        else if (spaced && j < text.Length && text[j] == '-')
        {
            j++;
        }
        else
        {
            return false;
        }

        int afterDash = j;
        while (j < text.Length && IsSpace(text[j]))
        {
            j++;
        }

        // A spaced hyphen or double hyphen must be spaced on both sides too ("LONDON - Britain", not "LONDON -Britain").
        if ((text[afterDash - 1] == '-') && j == afterDash)
        {
            return false;
        }

        i = j;
        return true;
    }

    private static bool IsSpace(char c) => c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
}
