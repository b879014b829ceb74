using System.Collections.Generic;
using System.Threading;
using NewsGen.Model;

namespace NewsGen.Parsing.Quotes;

/// <summary>
/// Finds the quotations of an article's paragraphs and who said them. Rule-based and deterministic: marks are
/// paired (<see cref="QuoteScanner"/>), each quotation gets a kind (<see cref="QuoteKinds"/>), names are read and
/// canonicalised (<see cref="NamePhrases"/>, <see cref="PersonRegistry"/>) and speakers attributed
/// (<see cref="QuoteAttributor"/>). Roughly linear in the text length; never throws for any text.
/// </summary>
public static class QuoteExtractor
{
    /// <summary>Analyses the paragraphs' texts (as <see cref="ArticleParagraph.Text"/> holds them, in order).</summary>
    public static QuoteAnalysis Analyze(IReadOnlyList<string> paragraphs, CancellationToken cancellationToken = default)
    {
        (List<QuoteSpan> spans, List<QuoteProblem> problems) = QuoteScanner.Scan(paragraphs);
        cancellationToken.ThrowIfCancellationRequested();
        spans.Sort(static (a, b) => a.Paragraph != b.Paragraph ? a.Paragraph.CompareTo(b.Paragraph) : a.MarkOffset.CompareTo(b.MarkOffset));
        problems.Sort(static (a, b) => a.Paragraph != b.Paragraph ? a.Paragraph.CompareTo(b.Paragraph) : a.Offset.CompareTo(b.Offset));

        List<QuoteDraft> drafts = Drafts(spans);
        List<Token>[] tokens = Tokenize(paragraphs, drafts);
        Classify(paragraphs, tokens, drafts);

        var registry = new PersonRegistry(cancellationToken);
        var subjects = new Subjects[paragraphs.Count];
        HashSet<string> capitals = CapitalizedMidSentence(tokens);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            subjects[p] = new Subjects(paragraphs[p], tokens[p], p, registry, capitals);
            RegisterNames(paragraphs[p], tokens[p], p, registry);
        }

