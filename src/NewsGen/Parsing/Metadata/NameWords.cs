using System;
using System.Collections.Generic;

namespace NewsGen.Parsing.Metadata;

/// <summary>
/// The word shapes bylines and datelines are made of, in one place: personal names, organisation names, role
/// titles, month names. Deliberately narrow: a phrase that does not clearly have the shape is not one.
/// </summary>
internal static class NameWords
{
    // Lower-case particles that sit inside names (Ludwig van Beethoven, Ana de la Cruz) but never start or end one.
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "da", "das", "do", "dos", "van", "von", "der", "den", "del", "della", "di", "du", "la", "le", "bin", "bint", "ibn", "al", "el", "y", "ter", "op" };

    // Words that start a sentence or a time phrase, never a name: "By The time", "By Monday Morning".
    private static readonly HashSet<string> NotFirstNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "then", "now", "our", "my", "his", "her", "their", "its", "early", "late", "last", "next", "mid",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "noon", "midnight", "dawn", "dusk", "nightfall",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "Jr.", "Sr.", "II", "III", "IV" };

    // The last word of a role title in a byline ("Political Correspondent", "Staff Writer", "Bureau Chief").
    private static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "correspondent", "correspondents", "reporter", "reporters", "writer", "writers", "editor", "editors", "columnist", "chief", "contributor",
        "producer", "critic", "analyst", "photographer", "journalist", "journalists", "commentator", "reviewer", "staff",
    };

    // Lower-case words allowed inside organisation names and role titles ("Bureau of Investigation", "Editor at Large").
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "and", "for", "at", "on", "in", "de", "&", "large" };

    private static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",

        // Reuters writes the abbreviations without a period ("PARIS, Aug 31 (Reuters) -").
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    };

    /// <summary>True for 2 to 5 words shaped like a personal name: capitalised or all-caps words, initials, particles inside.</summary>
    public static bool IsPersonName(string phrase)
    {
        string[] words = phrase.Split(' ');
        if (words.Length < 2 || words.Length > 5 || NotFirstNames.Contains(words[0]))
        {
            return false;
        }

        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            bool inside = i > 0 && i < words.Length - 1;
            bool ok = IsInitial(word) || (i > 0 && i == words.Length - 1 && Suffixes.Contains(word)) || (inside && Particles.Contains(word)) || IsCapitalisedWord(word);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for 1 to 6 capitalised words (connectors inside) whose last word is a role noun.</summary>
    public static bool IsRole(string phrase) => IsTitleCasePhrase(phrase, 6) && RoleNouns.Contains(LastWord(phrase));

    /// <summary>True for 1 to 6 capitalised or all-caps words (connectors inside) that do not end in a role noun.</summary>
    public static bool IsOrganisation(string phrase) => IsTitleCasePhrase(phrase, 6) && !RoleNouns.Contains(LastWord(phrase));

    /// <summary>True when <paramref name="text"/> at <paramref name="start"/> holds a month name; gives its length.</summary>
    public static bool StartsWithMonth(string text, int start, out int length)
    {
        foreach (string month in Months)
        {
            if (string.CompareOrdinal(text, start, month, 0, month.Length) == 0
                && (start + month.Length == text.Length || !char.IsLetter(text[start + month.Length])))
            {
                length = month.Length;
                return true;
            }
        }

        length = 0;
        return false;
    }

    private static bool IsTitleCasePhrase(string phrase, int maxWords)
    {
        string[] words = phrase.Split(' ');
        if (words.Length > maxWords || words[0].Length == 0 || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        for (int i = 0; i < words.Length; i++)
        {
            if (!(IsCapitalisedWord(words[i]) || IsInitial(words[i]) || (i > 0 && Connectors.Contains(words[i]))))
            {
                return false;
            }
        }

        return true;
    }

    private static string LastWord(string phrase) => phrase.Substring(phrase.LastIndexOf(' ') + 1);

    // "Doe", "DOE", "O'Brien", "Smith-Jones", "McDonald", "Ó Súilleabháin": a capital, then letters, apostrophes, hyphens.
    private static bool IsCapitalisedWord(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        for (int i = 1; i < word.Length; i++)
        {
            char c = word[i];
            if (!(char.IsLetter(c) || ((c == '\'' || c == '\u2019' || c == '-') && i + 1 < word.Length && char.IsLetter(word[i + 1]))))
            {
                return false;
            }
        }

        return true;
    }

    // "J.", "J.R.", "A.P." : capitals each followed by a period.
    private static bool IsInitial(string word)
    {
        if (word.Length < 2 || word.Length % 2 != 0)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
