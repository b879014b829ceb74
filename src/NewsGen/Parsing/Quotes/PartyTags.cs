using System;
using System.Collections.Generic;

namespace NewsGen.Parsing.Quotes;

/// <summary>
/// Issue 15, convention 3 (docs/quotes.md): US copy tags a lawmaker with party and state, in parentheses or
/// between commas: <c>Alvarez (D-Ore.) said</c>, <c>Hale, R-Tenn., said</c>, <c>Sen. Bernie Sanders (I-Vt.)</c>.
/// The state is written as the AP abbreviation ("Ore.", "Tenn.", "N.Y.") or, for the short names AP does not
/// abbreviate, in full ("Texas", "Ohio"). Neither the tag nor an abbreviation's period is part of the sentence.
/// </summary>
internal static class PartyTags
{
    // The AP stylebook's state abbreviations (without their final period), and the states it writes in full.
    private static readonly HashSet<string> States = new(StringComparer.Ordinal)
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa",
        "R.I", "S.C", "S.D", "Tenn", "Tex", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo",
        "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah",
    };

    /// <summary>True for "Ore", "Tenn", "N.Y" (an abbreviated state, its final period left off) or a state AP writes in full.</summary>
    public static bool IsState(string word) => States.Contains(word);

    // The postal codes, which some outlets use in the tag instead of AP's abbreviations: "(R-OH)", "(I-VT)".
    private static readonly HashSet<string> PostalCodes = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    };

    /// <summary>True for a party–state tag without its final period: "D-Ore", "R-Tenn", "I-Vt", "D-N.Y", "R-Texas", "R-OH".</summary>
    public static bool IsTag(string word)
    {
        if (word.Length <= 2 || word[1] != '-' || word[0] is not ('D' or 'R' or 'I'))
        {
            return false;
        }

        string state = word.Substring(2).TrimEnd('.');
        return IsState(state) || PostalCodes.Contains(state);
    }

    /// <summary>True for what a bracket after a lawmaker's name holds: a party–state tag, the state alone ("Sen. Susan Collins (Maine)") or the party alone ("Gov. Pat McCrory (R)").</summary>
    public static bool IsTagOrState(string word) => IsTag(word) || IsState(word) || word is "D" or "R" or "I";

    /// <summary>
    /// True when the period after <paramref name="word"/> belongs to it: a tag or an abbreviated state followed by
    /// the comma or bracket that closes it ("(D-Ore.)", ", R-Tenn.,", "Portland, Ore., said"). At a sentence's
    /// end ("… in Nashville, Tenn.") the period is the sentence's.
    /// </summary>
    public static bool KeepsPeriod(string word, char after) => after is ',' or ')' && (IsTag(word) || IsState(word));
}
