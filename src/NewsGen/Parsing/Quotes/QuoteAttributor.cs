using System;
using System.Collections.Generic;

namespace NewsGen.Parsing.Quotes;

/// <summary>
/// Gives each top-level quotation its speaker. The rules run in order and the first that decides wins; a rule
/// that finds an unnamed speaker ("a source said") decides "nobody", since a wrong speaker is worse than none.
/// </summary>
internal sealed class QuoteAttributor
{
    // Words that cannot start the subject of an attribution after a quote ("… "dead" and said …").
    private static readonly HashSet<string> NotSubjectStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "that", "which", "to", "on", "in", "at", "for", "with", "as", "from", "by", "of", "when",
        "while", "if", "because", "after", "before", "is", "was", "are", "were", "so", "than", "into", "about",
    };

    private readonly Subjects[] _paragraphs;
    private readonly List<QuoteDraft> _quotes;
    private readonly PersonRegistry _registry;

    public QuoteAttributor(Subjects[] paragraphs, List<QuoteDraft> quotes, PersonRegistry registry)
    {
        _paragraphs = paragraphs;
        _quotes = quotes;
        _registry = registry;
    }

    public void Run()
    {
        for (int q = 0; q < _quotes.Count; q++)
        {
            QuoteDraft quote = _quotes[q];
            _registry.Meter.Add(1);
            if (!quote.IsAttributable)
            {
                continue;
            }

            Attribution found = Introduced(quote);
            if (!found.Decided)
            {
                found = Followed(quote);
            }

            if (!found.Decided)
            {
                found = InSentence(quote);
            }

            if (!found.Decided)
            {
                found = AtSentenceEnd(quote);
            }

            if (!found.Decided)
            {
                found = SameParagraph(q);
            }

            if (!found.Decided)
            {
                found = QuoteOnlyParagraph(q);
            }

            quote.Speaker = found.Person;
            if (found.Person is { Kind: SpeakerKind.Person })
            {
                found.Person.IsPerson = true;
                _registry.Spoke(found.Person, quote.Span.EndParagraph, quote.LastToken);
            }
        }
    }

    /// <summary>Convention: the speaker introduces the words: <c>Scaramucci said, "…"</c>, <c>Sanders …, saying: "…"</c>, <c>she told reporters: "…"</c>.</summary>
    private Attribution Introduced(QuoteDraft quote)
    {
        Subjects s = _paragraphs[quote.Span.Paragraph];
        IReadOnlyList<Token> t = s.Tokens;
        int k = quote.FirstToken - 1;

        // "Judge Patricia Okonkwo said:" at the end of a paragraph introduces the quote that opens the next one.
        int p = quote.Span.Paragraph;
        if (k < 0 && p > 0 && _paragraphs[p - 1].Tokens is { Count: > 0 } previous && previous[previous.Count - 1].Kind == TokenKind.Colon)
        {
            s = _paragraphs[p - 1];
            t = previous;
            k = previous.Count - 1;
        }

        bool punctuated = k >= 0 && t[k].Kind is TokenKind.Comma or TokenKind.Colon;
        if (punctuated)
        {
            k--;
        }

        // Convention 8, headline and deck style: "Said Ellis: "…"" — the verb opens the sentence, the speaker follows.
        if (punctuated && k >= 1 && t[k + 1].Kind == TokenKind.Colon && NamePhrases.IsNameWord(t[k]) && NamePhrases.RunStart(t, k, _registry.Meter) is int run and >= 1
            && t[run - 1].Text is "Said" or "Says" && (run == 1 || t[run - 2].Kind == TokenKind.End))
        {
            return s.RightOf(run);
        }

        // With a comma or colon the verb may have a short object ("told ABC News:"); without, it must touch the quote.
        int reach = punctuated ? AttributionWindow.IntroducingObjectTokens : 0;
        for (int j = k; j >= 0 && k - j <= reach && t[j].IsWord; j--)
        {
            VerbUse use = SpeechVerbs.Use(t[j].Text);
            if (use is VerbUse.Speech or VerbUse.AdjacentSpeech)
            {
                return s.Of(j, mayInvert: false);
            }
        }

        return Attribution.NotFound;
    }

    /// <summary>Convention: attribution after the words, in either order: <c>"…," Trump said.</c>, <c>"…," said Trump.</c>, <c>"…?" Trump told the Times.</c>, <c>"…," according to X.</c></summary>
    private Attribution Followed(QuoteDraft quote)
    {
        Subjects s = _paragraphs[quote.Span.EndParagraph];
        IReadOnlyList<Token> t = s.Tokens;
        int k = quote.LastToken + 1;
        if (k < t.Count && t[k].Kind == TokenKind.Comma)
        {
            k++;
        }

        if (k < t.Count && k == quote.LastToken + 1 && DashAfter(t, k) is int name)
        {
            return DashAttribution(quote, s, name);
        }

        if (k >= t.Count || !t[k].IsWord)
        {
            return Attribution.NotFound;
        }

        if (IsAccordingTo(t, k))
        {
            return s.RightOf(k + 2);
        }

        // Convention 4: ""…," as Reyes put it." — "as", the speaker, then "put it".
        if (t[k].Text == "as" && NamePhrases.RunEnd(t, k + 1, _registry.Meter) is int named and > 0 && named + 2 < t.Count && t[named + 1].Text == "put" && t[named + 2].Text == "it")
        {
            return s.LeftOf(named + 1);
        }

        VerbUse first = SpeechVerbs.Use(t[k].Text);
        if (first is VerbUse.Speech or VerbUse.AdjacentSpeech)
        {
            return SpeechVerbs.IsInvertible(t[k].Text) ? s.RightOf(k + 1) : Attribution.NotFound;
        }

        if (NotSubjectStarts.Contains(t[k].Text))
        {
            return Attribution.NotFound;
        }

        // Subject, then the verb within a few words (an appositive or adverb may come between; a quoted name or
        // phrase inside the appositive, "wearing "Ted Cruz" campaign pins", does not end it).
        for (int j = k + 1; j < t.Count && j - k <= AttributionWindow.FollowedVerbTokens; j++)
        {
            if (t[j].Kind is TokenKind.End or TokenKind.Colon or TokenKind.Semicolon || (t[j].Kind == TokenKind.Quote && (t[j].EndsSentence || !t[j - 1].IsWord)))
            {
                break;
            }

            // A form that is also a noun ("states", "reports") is the verb only after a subject that can speak:
            // ""…," giving states more power" has none.
            VerbUse use = SpeechVerbs.UseAt(t, j);
            if (use == VerbUse.AdjacentSpeech && !CanBeSubject(t[k]))
            {
                use = VerbUse.None;
            }

            if (use is VerbUse.Speech or VerbUse.AdjacentSpeech && !SpeechVerbs.IsParticiple(t[j].Text))
            {
                // "X said the offer was "an insult." Y said it was "fair and final."": after a finished quoted
                // sentence, a verb that goes on to its own quotation starts the next attribution.
                return quote.Span.EndParagraph == quote.Span.Paragraph && t[quote.LastToken].EndsSentence && QuoteLaterInSentence(t, j, _registry.Meter)
                    ? Attribution.NotFound
                    : s.LeftOf(j);
            }

            // (a name run may still be going: "former George W. Bush speechwriter Noam Neusner wrote")
            if (use != VerbUse.None || (j - k > AttributionWindow.UnnamedSubjectTokens && t[k].Kind == TokenKind.Word && !NamePhrases.IsNameWord(t[k]) && !NamePhrases.IsNameWord(t[j])))
            {
                break;
            }
        }

        return Attribution.NotFound;
    }

    /// <summary>True for a word that can open a speaker's subject: a name, a pronoun, or a determiner ("the report", "a spokesman").</summary>
    private static bool CanBeSubject(Token word) =>
        NamePhrases.IsNameWord(word) || NameLexicon.PronounGender(word.Text) is not null
        || word.Text is "the" or "The" or "a" or "A" or "an" or "An" or "his" or "her" or "its" or "their" or "it" or "they";

    /// <summary>The token after a dash right after the quote ("—", "―", "–" or "--"), or null.</summary>
    private static int? DashAfter(IReadOnlyList<Token> t, int k)
    {
        if (t[k].Kind == TokenKind.Dash)
        {
            return k + 1;
        }

        return k + 1 < t.Count && t[k].Text == "-" && t[k + 1].Text == "-" ? k + 2 : null;
    }

    /// <summary>
    /// Convention 5: a dash attribution after a quotation, as vox pops, epigraphs and embedded posts write it:
    /// <c>"We just want the road fixed." ― Maria Lopez, 54, a nurse</c>. The quote is a full statement; the name
    /// comes right after the dash and ends the paragraph or is followed by its appositive or the next quote.
    /// </summary>
    private Attribution DashAttribution(QuoteDraft quote, Subjects s, int start)
    {
        IReadOnlyList<Token> t = s.Tokens;
        if (quote.Kind != QuoteKind.Statement || start >= t.Count || !NamePhrases.IsNameWord(t[start]))
        {
            return Attribution.NotFound;
        }

        int end = NamePhrases.RunEnd(t, start, _registry.Meter);
        bool closed = end + 1 >= t.Count || t[end + 1].Kind is TokenKind.Comma or TokenKind.Quote or TokenKind.End or TokenKind.Other;
        return closed && !t[end].IsPossessive ? s.RightOf(start) : Attribution.NotFound;
    }

    /// <summary>
    /// Convention: a quote woven into a sentence belongs to the sentence's speech verb, the nearest one before
    /// it: <c>Trump tweeted that Sessions was "VERY weak"</c>, <c>Sessions' recusal, Trump said, was "…"</c>.
    /// Naming verbs count only right before the quote (<c>called Sessions "beleaguered"</c>), characterising ones
    /// only with "as" (<c>dismissing the inquiry as a "witch hunt"</c>).
    /// </summary>
    private Attribution InSentence(QuoteDraft quote)
    {
        Subjects s = _paragraphs[quote.Span.Paragraph];
        IReadOnlyList<Token> t = s.Tokens;
        int q = quote.FirstToken;
        int limit = Math.Max(0, q - AttributionWindow.SentenceTokens);
        int tried = 0;
        _registry.Meter.Add(q - limit + 1);
        // Only the tokens that can decide are visited (Subjects.PreviousCue): the same answer as reading every one.
        for (int j = s.PreviousCue(q - 1); j >= limit; j = s.PreviousCue(j - 1))
        {
            Token token = t[j];
            if (token.Kind == TokenKind.End || (token.Kind == TokenKind.Quote && token.EndsSentence))
            {
                break;
            }

            if (!token.IsWord)
            {
                continue;
            }

            if (IsAccordingTo(t, j))
            {
                return s.RightOf(j + 2);
            }

            VerbUse use = SpeechVerbs.IsNotTheSentenceVerb(t, j) ? VerbUse.None : SpeechVerbs.Use(token.Text);
            bool governs = use switch
            {
                VerbUse.Speech => true,
                VerbUse.Naming => q - j <= AttributionWindow.NamingObjectTokens && NoQuoteBetween(t, j + 1, q),
                VerbUse.Characterizing => IsPrepositionBefore(t, q, SpeechVerbs.CharacterizingPreposition(token.Text)),
                _ => false,
            };

            if (governs)
            {
                Attribution found = s.Of(j, mayInvert: false);
                if (found.Decided || ++tried == AttributionWindow.VerbsPerQuote)
                {
                    return found;
                }
            }
        }

        return Attribution.NotFound;
    }

    /// <summary>
    /// Convention (wire style, the attribution closes the sentence it reports): <c>A cashier who "steals a handful
    /// of $20s" is held accountable, Warren said.</c>, <c>"There's a sense of stability now," and donations picked
    /// up, Gilbert said.</c> The quote's sentence ends with a comma, the speaker and the verb ("…, Warren said.",
    /// "…, said Warren.", "…, she told reporters."): the whole sentence, quoted words included, is that speaker's.
    /// The attribution has at most <see cref="AttributionWindow.ClosingAttributionTokens"/> tokens, no quotation of
    /// its own, and is read at most <see cref="AttributionWindow.SentenceTokens"/> tokens on.
    /// </summary>
    private Attribution AtSentenceEnd(QuoteDraft quote)
    {
        Subjects s = _paragraphs[quote.Span.EndParagraph];
        IReadOnlyList<Token> t = s.Tokens;
        if (t[quote.LastToken].EndsSentence)
        {
            return Attribution.NotFound;
        }

        int limit = Math.Min(t.Count, quote.LastToken + 1 + AttributionWindow.SentenceTokens);
        int end = quote.LastToken + 1;
        int lastComma = -1;
        _registry.Meter.Add(limit - end + 1);
        while (end < limit && !Subjects.EndsSentence(t[end]) && t[end].Kind is not (TokenKind.Colon or TokenKind.Semicolon))
        {
            lastComma = t[end].Kind == TokenKind.Comma ? end : lastComma;
            end++;
        }

        if (end >= limit || t[end].Kind != TokenKind.End || lastComma < 0 || end - lastComma > AttributionWindow.ClosingAttributionTokens)
        {
            return Attribution.NotFound;
        }

        int k = lastComma + 1;
        for (int j = k; j < end; j++)
        {
            if (t[j].Kind == TokenKind.Quote)
            {
                return Attribution.NotFound;
            }
        }

        // ", said Warren." / ", Warren said." / ", she told reporters.": the verb opens the piece or follows its subject.
        if (SpeechVerbs.Use(t[k].Text) == VerbUse.Speech && SpeechVerbs.IsInvertible(t[k].Text))
        {
            Attribution inverted = s.RightOf(k + 1);
            return inverted.Person is not null ? inverted : Attribution.NotFound;
        }

        int verb = NameLexicon.PronounGender(t[k].Text) is not null ? k + 1 : NamePhrases.RunEnd(t, k, _registry.Meter) + 1;
        while (verb > k && verb < end && t[verb].IsWord && SpeechVerbs.Use(t[verb].Text) == VerbUse.None && !t[verb].IsCapitalized && verb - k <= AttributionWindow.JobWords)
        {
            verb++;
        }

        if (verb <= k || verb >= end || SpeechVerbs.Use(t[verb].Text) != VerbUse.Speech || SpeechVerbs.IsParticiple(t[verb].Text))
        {
            return Attribution.NotFound;
        }

        Attribution found = s.LeftOf(verb);
        return found.Person is not null ? found : Attribution.NotFound;
    }

    /// <summary>Convention: <c>"Q1?" Trump told the Times. "Q2."</c> — a quoted sentence after an attributed one in the same paragraph continues it.</summary>
    private Attribution SameParagraph(int index)
    {
        QuoteDraft quote = _quotes[index];
        if (quote.Kind != QuoteKind.Statement || !StartsSentence(quote))
        {
            return Attribution.NotFound;
        }

        QuoteDraft? previous = PreviousAttributable(index, quote.Span.Paragraph);
        if (previous?.Speaker is not { } speaker || previous.Span.EndParagraph != quote.Span.Paragraph)
        {
            return Attribution.NotFound;
        }

        return NamesOnlyBetween(quote.Span.Paragraph, previous.LastToken + 1, quote.FirstToken, speaker) ? Attribution.To(speaker) : Attribution.NotFound;
    }

    /// <summary>Convention: a paragraph that is nothing but a quotation continues the speaker who ended the paragraph before.</summary>
    private Attribution QuoteOnlyParagraph(int index)
    {
        QuoteDraft quote = _quotes[index];
        int p = quote.Span.Paragraph;
        if (p == 0 || quote.FirstToken != 0 || quote.Kind != QuoteKind.Statement)
        {
            return Attribution.NotFound;
        }

        _registry.Meter.Add(_paragraphs[p].Tokens.Count);
        foreach (Token token in _paragraphs[p].Tokens)
        {
            if (token.IsWord)
            {
                return Attribution.NotFound;
            }
        }

        QuoteDraft? previous = PreviousAttributable(index, p - 1);
        if (previous is null)
        {
            return IndirectSpeechBefore(p - 1);
        }

        if (previous.Speaker is not { } speaker || previous.Span.EndParagraph != p - 1 || TwoVoices(index, p - 1, speaker))
        {
            return Attribution.NotFound;
        }

        return NamesOnlyBetween(p - 1, previous.LastToken + 1, _paragraphs[p - 1].Tokens.Count, speaker) ? Attribution.To(speaker) : Attribution.NotFound;
    }

    /// <summary>
    /// Convention 6 (the words go on after the attribution, here across a paragraph): a paragraph that quotes
    /// nobody but ends with one person's reported speech ("Kerry said that 100,000 would be accepted.") hands the
    /// quote-only paragraph after it to that person, when the words after the verb name nobody else. The last
    /// sentence is read back at most <see cref="AttributionWindow.SentenceTokens"/> tokens.
    /// </summary>
    private Attribution IndirectSpeechBefore(int paragraph)
    {
        Subjects s = _paragraphs[paragraph];
        IReadOnlyList<Token> t = s.Tokens;
        int last = t.Count - 1;
        if (last < 1 || t[last].Kind != TokenKind.End)
        {
            return Attribution.NotFound;
        }

        int start = last;
        while (start > 0 && last - start < AttributionWindow.SentenceTokens && t[start - 1].Kind != TokenKind.End)
        {
            start--;
        }

        _registry.Meter.Add(last - start + 1);
        for (int j = start; j < last; j++)
        {
            if (t[j].Kind == TokenKind.Quote)
            {
                return Attribution.NotFound;
            }
        }

        for (int j = start; j < last; j++)
        {
            if (!t[j].IsWord || SpeechVerbs.Use(t[j].Text) != VerbUse.Speech || SpeechVerbs.IsNotTheSentenceVerb(t, j) || SpeechVerbs.IsParticiple(t[j].Text))
            {
                continue;
            }

            Attribution found = s.Of(j, mayInvert: false);
            return found.Person is { Kind: SpeakerKind.Person } person && NamesOnlyBetween(paragraph, j + 1, last, person) ? found : Attribution.NotFound;
        }

        return Attribution.NotFound;
    }

    /// <summary>
    /// A paragraph that quotes two people ("X called it "an insult." Y said it was "fair and final."") leaves
    /// a following quote-only paragraph to either: the hand-off is clear only after a paragraph with one voice.
    /// </summary>
    private bool TwoVoices(int index, int paragraph, Person speaker)
    {
        for (int i = index - 1; i >= 0 && _quotes[i].Span.EndParagraph >= paragraph; i--)
        {
            _registry.Meter.Add(1);
            QuoteDraft q = _quotes[i];
            if (q.Span.Paragraph <= paragraph && q.IsAttributable && q.Speaker is { } other && !ReferenceEquals(other, speaker))
            {
                return true;
            }
        }

        return false;
    }

    private QuoteDraft? PreviousAttributable(int index, int paragraph)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            _registry.Meter.Add(1);
            QuoteDraft q = _quotes[i];
            if (q.Span.EndParagraph < paragraph)
            {
                break;
            }

            if (q.IsAttributable && q.Span.EndParagraph == paragraph)
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the writer's words between two quotes name no person but <paramref name="speaker"/> and use
    /// no pronoun for someone else: then nothing hands the word to another speaker.
    /// </summary>
    private bool NamesOnlyBetween(int paragraph, int from, int to, Person speaker)
    {
        IReadOnlyList<Token> t = _paragraphs[paragraph].Tokens;
        _registry.Meter.Add(Math.Max(0, Math.Min(to, t.Count) - from));
        for (int i = from; i < to && i < t.Count; i++)
        {
            if (NameLexicon.PronounGender(t[i].Text) is Gender gender && speaker.Gender != gender)
            {
                return false;
            }

            if (!NamePhrases.IsNameWord(t[i]))
            {
                continue;
            }

            int end = NamePhrases.RunEnd(t, i, _registry.Meter);
            NamePhrase? phrase = _paragraphs[paragraph].Phrase(i, end);
            if (phrase is not null && !phrase.AfterThe)
            {
                Person? other = phrase.NameTokens >= 2 ? _registry.Resolve(phrase, paragraph, i) : _registry.FindBySurname(phrase.Name, paragraph, i, phrase.Gender);
                if (other is not null && other.IsPerson && !ReferenceEquals(other, speaker))
                {
                    return false;
                }
            }

            i = end;
        }

        return true;
    }

    private bool StartsSentence(QuoteDraft quote)
    {
        int k = quote.FirstToken - 1;
        if (k < 0)
        {
            return true;
        }

        Token before = _paragraphs[quote.Span.Paragraph].Tokens[k];
        return before.Kind == TokenKind.End || (before.Kind == TokenKind.Quote && before.EndsSentence);
    }

    private static bool QuoteLaterInSentence(IReadOnlyList<Token> t, int from, WorkMeter meter)
    {
        int limit = Math.Min(t.Count, from + 1 + AttributionWindow.SentenceTokens);
        meter.Add(limit - from);
        for (int i = from + 1; i < limit && t[i].Kind != TokenKind.End; i++)
        {
            if (t[i].Kind == TokenKind.Quote)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAccordingTo(IReadOnlyList<Token> t, int k) =>
        string.Equals(t[k].Text, "according", StringComparison.OrdinalIgnoreCase) && k + 1 < t.Count && t[k + 1].Text == "to";

    /// <summary>
    /// Convention 4 (naming verbs): what the verb names may be a long object, "Comey called Clinton's use of private
    /// email servers "extremely careless,"", "Trump called Clinton, his challenger, an ISIS "co-founder."", but no
    /// other quotation stands between the verb and the quote.
    /// </summary>
    private static bool NoQuoteBetween(IReadOnlyList<Token> t, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (t[i].Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPrepositionBefore(IReadOnlyList<Token> t, int q, string preposition) =>
        (q >= 1 && t[q - 1].Text == preposition) || (q >= 2 && t[q - 2].Text == preposition && t[q - 1].Text is "a" or "an" or "the");
}
