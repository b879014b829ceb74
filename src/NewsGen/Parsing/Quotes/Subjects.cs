using System;
using System.Collections.Generic;

namespace NewsGen.Parsing.Quotes;

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

    // Prepositions that put a name inside an appositive: "the governor of Nevada", "a nurse from Leeds".
    private static readonly HashSet<string> AppositivePrepositions = new(System.StringComparer.Ordinal)
    {
        "of", "in", "from", "at", "near", "outside", "for",
    };

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly int _paragraph;
    private readonly PersonRegistry _registry;
    private readonly HashSet<string> _capitalizedMidSentence;
    private Dictionary<int, (int End, NamePhrase? Phrase)>? _phrases;
    private int[]? _sentenceStart;
    private int[]? _nextCandidate;
    private int[]? _previousCue;

    public Subjects(string text, IReadOnlyList<Token> tokens, int paragraph, PersonRegistry registry, HashSet<string> capitalizedMidSentence)
    {
        _capitalizedMidSentence = capitalizedMidSentence;
        _text = text;
        _tokens = tokens;
        _paragraph = paragraph;
        _registry = registry;
    }

    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>True for a token that ends a sentence of the writer's text: its end mark, or a quote whose words end one.</summary>
    public static bool EndsSentence(Token t) => t.Kind == TokenKind.End || (t.Kind == TokenKind.Quote && t.EndsSentence);

    /// <summary>The first token of the sentence that token <paramref name="i"/> is in (or would start at <paramref name="i"/> = count).</summary>
    public int SentenceStart(int i)
    {
        Index();
        return _sentenceStart![i];
    }

    /// <summary>The first token at or after <paramref name="k"/> that is a pronoun or a name word (the count when none).</summary>
    public int NextCandidate(int k)
    {
        Index();
        return k >= _tokens.Count ? _tokens.Count : _nextCandidate![k];
    }

    /// <summary>
    /// The last token at or before <paramref name="j"/> that a woven-in quote's search for its verb stops at: a
    /// sentence end, a word that may report speech, or "according" (-1 when none).
    /// </summary>
    public int PreviousCue(int j)
    {
        Index();
        return j < 0 ? -1 : _previousCue![j];
    }

    /// <summary>
    /// One pass over the paragraph's tokens for the jumps above (issue 18): the rules that read along a sentence
    /// visit only the tokens that can change their answer, so their results are those of reading every token.
    /// </summary>
    private void Index()
    {
        if (_sentenceStart is not null)
        {
            return;
        }

        int n = _tokens.Count;
        _registry.Meter.Add(n + 1);
        var sentenceStart = new int[n + 1];
        var nextCandidate = new int[n];
        var previousCue = new int[n];
        int currentStart = 0;
        int cue = -1;
        for (int i = 0; i < n; i++)
        {
            sentenceStart[i] = currentStart;
            Token t = _tokens[i];
            if (EndsSentence(t))
            {
                currentStart = i + 1;
            }

            bool isCue = EndsSentence(t) || (t.IsWord && (SpeechVerbs.Use(t.Text) != VerbUse.None || string.Equals(t.Text, "according", System.StringComparison.OrdinalIgnoreCase)));
            cue = isCue ? i : cue;
            previousCue[i] = cue;
        }

        sentenceStart[n] = currentStart;
        int next = n;
        for (int i = n - 1; i >= 0; i--)
        {
            Token t = _tokens[i];
            if (NameLexicon.PronounGender(t.Text) is not null || NamePhrases.IsNameWord(t))
            {
                next = i;
            }

            nextCandidate[i] = next;
        }

        _sentenceStart = sentenceStart;
        _nextCandidate = nextCandidate;
        _previousCue = previousCue;
    }

    /// <summary>
    /// The name phrase of tokens <paramref name="start"/>..<paramref name="end"/>, read once per paragraph
    /// (issue 18): a phrase depends on the paragraph's tokens alone, and the rules that read a sentence back (a
    /// participle's subject, the names between two quotes) would otherwise read and allocate the same names again
    /// for every quote and verb in a long sentence.
    /// </summary>
    public NamePhrase? Phrase(int start, int end)
    {
        // Keyed by the first token: nearly every read of a run starts and ends at the same tokens, and a run read
        // with another end (a name cut short before a verb) is read afresh.
        _registry.Meter.Add(1);
        _phrases ??= new Dictionary<int, (int End, NamePhrase? Phrase)>();
        if (_phrases.TryGetValue(start, out (int End, NamePhrase? Phrase) known) && known.End == end)
        {
            return known.Phrase;
        }

        NamePhrase? phrase = NamePhrases.Read(_text, _tokens, start, end, _registry.Meter);
        _phrases[start] = (end, phrase);
        return phrase;
    }

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

        // Convention 3: "Alvarez (D-Ore.) said": the party–state tag stands between the name and the verb.
        k = BeforePartyTag(k);

        if (k < 0)
        {
            return Attribution.NotFound;
        }

        // Convention 6 (the words go on): "Clinton, who was speaking to the mayors, did not mention Trump, but told
        // city leaders that …", "Trump has made his wealth a centerpiece and has boasted of …": a verb coordinated
        // with the sentence's first predicate shares its subject (a name before "and" is read as a subject of its
        // own: "Smith and Jones said" never reaches here, the verb's left neighbour being "Jones").
        if (_tokens[k].Text is "but" or "and" && k > 0)
        {
            return OfSentence(k);
        }

        // "Gov. John Kasich (R-OH), said": the tag and its comma.
        if (_tokens[k].Kind == TokenKind.Comma && k >= 1 && BeforePartyTag(k - 1) is int beforeTag && beforeTag != k - 1 && beforeTag >= 0 && NamePhrases.IsNameWord(_tokens[beforeTag]))
        {
            k = beforeTag;
        }

        // Appositive between subject and verb: "Jane Roe, a spokeswoman for the agency, said"; "Roe, who …, said".
        if (_tokens[k].Kind == TokenKind.Comma)
        {
            int verbComma = k;
            int open = -1;
            bool continuing = false;
            for (int segment = 0; segment < AttributionWindow.AppositiveSegments; segment++)
            {
                open = k - 1;
                while (open >= 0 && k - open <= AttributionWindow.AppositivePieceTokens && _tokens[open].Kind is TokenKind.Word or TokenKind.Other)
                {
                    open--;
                }

                if (open < 1 || _tokens[open].Kind != TokenKind.Comma)
                {
                    return ClauseInitialSubject(verbComma);
                }

                // Convention 7, long appositives: "Reyes, the attorney general of Nevada, one of the states suing,
                // said", "James, 22, of Flint, Mich., said", "Clinton, at a town hall in Columbus, Ohio, said": a
                // name after a preposition is a place or body inside the appositive, not the subject; read on
                // back to the comma before it, over at most AppositiveSegments comma-separated pieces.
                bool nameBefore = NamePhrases.IsNameWord(_tokens[open - 1]);
                int placeStart = nameBefore ? NamePhrases.RunStart(_tokens, open - 1, _registry.Meter) : -1;
                bool placeInAppositive = placeStart >= 1 && AppositivePrepositions.Contains(_tokens[placeStart - 1].Text);
                if (!placeInAppositive && !(continuing && !nameBefore))
                {
                    break;
                }

                continuing = true;
                k = open;
                open = -1;
            }

            if (open < 1 || (continuing && !NamePhrases.IsNameWord(_tokens[open - 1])))
            {
                return ClauseInitialSubject(verbComma);
            }

            // "the chancellor, Jeremy Holt, said", "The company's chief executive, Paul Hendry, said", "Its
            // headteacher, Claire Moffat, said": a job in lower case before the commas, the name between them.
            if (!NamePhrases.IsNameWord(_tokens[open - 1]))
            {
                bool roleBefore = NameLexicon.IsRoleNoun(_tokens[open - 1].Text) && IsDeterminedJob(open - 1);
                return roleBefore && NamePhrases.RunStart(_tokens, k - 1, _registry.Meter) == open + 1 ? Name(open + 1, k - 1) : ClauseInitialSubject(verbComma);
            }

            // "The Prime Minister, Rishi Varma, said": a title before the commas, the name between them.
            if (NamePhrases.RunStart(_tokens, k - 1, _registry.Meter) == open + 1 && IsTitleOnly(open - 1))
            {
                Attribution named = Name(open + 1, k - 1);
                if (named.Person is { Role: null } titled)
                {
                    int first = NamePhrases.RunStart(_tokens, open - 1, _registry.Meter);
                    titled.Role = _text.Substring(_tokens[first].Start, _tokens[open - 1].End - _tokens[first].Start);
                }

                return named;
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
            // "the spokeswoman said" after the article named its spokeswoman: that person.
            if (JobReference(k) is { } job)
            {
                return job;
            }

            // Convention 9: "a spokesman for the utility said": someone the article describes but does not name.
            if (DescriptionEndingAt(k) is { } described)
            {
                return described;
            }

            // "the source said", "officials told", "it said": someone, but nobody named.
            return t.IsCapitalized && t.Text is not ("It" or "They" or "We" or "I" or "You") ? Attribution.NotFound : Attribution.Unnamed;
        }

        if (t.IsPossessive)
        {
            return Attribution.NotFound;
        }

        int runStart = NamePhrases.RunStart(_tokens, k, _registry.Meter);

        // Convention: "the family of Liam Burke said", "a lawyer for Smith said": the name is the object of a
        // preposition after a lower-case noun; someone unnamed speaks for that person. ("Secretary of State Rex
        // Tillerson" keeps its "of" between capitals.)
        if (runStart >= 2 && _tokens[runStart - 1].Text is "of" or "for" or "to" or "with" or "from" or "by"
            && _tokens[runStart - 2].IsWord && !_tokens[runStart - 2].IsCapitalized)
        {
            return Attribution.Unnamed;
        }

        return Name(runStart, k);
    }

    /// <summary>The token before a party–state tag that ends at <paramref name="k"/> ("(D-Ore.)", "(R-OH)", "(Maine)"), else <paramref name="k"/>.</summary>
    private int BeforePartyTag(int k) =>
        k >= 3 && _tokens[k].Text == ")" && _tokens[k - 2].Text == "(" && PartyTags.IsTagOrState(_tokens[k - 1].Text.TrimEnd('.')) ? k - 3 : k;

    /// <summary>
    /// Convention 7, long appositives, read from the clause's start: "Ramil Carr, 31, a Philadelphia freelance
    /// photographer, said", "Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month aimed at …, said",
    /// ""…," Cruz, who has proposed repealing the mandate over five years, said". When the pieces between the
    /// name and the verb's comma cannot be read back one by one (a piece too long, a list inside it, a job with
    /// its own commas), the subject is the name that opens the clause: a name run (a job in lower case may lead
    /// it, "Texas delegate Bill Eastland"), then its comma, at the sentence's start or right after the quotation
    /// that opens it, with at most <see cref="AttributionWindow.ClauseSubjectTokens"/> tokens before the verb's
    /// comma and no sentence end, colon or semicolon between.
    /// </summary>
    private Attribution ClauseInitialSubject(int verbComma)
    {
        int first = verbComma - 1;
        int limit = Math.Max(0, verbComma - AttributionWindow.ClauseSubjectTokens);
        _registry.Meter.Add(verbComma - limit + 1);
        while (first > limit && !IsClauseBoundary(first - 1))
        {
            first--;
        }

        if (first <= limit && first > 0 && !IsClauseBoundary(first - 1))
        {
            return Attribution.NotFound;
        }

        // The name's own comma: the first comma of the clause.
        int comma = first;
        while (comma < verbComma && _tokens[comma].Kind != TokenKind.Comma)
        {
            comma++;
        }

        int nameEnd = BeforePartyTag(comma - 1);
        if (comma == verbComma || nameEnd < first || !NamePhrases.IsNameWord(_tokens[nameEnd]))
        {
            return Attribution.NotFound;
        }

        // "Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said": the place after the name is not the speaker.
        int runStart = NamePhrases.RunStart(_tokens, nameEnd, _registry.Meter);
        if (runStart >= first + 2 && AppositivePrepositions.Contains(_tokens[runStart - 1].Text) && NamePhrases.IsNameWord(_tokens[runStart - 2]))
        {
            nameEnd = runStart - 2;
            runStart = NamePhrases.RunStart(_tokens, nameEnd, _registry.Meter);
        }

        if (runStart - first > AttributionWindow.JobWords)
        {
            return Attribution.NotFound;
        }

        // A job in lower case may lead the name; a capitalised word in it needs the job's noun last ("Texas delegate").
        bool jobLast = runStart > first && NameLexicon.IsRoleNoun(_tokens[runStart - 1].Text) && !_tokens[runStart - 1].IsCapitalized;
        for (int i = first; i < runStart; i++)
        {
            if (!_tokens[i].IsWord || (_tokens[i].IsCapitalized && !jobLast))
            {
                return Attribution.NotFound;
            }
        }

        return Name(runStart, nameEnd);
    }

    /// <summary>True when the token at <paramref name="i"/> ends the clause before it: a sentence end, colon, semicolon, or a quotation that opens its sentence.</summary>
    private bool IsClauseBoundary(int i)
    {
        Token t = _tokens[i];
        return EndsSentence(t) || t.Kind is TokenKind.Colon or TokenKind.Semicolon || (t.Kind == TokenKind.Quote && SentenceStart(i) == i);
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
            // "…," said the spokeswoman.
            if (t.Text is "the" && JobReference(JobEnd(start + 1)) is { } job)
            {
                return job;
            }

            // Convention 9: "according to the Secret Service", "said the White House": an institution speaks.
            if (t.Text is "the" && start + 1 < _tokens.Count && NamePhrases.IsNameWord(_tokens[start + 1]))
            {
                return Name(start + 1, NamePhrases.RunEnd(_tokens, start + 1, _registry.Meter));
            }

            // "said defense attorney Mark Levin": a job in lower case, then the name.
            int k0 = start;
            while (k0 < _tokens.Count && k0 - start < AttributionWindow.JobWords && _tokens[k0].IsWord && !_tokens[k0].IsCapitalized && t.Text is not ("the" or "a" or "an"))
            {
                // ... or a word that dates a title: "said former Rep. George Miller", "said retired Gen. Ann Holt".
                bool titleNext = k0 + 1 < _tokens.Count && NameLexicon.IsTitle(_tokens[k0 + 1].Text);
                if ((NameLexicon.IsRoleNoun(_tokens[k0].Text) || titleNext) && k0 + 1 < _tokens.Count && NamePhrases.IsNameWord(_tokens[k0 + 1]))
                {
                    return Name(k0 + 1, NamePhrases.RunEnd(_tokens, k0 + 1, _registry.Meter));
                }

                k0++;
            }

            // "said former South Carolina Gov. Jim Hodges", "said former Obama adviser David Axelrod": a dated job
            // with a place or a patron in it, then the name.
            if (t.Text is "former" or "retired" or "outgoing" or "longtime" && NamedAfterJob(start + 1) is int named)
            {
                return Name(named, NamePhrases.RunEnd(_tokens, named, _registry.Meter));
            }

            // Convention 9: "…," said a spokesman for the utility.
            if (DescriptionStartingAt(start) is { } described)
            {
                return described;
            }

            return t.IsCapitalized ? Attribution.NotFound : Attribution.Unnamed;
        }

        int end = NamePhrases.RunEnd(_tokens, start, _registry.Meter);

        // "said Florida's Rick Wilson", "said Clinton's communications director, Jennifer Palmieri": the possessive
        // names where the speaker is from or whom they work for; the speaker's name follows.
        if (_tokens[end].IsPossessive && end + 1 < _tokens.Count
            && (NamePhrases.IsNameWord(_tokens[end + 1]) ? end + 1 : NamedAfterJob(end + 1, commaAllowed: true)) is int owned)
        {
            return Name(owned, NamePhrases.RunEnd(_tokens, owned, _registry.Meter));
        }

        // A capitalised organisation before a job and a name: "White House spokesman John Doe".
        int k = end + 1;
        while (k < _tokens.Count && k - end <= AttributionWindow.JobWords && _tokens[k].IsWord && !_tokens[k].IsCapitalized && !NameLexicon.IsRoleNoun(_tokens[k].Text))
        {
            k++;
        }

        if (k < _tokens.Count && k + 1 < _tokens.Count && NameLexicon.IsRoleNoun(_tokens[k].Text) && NamePhrases.IsNameWord(_tokens[k + 1]))
        {
            start = k + 1;
            end = NamePhrases.RunEnd(_tokens, start, _registry.Meter);
        }

        return Name(start, end);
    }

    /// <summary>
    /// The first token of the name that ends a job starting at <paramref name="from"/>: words (a place or patron in
    /// capitals, the job in lower case) up to a title or role noun, then the name, within
    /// <see cref="AttributionWindow.DatedJobTokens"/> tokens ("South Carolina Gov. Jim Hodges", "Obama adviser David
    /// Axelrod", with <paramref name="commaAllowed"/> "communications director, Jennifer Palmieri"). Null when none.
    /// </summary>
    private int? NamedAfterJob(int from, bool commaAllowed = false)
    {
        for (int j = from; j + 1 < _tokens.Count && j - from < AttributionWindow.DatedJobTokens && _tokens[j].IsWord; j++)
        {
            bool job = NameLexicon.IsTitle(_tokens[j].Text) || (!_tokens[j].IsCapitalized && NameLexicon.IsRoleNoun(_tokens[j].Text));
            int next = commaAllowed && job && _tokens[j + 1].Kind == TokenKind.Comma ? j + 2 : j + 1;
            if (job && next < _tokens.Count && NamePhrases.IsNameWord(_tokens[next]) && !NameLexicon.IsTitle(_tokens[next].Text))
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>The subject a participle ("saying", "dismissing") shares: the first person its sentence names.</summary>
    public Attribution OfSentence(int before)
    {
        // The sentence's start, at most SentenceTokens back; then only the pronouns and name words in it (issue 18:
        // the index makes both steps jumps, where a never-ending sentence made every verb of every quote walk them).
        int start = Math.Max(SentenceStart(before), Math.Max(0, before - AttributionWindow.SentenceTokens));
        _registry.Meter.Add(before - start + 1);

        for (int k = NextCandidate(start); k < before; k = NextCandidate(k + 1))
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

            int end = NamePhrases.RunEnd(_tokens, k, _registry.Meter);
            NamePhrase? phrase = Phrase(k, end);
            if (phrase is not null && !_tokens[end].IsPossessive && !phrase.AfterThe)
            {
                Person person = _registry.Resolve(phrase, _paragraph, k);
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

        // Convention 9: "the Defence Ministry said": an institution speaks, not a person.
        if (NamePhrases.IsOrganisation(_tokens, start, end))
        {
            // "Police said", "Officials said": one capitalised noun alone is a group, not an organisation's name.
            bool named = end > start || (start > 0 && _tokens[start - 1].Text is "the" or "The");
            return named ? Organization(start, end) : Attribution.Unnamed;
        }

        NamePhrase? phrase = Phrase(start, end);
        if (phrase is null || _tokens[end].IsPossessive)
        {
            return Attribution.NotFound;
        }

        // Convention 9: "the White House said", "The Daily Ledger reports:": a name after "the" is an institution
        // or a publication, which speaks as an organisation.
        if (phrase.AfterThe && !phrase.HasPersonEvidence)
        {
            // "said the Warriors chief", "the Manchester Central MP said": the name qualifies a role, and the
            // speaker is the person who holds it, whom this phrase does not name (seen on BBC copy).
            return HoldsRole(end) ? Attribution.Unnamed : Organization(start, end);
        }

        if (phrase.NameTokens == 1 && !phrase.HasPersonEvidence && _registry.FindBySurname(phrase.Name, _paragraph, start) is null)
        {
            // Two people share the surname: it names neither.
            if (_registry.IsAmbiguousSurname(phrase.Name))
            {
                return Attribution.Unnamed;
            }

            // A capital the sentence start explains ("Critics say", "Residents call it") and the article never
            // writes elsewhere is an ordinary word, not a name; unless it is a surname right before its speech verb
            // ("Morris says", "Axelrod said"): one speaker (the verb's singular -s form), or a word that does not
            // look like a group's plural.
            if (StartsSentence(start) && !_capitalizedMidSentence.Contains(_tokens[start].Text) && !IsSurnameBeforeVerb(start))
            {
                return Attribution.Unnamed;
            }
        }

        Person person = _registry.Resolve(phrase, _paragraph, start);
        person.IsPerson = true;
        return Attribution.To(person);
    }

    /// <summary>
    /// The one-word name at <paramref name="start"/> is followed by its speech verb and is a surname, not a group:
    /// "Morris says" (a singular verb) or "Axelrod said"; not "Critics say", "Officials said", "Democrats told"
    /// (<see cref="NameLexicon.LooksLikeGroup"/>).
    /// </summary>
    private bool IsSurnameBeforeVerb(int start)
    {
        if (start + 1 >= _tokens.Count || !_tokens[start + 1].IsWord || SpeechVerbs.Use(_tokens[start + 1].Text) is not (VerbUse.Speech or VerbUse.AdjacentSpeech))
        {
            return false;
        }

        string verb = _tokens[start + 1].Text;
        bool singular = verb.EndsWith("s", StringComparison.Ordinal) && !verb.EndsWith("ss", StringComparison.Ordinal);
        return singular || !NameLexicon.LooksLikeGroup(_tokens[start].Text);
    }

    // The name phrase ending at end is a role's qualifier: its last word is a role noun ("MP") or one follows it ("chief").
    private bool HoldsRole(int end) =>
        NameLexicon.IsRoleNoun(_tokens[end].Text)
        || (end + 1 < _tokens.Count && _tokens[end + 1].IsWord && NameLexicon.IsRoleNoun(_tokens[end + 1].Text));

    private Attribution Organization(int start, int end)
    {
        if (_tokens[end].IsPossessive)
        {
            return Attribution.Unnamed;
        }

        string name = _text.Substring(_tokens[start].Start, _tokens[end].End - _tokens[start].Start);
        return Attribution.To(_registry.NonPerson(name, SpeakerKind.Organization));
    }

    /// <summary>
    /// Convention 9: a description that stands for a speaker: "a spokesman for the utility", "an aide to the
    /// governor", "a senior administration official". It starts with "a"/"an", has a role noun among its first
    /// four words and at least one word besides it, is all lower case (a name in it makes it someone's
    /// representative, "a lawyer for Derek Osei", which stays unnamed) and is at most
    /// <see cref="MaxDescriptionWords"/> words long.
    /// </summary>
    private Attribution? DescriptionBetween(int first, int last)
    {
        if (first < 0 || last >= _tokens.Count || last - first < 2 || last - first >= MaxDescriptionWords || _tokens[first].Text is not ("a" or "an" or "A" or "An"))
        {
            return null;
        }

        bool role = false;
        for (int i = first + 1; i <= last; i++)
        {
            Token t = _tokens[i];
            if (!t.IsWord || t.IsCapitalized || t.IsPossessive || NameLexicon.PronounGender(t.Text) is not null || DescriptionStops.Contains(t.Text))
            {
                return null;
            }

            role |= i - first <= DescriptionRoleWords && NameLexicon.IsRoleNoun(t.Text);
        }

        if (!role)
        {
            return null;
        }

        string description = _text.Substring(_tokens[first].Start, _tokens[last].End - _tokens[first].Start);
        if (char.IsUpper(description[0]))
        {
            description = char.ToLowerInvariant(description[0]) + description.Substring(1);
        }

        return Attribution.To(_registry.NonPerson(description, SpeakerKind.Description));
    }

    private Attribution? DescriptionEndingAt(int last)
    {
        for (int first = last - 1; first >= 0 && last - first < MaxDescriptionWords; first--)
        {
            if (!_tokens[first].IsWord)
            {
                return null;
            }

            if (_tokens[first].Text is "a" or "an" or "A" or "An")
            {
                return DescriptionBetween(first, last);
            }
        }

        return null;
    }

    private Attribution? DescriptionStartingAt(int first)
    {
        int last = first;
        while (last + 1 < _tokens.Count && last + 1 - first < MaxDescriptionWords && _tokens[last + 1].IsWord && !_tokens[last + 1].IsCapitalized
            && !DescriptionStops.Contains(_tokens[last + 1].Text))
        {
            last++;
        }

        return DescriptionBetween(first, last);
    }

    private const int MaxDescriptionWords = 8;

    // A description's role noun stands among its first words: "a senior administration official", not "a man who
    // worked for years as an aide".
    private const int DescriptionRoleWords = 4;

    // Lower-case words of a job referred back to with "the", at most: "the spokeswoman", "the chief executive".
    private const int JobReferenceWords = 3;

    // Words that end a description read forwards ("said a spokesman for the utility in a statement"): the
    // sentence goes on with its own adverbials and clauses.
    private static readonly HashSet<string> DescriptionStops = new(System.StringComparer.Ordinal)
    {
        "in", "on", "during", "after", "before", "when", "while", "who", "which", "that", "and", "but", "as", "told",
        "said", "says", "last", "this", "yesterday", "today", "tonight", "earlier", "later", "adding", "saying",
    };

    private bool StartsSentence(int k) =>
        k == 0 || _tokens[k - 1].Kind == TokenKind.End || (_tokens[k - 1].Kind == TokenKind.Quote && _tokens[k - 1].EndsSentence);

    private bool IsTitleOnly(int end)
    {
        int start = NamePhrases.RunStart(_tokens, end, _registry.Meter);
        for (int i = start; i <= end && start >= 0; i++)
        {
            if (!NameLexicon.IsTitle(_tokens[i].Text))
            {
                return false;
            }
        }

        return start >= 0;
    }

    private Attribution Pronoun(Gender gender, int token)
    {
        Person? person = _registry.ResolvePronoun(gender, _paragraph, token);
        if (person is null)
        {
            return Attribution.Unnamed;
        }

        // The pronoun the writer chose for a person whose name did not show a gender tells it: the next "he
        // added" after "Oskar Nyberg … he said" needs no guess.
        if (person.Gender == Gender.Unknown)
        {
            person.Gender = gender;
        }

        return Attribution.To(person);
    }

    /// <summary>
    /// Convention: after introducing someone by name and job ("Maria Lindgren, a spokeswoman for the sheriff's
    /// office"), copy refers to them by the job alone with "the": "the spokeswoman said", "the minister told
    /// reporters". <paramref name="roleNoun"/> is the job's last word; the job is read back to "the". The person
    /// is the one mentioned earlier with that job; with none or several, the speaker is unnamed.
    /// </summary>
    private Attribution? JobReference(int roleNoun)
    {
        if (roleNoun < 1 || !_tokens[roleNoun].IsWord || !NameLexicon.IsRoleNoun(_tokens[roleNoun].Text) || _tokens[roleNoun].IsCapitalized)
        {
            return null;
        }

        int the = roleNoun - 1;
        while (the >= 0 && roleNoun - the <= JobReferenceWords && _tokens[the].IsWord && !_tokens[the].IsCapitalized && _tokens[the].Text != "the")
        {
            the--;
        }

        if (the < 0 || _tokens[the].Text is not ("the" or "The"))
        {
            return null;
        }

        string job = _text.Substring(_tokens[the + 1].Start, _tokens[roleNoun].End - _tokens[the + 1].Start);
        Person? person = _registry.ResolveRole(job, _paragraph, the);
        return person is null ? Attribution.Unnamed : Attribution.To(person);
    }

    /// <summary>The last lower-case word of a job starting at <paramref name="start"/> ("chief executive"), or -1.</summary>
    private int JobEnd(int start)
    {
        for (int i = start; i < _tokens.Count && i - start < JobReferenceWords && _tokens[i].IsWord && !_tokens[i].IsCapitalized; i++)
        {
            if (NameLexicon.IsRoleNoun(_tokens[i].Text) && (i + 1 >= _tokens.Count || !NameLexicon.IsRoleNoun(_tokens[i + 1].Text)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"the chancellor", "The company's chief executive", "Its headteacher": a job after a determiner or a possessive.</summary>
    private bool IsDeterminedJob(int roleNoun)
    {
        for (int i = roleNoun - 1; i >= 0 && roleNoun - i <= JobReferenceWords; i--)
        {
            Token t = _tokens[i];
            if (t.IsPossessive || t.Text is "the" or "The" or "its" or "Its" or "his" or "His" or "her" or "Her" or "their" or "Their" or "our" or "Our")
            {
                return true;
            }

            if (!t.IsWord || t.IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }
}
