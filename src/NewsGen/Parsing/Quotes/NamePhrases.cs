using System.Collections.Generic;

namespace NewsGen.Parsing.Quotes;

/// <summary>
/// Reads names out of the writer's tokens. Convention served: news copy introduces a person once with the
/// full name, preceded by title or job ("Attorney General Jeff Sessions", "White House press secretary
/// Sarah Sanders") or followed by an appositive ("Jane Roe, a spokeswoman for the agency,"), and later uses
/// the surname alone.
/// </summary>
internal static class NamePhrases
{
    private const int MaxRoleWords = 7;

    // Lower-case words that end a role description read leftwards ("… from President Donald Trump").
    private static readonly HashSet<string> RoleStops = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "from",
        "to", "with", "by", "for", "in", "on", "at", "about", "as", "and", "or", "but", "than", "despite", "after",
        "before", "when", "while", "who", "which", "whom", "between", "said", "says", "told", "is", "was", "are", "were",
        "be", "been", "has", "had", "have", "meanwhile", "however", "also", "then", "into", "over", "under", "against",
    };

    /// <summary>True for a word that can stand in a name: capitalised and not a function word, or an initial.</summary>
    public static bool IsNameWord(Token t) => t.IsCapitalized && !NameLexicon.IsNotName(t.Text) && !NameLexicon.IsNotName(t.Bare);

    /// <summary>The first token of the name run that ends at <paramref name="end"/>, or -1 when none ends there.</summary>
    public static int RunStart(IReadOnlyList<Token> tokens, int end, WorkMeter? meter = null)
    {
        if (end < 0 || !IsNameWord(tokens[end]))
        {
            return -1;
        }

        int start = end;
        while (start > 0)
        {
            meter?.Add(1);
            Token before = tokens[start - 1];
            if (before.IsPossessive)
            {
                break;
            }

            if (IsNameWord(before) && !Repeats(before, tokens[start]))
            {
                start--;
            }
            else if (NameLexicon.IsParticle(before.Text) && start - 2 >= 0 && IsNameWord(tokens[start - 2]))
            {
                start -= 2;
            }
            else
            {
                break;
            }
        }

        return start;
    }

    /// <summary>The last token of the name run that starts at <paramref name="start"/>, or -1.</summary>
    public static int RunEnd(IReadOnlyList<Token> tokens, int start, WorkMeter? meter = null)
    {
        if (start >= tokens.Count || !IsNameWord(tokens[start]))
        {
            return -1;
        }

        int end = start;
        while (end + 1 < tokens.Count && !tokens[end].IsPossessive)
        {
            meter?.Add(1);
            Token next = tokens[end + 1];
            if (IsNameWord(next) && !Repeats(tokens[end], next))
            {
                end++;
            }
            else if (NameLexicon.IsParticle(next.Text) && end + 2 < tokens.Count && IsNameWord(tokens[end + 2]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>Reads the run <paramref name="start"/>..<paramref name="end"/> with the role before it and an appositive after it.</summary>
    public static NamePhrase? Read(string text, IReadOnlyList<Token> tokens, int start, int end, WorkMeter? meter = null)
    {
        if (IsOrganisation(tokens, start, end))
        {
            return null;
        }

        // Titles lead the run: "Attorney General Jeff Sessions", "Sen. Warren", "Mr. Smith".
        int first = start;
        Gender gender = Gender.Unknown;
        bool honorific = false;
        while (first < end && NameLexicon.IsTitle(tokens[first].Text))
        {
            honorific |= NameLexicon.IsHonorific(tokens[first].Text);
            Gender g = NameLexicon.GenderOf(tokens[first].Text);
            if (g != Gender.Unknown)
            {
                gender = g;
            }

            first++;
        }

        // A name is a given name and a surname (a middle initial or particles allowed); capitalised words
        // before that belong to an organisation or place ("White House Sarah Sanders" reads as "Sarah Sanders").
        // The count is kept as the start moves (each dropped word is one fewer), not recounted: recounting made a
        // run of n capitalised words ("Mr. John Smith Mr. John Smith …") cost n² (issue 18).
        int nameStart = first;
        int words = CountNameWords(tokens, first, end, meter);
        while (words > 2 && !(words == 3 && IsInitial(tokens[nameStart + 1])))
        {
            if (IsCountedNameWord(tokens[nameStart]))
            {
                words--;
            }

            nameStart++;
            while (NameLexicon.IsParticle(tokens[nameStart].Text))
            {
                nameStart++;
            }
        }

        string name = text.Substring(tokens[nameStart].Start, EndWithoutPossessive(tokens[end]) - tokens[nameStart].Start);

        // The surname is the last name word with the particles before it; a suffix (Jr.) is not part of it.
        int surnameEnd = NameLexicon.IsSuffix(tokens[end].Bare) && end > nameStart ? end - 1 : end;
        int surnameStart = surnameEnd;
        while (surnameStart - 1 > nameStart && NameLexicon.IsParticle(tokens[surnameStart - 1].Text))
        {
            surnameStart--;
        }

        string surname = text.Substring(tokens[surnameStart].Start, EndWithoutPossessive(tokens[surnameEnd]) - tokens[surnameStart].Start);

        if (gender == Gender.Unknown && words >= 2)
        {
            gender = NameLexicon.GenderOf(tokens[nameStart].Text);
        }

        string? titles = null;
        if (first > start && !OnlyHonorifics(tokens, start, first))
        {
            int titleStart = NameLexicon.IsHonorific(tokens[start].Text) ? start + 1 : start;
            titles = text.Substring(tokens[titleStart].Start, tokens[first - 1].End - tokens[titleStart].Start);
        }

        string? before = RoleBefore(text, tokens, start, out Gender roleGender);
        string? role = before is null ? titles : titles is null ? before : text.Substring(tokens[RoleStart(tokens, start)].Start, tokens[first - 1].End - tokens[RoleStart(tokens, start)].Start);
        role ??= Appositive(text, tokens, end, out roleGender);
        if (gender == Gender.Unknown)
        {
            gender = roleGender;
        }

        bool afterThe = start > 0 && tokens[start - 1].Text is "the" or "The";
        bool evidence = honorific || titles is not null || role is not null || (words >= 2 && NameLexicon.IsGivenName(tokens[nameStart].Text));
        return new NamePhrase(name, surname, words, role, gender, evidence, afterThe, honorific || titles is not null);
    }

    /// <summary>
    /// The job description written right before a name ("White House communications director"): a run of
    /// words ending in a role noun, read leftwards until a determiner, preposition, verb or punctuation.
    /// </summary>
    private static string? RoleBefore(string text, IReadOnlyList<Token> tokens, int nameStart, out Gender gender)
    {
        gender = Gender.Unknown;
        int k = nameStart - 1;
        if (k < 0 || !tokens[k].IsWord || !NameLexicon.IsRoleNoun(tokens[k].Text))
        {
            return null;
        }

        gender = NameLexicon.GenderOf(tokens[k].Text);
        int start = RoleStart(tokens, nameStart);
        return text.Substring(tokens[start].Start, tokens[nameStart - 1].End - tokens[start].Start);
    }

    private static int RoleStart(IReadOnlyList<Token> tokens, int nameStart)
    {
        int start = nameStart - 1;
        while (start - 1 >= 0 && nameStart - start < MaxRoleWords)
        {
            Token t = tokens[start - 1];
            bool ofBetweenNames = t.Text == "of" && start - 2 >= 0 && tokens[start - 2].IsCapitalized;
            if (!t.IsWord || t.IsPossessive || (RoleStops.Contains(t.Text) && !ofBetweenNames) || NameLexicon.IsNotName(t.Text)
                || SpeechVerbs.Use(t.Text) != VerbUse.None)
            {
                break;
            }

            start--;
        }

        return start;
    }

    /// <summary>"Jane Roe, a spokeswoman for the agency, said": the role between the commas, without its article.</summary>
    private static string? Appositive(string text, IReadOnlyList<Token> tokens, int nameEnd, out Gender gender)
    {
        gender = Gender.Unknown;
        int k = nameEnd + 1;
        if (k + 1 >= tokens.Count || tokens[k].Kind != TokenKind.Comma)
        {
            return null;
        }

        int first = k + 1;
        if (tokens[first].Text is "a" or "an" or "the")
        {
            first++;
        }

        int last = first - 1;
        bool hasRole = false;
        for (int i = first; i < tokens.Count && i - first < 10 && tokens[i].IsWord; i++)
        {
            if (SpeechVerbs.Use(tokens[i].Text) != VerbUse.None)
            {
                break;
            }

            if (NameLexicon.IsRoleNoun(tokens[i].Text) && !hasRole)
            {
                hasRole = true;
                gender = NameLexicon.GenderOf(tokens[i].Text);
            }

            last = i;
        }

        bool closed = last + 1 >= tokens.Count || tokens[last + 1].Kind is TokenKind.Comma or TokenKind.End or TokenKind.Semicolon or TokenKind.Dash;
        return hasRole && closed && last >= first ? text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start) : null;
    }

    /// <summary>
    /// Convention: a capitalised phrase ending in an institution's noun ("the Defence Ministry", "Fennimore
    /// Group") names an organisation; one with a known given name ("Margaret Court") is still a person.
    /// </summary>
    public static bool IsOrganisation(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end < start || !NameLexicon.IsOrganisationNoun(tokens[end].Bare))
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
            if (NameLexicon.IsGivenName(tokens[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountNameWords(IReadOnlyList<Token> tokens, int start, int end, WorkMeter? meter)
    {
        int count = 0;
        for (int i = start; i <= end; i++)
        {
            meter?.Add(1);
            if (IsCountedNameWord(tokens[i]))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsCountedNameWord(Token t) => !NameLexicon.IsParticle(t.Text) && !NameLexicon.IsSuffix(t.Text);

    // A name never repeats a word; "Jeff Sessions Sessions to …" is a name and the start of the next phrase
    // (headlines run into the text without punctuation).
    private static bool Repeats(Token a, Token b) => string.Equals(a.Text, b.Text, System.StringComparison.Ordinal);

    private static int EndWithoutPossessive(Token t) => t.IsPossessive ? t.Start + t.Bare.Length : t.End;

    private static bool IsInitial(Token t) => t.Text.Length == 2 && t.Text[1] == '.' && char.IsUpper(t.Text[0]);

    private static bool OnlyHonorifics(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!NameLexicon.IsHonorific(tokens[i].Text))
            {
                return false;
            }
        }

        return true;
    }
}
