using System.Collections.Generic;

namespace NewsGen.Parsing.Quotes;

/// <summary>
/// Splits a paragraph into the tokens of the writer's text, each top-level quotation becoming one
/// <see cref="TokenKind.Quote"/> token, so attribution rules read "… , Trump said" without the quoted words
/// getting in the way.
/// </summary>
internal static class ProseTokens
{
    /// <summary>A top-level quotation's marks in one paragraph: from <see cref="From"/> to <see cref="To"/> inclusive.</summary>
    internal readonly struct Region
    {
        public Region(int from, int to, int quote, bool endsSentence)
        {
            From = from;
            To = to;
            Quote = quote;
            EndsSentence = endsSentence;
        }

        public int From { get; }

        public int To { get; }

        public int Quote { get; }

        public bool EndsSentence { get; }
    }

    public static List<Token> Tokenize(string text, IReadOnlyList<Region> regions)
    {
        var tokens = new List<Token>();
        int r = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (r < regions.Count && i >= regions[r].From)
            {
                Region region = regions[r];
                int to = region.To < text.Length ? region.To : text.Length - 1;
                tokens.Add(new Token(TokenKind.Quote, text.Substring(region.From, to - region.From + 1), region.From, region.Quote) { EndsSentence = region.EndsSentence });
                i = to + 1;
                r++;
                continue;
            }

            int limit = r < regions.Count ? regions[r].From : text.Length;
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                int end = WordEnd(text, i, limit);
                tokens.Add(new Token(TokenKind.Word, text.Substring(i, end - i), i));
                i = end;
                continue;
            }

            TokenKind kind = c switch
            {
                ',' => TokenKind.Comma,
                ':' => TokenKind.Colon,
                ';' => TokenKind.Semicolon,
                '\u2014' or '\u2013' or '\u2015' => TokenKind.Dash,
                '.' or '!' or '?' => TokenKind.End,
                _ => TokenKind.Other,
            };

            // An ellipsis pauses the sentence; it does not end it.
            if (c == '.' && ((i + 1 < limit && text[i + 1] == '.') || (i > 0 && text[i - 1] == '.')))
            {
                kind = TokenKind.Other;
            }

            if (!char.IsWhiteSpace(c))
            {
                tokens.Add(new Token(kind, c.ToString(), i));
            }

            i++;
        }

        return tokens;
    }

    private static int WordEnd(string text, int start, int limit)
    {
        int i = start + 1;
        while (i < limit)
        {
            char c = text[i];
            bool joins = c is '\'' or '\u2019' or '-' or '.' && i + 1 < limit && char.IsLetterOrDigit(text[i + 1]);
            if (char.IsLetterOrDigit(c) || joins)
            {
                i++;
                continue;
            }

            break;
        }

        string word = text.Substring(start, i - start);
        if (i < limit && text[i] == '.' && (word.Length == 1 || word.IndexOf('.') >= 0 || Sentences.IsAbbreviation(word)))
        {
            // "Sen.", "J.", "U.S.": the period belongs to the word.
            return i + 1;
        }

        // Convention 3: "(D-Ore.)", ", R-Tenn.,", "Portland, Ore., said": the abbreviation keeps its period.
        if (i + 1 < limit && text[i] == '.' && PartyTags.KeepsPeriod(word, text[i + 1]))
        {
            return i + 1;
        }

        if (i < limit && text[i] is '\'' or '\u2019' && (word.EndsWith("s", System.StringComparison.Ordinal) || word.EndsWith("S", System.StringComparison.Ordinal))
            && (i + 1 == limit || !char.IsLetterOrDigit(text[i + 1])))
        {
            // Sessions' recusal: the bare possessive.
            return i + 1;
        }

        return i;
    }
}