        cancellationToken.ThrowIfCancellationRequested();
        new QuoteAttributor(subjects, drafts, registry).Run();
        return Build(paragraphs, drafts, problems);
    }

    /// <summary>
    /// How deep quotations are kept: a quote in a quote in a quote in a quote. Real copy nests two levels at most;
    /// deeper marks still pair (so the marks around them pair right) but are not quotations of their own, which
    /// keeps the quotations' texts, each holding its nested ones, within a few times the article's length.
    /// </summary>
    internal const int MaxNestingDepth = 4;

    private static List<QuoteDraft> Drafts(List<QuoteSpan> spans)
    {
        var closed = new HashSet<QuoteSpan>(spans);
        var parentOf = new Dictionary<QuoteSpan, QuoteSpan?>();
        var depthOf = new Dictionary<QuoteSpan, int>();
        var index = new Dictionary<QuoteSpan, int>();
        var drafts = new List<QuoteDraft>(spans.Count);
        var path = new List<QuoteSpan>();
        foreach (QuoteSpan span in spans)
        {
            // The nearest enclosing quotation that was closed; one left open was dropped, so skip it. Each span's
            // answer is remembered for the spans nested in it, so the walk stays linear however deep the marks go.
            QuoteSpan? enclosing = span.Enclosing;
            path.Clear();
            while (enclosing is not null && !closed.Contains(enclosing) && !parentOf.ContainsKey(enclosing))
            {
                QuoteScanner.CountStep();
                path.Add(enclosing);
                enclosing = enclosing.Enclosing;
            }

            if (enclosing is not null && !closed.Contains(enclosing))
            {
                enclosing = parentOf[enclosing];
            }

            foreach (QuoteSpan dropped in path)
            {
                parentOf[dropped] = enclosing;
            }

            int depth = enclosing is null ? 0 : depthOf[enclosing] + 1;
            depthOf[span] = depth;
            if (depth > MaxNestingDepth)
            {
                continue;
            }

            index[span] = drafts.Count;
            drafts.Add(new QuoteDraft(span, enclosing is null ? -1 : index[enclosing]));
        }

        return drafts;
    }

    private static List<Token>[] Tokenize(IReadOnlyList<string> paragraphs, List<QuoteDraft> drafts)
    {
        var regions = new List<ProseTokens.Region>[paragraphs.Count];
        for (int p = 0; p < paragraphs.Count; p++)
        {
            regions[p] = new List<ProseTokens.Region>();
        }

        for (int q = 0; q < drafts.Count; q++)
        {
            QuoteSpan span = drafts[q].Span;
            if (drafts[q].Parent >= 0)
            {
                continue;
            }

            bool endsSentence = EndsWithSentencePunctuation(paragraphs[span.EndParagraph], span.EndOffset);
            for (int p = span.Paragraph; p <= span.EndParagraph; p++)
            {
                int from = p == span.Paragraph ? span.MarkOffset : 0;
                int to = p == span.EndParagraph ? span.EndOffset + span.CloseWidth - 1 : paragraphs[p].Length - 1;
                regions[p].Add(new ProseTokens.Region(from, to, q, endsSentence));
            }
        }

        var tokens = new List<Token>[paragraphs.Count];
        for (int p = 0; p < paragraphs.Count; p++)
        {
            tokens[p] = ProseTokens.Tokenize(paragraphs[p], regions[p]);
            for (int k = 0; k < tokens[p].Count; k++)
            {
                int q = tokens[p][k].Quote;
                if (q < 0)
                {
                    continue;
                }

                if (drafts[q].Span.Paragraph == p)
                {
                    drafts[q].FirstToken = k;
                }

                if (drafts[q].Span.EndParagraph == p)
                {
                    drafts[q].LastToken = k;
                }
            }
        }

        return tokens;
    }

    private static void Classify(IReadOnlyList<string> paragraphs, List<Token>[] tokens, List<QuoteDraft> drafts)
    {
        foreach (QuoteDraft draft in drafts)
        {
            if (draft.Parent >= 0)
            {
                draft.Kind = QuoteKind.Nested;
                continue;
            }

            QuoteSpan span = draft.Span;
            List<Token> t = tokens[span.Paragraph];
            int k = draft.FirstToken;
            string first = span.EndParagraph == span.Paragraph
                ? paragraphs[span.Paragraph].Substring(span.TextOffset, span.EndOffset - span.TextOffset)
                : paragraphs[span.Paragraph].Substring(span.TextOffset);
            draft.Kind = QuoteKinds.Classify(first, k >= 1 ? t[k - 1] : null, k >= 2 ? t[k - 2] : null, tokens[span.EndParagraph], draft.LastToken + 1);
        }
    }

    /// <summary>Registers every name the writer's text mentions, in order, for surnames and pronouns to resolve to.</summary>
    /// <summary>
    /// Convention 10 (pronouns, precision): a mention that opens its sentence or clause and is followed by a word of
    /// its own clause ("Sanders unloaded on the Post", "On Thursday, Sanders said", "Palmer accepted") stands where
    /// a subject stands; "under Presidents Reagan and George W. Bush." or "called Ryan weak" do not. A later "he
    /// said" takes a subject, rarely an object: only such a mention, or someone already quoted, is an antecedent.
    /// </summary>
    private static bool IsSubjectPosition(List<Token> tokens, int start, int end)
    {
        bool opens = start == 0 || tokens[start - 1].Kind is TokenKind.End or TokenKind.Comma or TokenKind.Colon or TokenKind.Semicolon or TokenKind.Quote or TokenKind.Dash
            || (tokens[start - 1].IsWord && SpeechVerbs.Use(tokens[start - 1].Text) is VerbUse.Speech or VerbUse.AdjacentSpeech);
        if (!opens || end + 1 >= tokens.Count)
        {
            return opens && end + 1 >= tokens.Count;
        }

        Token next = tokens[end + 1];
        return next.Kind is TokenKind.Comma or TokenKind.End or TokenKind.Other || (next.IsWord && !next.IsCapitalized && next.Text is not ("and" or "or"));
    }

    private static void RegisterNames(string text, List<Token> tokens, int paragraph, PersonRegistry registry)
    {
        for (int k = 0; k < tokens.Count; k++)
        {
            if (!NamePhrases.IsNameWord(tokens[k]))
            {
                continue;
            }

            int end = NamePhrases.RunEnd(tokens, k, registry.Meter);
            NamePhrase? phrase = NamePhrases.Read(text, tokens, k, end, registry.Meter);
            if (phrase is not null && !(phrase.AfterThe && !phrase.HasPersonEvidence))
            {
                // Convention 1: "Mr. Okafor", "President Okafor", "the Rev. Whitcombe" register a person even when no
                // full name introduced them, so that a later "he said" finds them.
                // Convention 10: "Puckett, 19, a nursing major," — an age after a lone name is a person's, so the name
                // is someone (of unknown gender) a later pronoun must get past.
                bool aged = HasAgeAfter(tokens, end);
                Person? person = phrase.NameTokens >= 2 || (phrase.HasPersonEvidence && phrase.IsTitled) || aged
                    ? registry.Resolve(phrase, paragraph, k)
                    : registry.FindBySurname(phrase.Name, paragraph, k, phrase.Gender);
                if (person is not null && aged)
                {
                    person.IsPerson = true;
                }

                if (person is not null && !tokens[end].IsPossessive)
                {
                    registry.Mention(person, paragraph, end, IsSubjectPosition(tokens, k, end));
                }
            }

            k = end;
        }
    }

    /// <summary>", 19," after the name ending at <paramref name="end"/>: the age appositive news copy gives a person.</summary>
    private static bool HasAgeAfter(List<Token> tokens, int end) =>
        end + 3 < tokens.Count && tokens[end + 1].Kind == TokenKind.Comma && tokens[end + 3].Kind == TokenKind.Comma
        && tokens[end + 2].Text.Length is > 0 and <= MaxAgeDigits && IsAllDigits(tokens[end + 2].Text);

    // An age has at most three digits.
    private const int MaxAgeDigits = 3;

    private static bool IsAllDigits(string word)
    {
        foreach (char c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words the article capitalises where a sentence does not start: names, not words capitalised by position.</summary>
    private static HashSet<string> CapitalizedMidSentence(List<Token>[] tokens)
    {
        var words = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (List<Token> paragraph in tokens)
        {
            for (int k = 1; k < paragraph.Count; k++)
            {
                Token before = paragraph[k - 1];
                if (paragraph[k].IsCapitalized && before.Kind != TokenKind.End && !(before.Kind == TokenKind.Quote && before.EndsSentence))
                {
                    words.Add(paragraph[k].Text);
                }
            }
        }

        return words;
    }

    private static QuoteAnalysis Build(IReadOnlyList<string> paragraphs, List<QuoteDraft> drafts, List<QuoteProblem> problems)
    {
        var quotes = new ArticleQuote[drafts.Count];
        var speakers = new List<ArticleSpeaker>();
        var seen = new HashSet<Person>();
        for (int q = 0; q < drafts.Count; q++)
        {
            QuoteDraft d = drafts[q];
            QuoteSpan span = d.Span;
            string text = Text(paragraphs, span);
            Person? speaker = d.Speaker;
            quotes[q] = new ArticleQuote(text, span.Paragraph, span.TextOffset, text.Length, span.EndParagraph, d.Kind, speaker?.Name, speaker?.Role, d.Parent);
            if (speaker is not null && seen.Add(speaker))
            {
                speakers.Add(new ArticleSpeaker(speaker.Name, speaker.Role, speaker.Kind));
            }
        }

        return new QuoteAnalysis(
            new EquatableArray<ArticleQuote>(quotes),
            new EquatableArray<ArticleSpeaker>(speakers.ToArray()),
            new EquatableArray<QuoteProblem>(problems.ToArray()));
    }

    /// <summary>The text between the marks; across paragraphs, the parts joined as <see cref="ParsedArticle.Text"/> joins them.</summary>
    private static string Text(IReadOnlyList<string> paragraphs, QuoteSpan span)
    {
        int start = span.TextOffset;
        if (span.EndParagraph == span.Paragraph)
        {
            return paragraphs[span.Paragraph].Substring(start, span.EndOffset - start);
        }

        var parts = new List<string> { paragraphs[span.Paragraph].Substring(start) };
        for (int p = span.Paragraph + 1; p < span.EndParagraph; p++)
        {
            parts.Add(paragraphs[p]);
        }

        parts.Add(paragraphs[span.EndParagraph].Substring(0, span.EndOffset));
        return string.Join(ParsedArticle.ParagraphSeparator, parts);
    }

    /// <summary>True when the quoted words end with . ? or ! (closing marks of nested quotes aside).</summary>
    private static bool EndsWithSentencePunctuation(string text, int closingMark)
    {
        int i = closingMark - 1;
        while (i >= 0 && QuoteMarks.IsMark(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] is '.' or '?' or '!' or '\u2026';
    }
}
