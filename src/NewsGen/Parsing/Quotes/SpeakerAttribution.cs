using System.Collections.Generic;

namespace NewsGen.Parsing.Quotes;

/// <summary>What a rule found: nothing (try the next rule), someone the text does not name, or a person.</summary>
internal readonly struct Attribution
{
    private Attribution(bool decided, Person? person)
    {
        Decided = decided;
        Person = person;
    }

    public static Attribution NotFound => default;

    /// <summary>The text attributes the quote, but to nobody it names ("a source said", "officials said"): no speaker, and no other rule may guess one.</summary>
    public static Attribution Unnamed => new(true, null);

    public bool Decided { get; }

    public Person? Person { get; }

    public static Attribution To(Person person) => new(true, person);
}

/// <summary>
/// Finds the subject of a speech verb in the writer's tokens of one paragraph, in the orders news copy uses:
/// "Trump said", "said Trump", "according to Trump", "she said", "Sanders … , saying".
/// </summary>
internal sealed class Subjects
{
    private static readonly HashSet<string> SkippedBeforeVerb = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "also", "later", "then", "again", "previously", "once", "has", "had", "have", "will", "would", "did", "does",
        "could", "may", "might", "earlier", "further", "separately", "repeatedly", "publicly", "privately",
    };

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly int _paragraph;
    private readonly PersonRegistry _registry;

    public Subjects(string text, IReadOnlyList<Token> tokens, int paragraph, PersonRegistry registry)
    {
        _text = text;
        _tokens = tokens;
        _paragraph = paragraph;
        _registry = registry;
    }

    public IReadOnlyList<Token> Tokens => _tokens;

    public string Text => _text;

    /// <summary>The subject of the verb at <paramref name="verb"/>, whichever side the writing puts it.</summary>
    public Attribution Of(int verb, bool mayInvert)
    {
        if (SpeechVerbs.IsParticiple(_tokens[verb].Text))
        {
            return OfSentence(verb);
        }

        Attribution left = LeftOf(verb);
        if (!left.Decided && mayInvert && SpeechVerbs.IsInvertible(_tokens[verb].Text))
        {
            return RightOf(verb + 1);
        }

        return left;
    }

    /// <summary>"Trump said", "Jane Roe, a spokeswoman, said", "she later told", "the source said" (unnamed).</summary>
    public Attribution LeftOf(int verb)
    {
        int k = verb - 1;
        while (k >= 0 && _tokens[k].IsWord && SkippedBeforeVerb.Contains(_tokens[k].Text) && !_tokens[k].IsCapitalized)
        {
            k--;
        }

        if (k < 0)
        {
            return Attribution.NotFound;
        }

        // Appositive between subject and verb: "Jane Roe, a spokeswoman for the agency, said"; "Roe, who …, said".
        if (_tokens[k].Kind == TokenKind.Comma)
        {
            int open = k - 1;
            while (open >= 0 && k - open <= 14 && _tokens[open].Kind is TokenKind.Word or TokenKind.Other)
            {
                open--;
            }

            if (open < 1 || _tokens[open].Kind != TokenKind.Comma || !NamePhrases.IsNameWord(_tokens[open - 1]))
            {
                return Attribution.NotFound;
            }

            k = open - 1;
        }

        Token t = _tokens[k];
        if (NameLexicon.PronounGender(t.Text) is Gender gender)
        {
            return Pronoun(gender, k);
        }

        if (t.Kind != TokenKind.Word)
        {
            return Attribution.NotFound;
        }

        if (!NamePhrases.IsNameWord(t))
        {
            // "the source said", "officials told", "it said": someone, but nobody named.
            return t.IsCapitalized && t.Text is not ("It" or "They" or "We" or "I" or "You") ? Attribution.NotFound : Attribution.Unnamed;
        }

        if (t.IsPossessive)
        {
            return Attribution.NotFound;
        }

        return Name(NamePhrases.RunStart(_tokens, k), k);
    }

    /// <summary>"said Trump", "said White House spokesman John Doe", "said he", "according to a source" (unnamed).</summary>
    public Attribution RightOf(int start)
    {
        if (start >= _tokens.Count || !_tokens[start].IsWord)
        {
            return Attribution.NotFound;
        }

        Token t = _tokens[start];
        if (NameLexicon.PronounGender(t.Text) is Gender gender)
        {
            return Pronoun(gender, start);
        }

        if (!NamePhrases.IsNameWord(t))
        {
            return t.IsCapitalized ? Attribution.NotFound : Attribution.Unnamed;
        }

        int end = NamePhrases.RunEnd(_tokens, start);

        // A capitalised organisation before a job and a name: "White House spokesman John Doe".
        int k = end + 1;
        while (k < _tokens.Count && k - end <= 4 && _tokens[k].IsWord && !_tokens[k].IsCapitalized && !NameLexicon.IsRoleNoun(_tokens[k].Text))
        {
            k++;
        }

        if (k < _tokens.Count && k + 1 < _tokens.Count && NameLexicon.IsRoleNoun(_tokens[k].Text) && NamePhrases.IsNameWord(_tokens[k + 1]))
        {
            start = k + 1;
            end = NamePhrases.RunEnd(_tokens, start);
        }

        return Name(start, end);
    }

    /// <summary>The subject a participle ("saying", "dismissing") shares: the first person its sentence names.</summary>
    public Attribution OfSentence(int before)
    {
        int start = before;
        while (start > 0 && _tokens[start - 1].Kind != TokenKind.End && !(_tokens[start - 1].Kind == TokenKind.Quote && _tokens[start - 1].EndsSentence))
        {
            start--;
        }

        for (int k = start; k < before; k++)
        {
            Token t = _tokens[k];
            if (NameLexicon.PronounGender(t.Text) is Gender gender)
            {
                return Pronoun(gender, k);
            }

            if (!NamePhrases.IsNameWord(t))
            {
                continue;
            }

            int end = NamePhrases.RunEnd(_tokens, k);
            NamePhrase? phrase = NamePhrases.Read(_text, _tokens, k, end);
            if (phrase is not null && !_tokens[end].IsPossessive && !phrase.AfterThe)
            {
                Person person = _registry.Resolve(phrase);
                if (person.IsPerson)
                {
                    return Attribution.To(person);
                }
            }

            k = end;
        }

        return Attribution.NotFound;
    }

    private Attribution Name(int start, int end)
    {
        if (start < 0 || end < start)
        {
            return Attribution.NotFound;
        }

        NamePhrase? phrase = NamePhrases.Read(_text, _tokens, start, end);
        if (phrase is null || _tokens[end].IsPossessive)
        {
            return Attribution.NotFound;
        }

        // "the White House said", "the ministry said": an institution the writer does not name as a speaker.
        if (phrase.AfterThe && !phrase.HasPersonEvidence)
        {
            return Attribution.Unnamed;
        }

        Person person = _registry.Resolve(phrase);
        person.IsPerson = true;
        return Attribution.To(person);
    }

    private Attribution Pronoun(Gender gender, int token)
    {
        Person? person = _registry.ResolvePronoun(gender, _paragraph, token);
        return person is null ? Attribution.Unnamed : Attribution.To(person);
    }
}
