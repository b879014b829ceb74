using System;
using System.Collections.Generic;

namespace NewsGen.Parsing.Quotes;

/// <summary>Decides what a top-level quotation is doing in the writer's sentence.</summary>
internal static class QuoteKinds
{
    // Words after which a capitalised quotation names a work or a programme ("appeared on "Meet the Press"").
    private static readonly HashSet<string> TitleCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "titled", "entitled", "headlined", "show", "program", "programme", "book", "film", "movie", "song",
        "album", "series", "podcast", "documentary", "play", "novel", "column", "article", "magazine", "newspaper",
        "episode", "memoir", "opera", "musical", "exhibition", "sitcom", "drama", "report", "poem", "essay", "track",
    };

    // Nouns of works that an appositive after a title names ("Northern Line," the song that …); nouns that also
    // speak ("the report said") are left out.
    private static readonly HashSet<string> AppositiveCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "song", "album", "single", "film", "movie", "novel", "memoir", "play", "musical", "series", "sitcom",
        "documentary", "podcast", "episode", "opera", "poem", "track",
    };

    // Words a title leaves in lower case: "Fox and Friends", "The Art of the Deal".
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "vs.", "as",
    };

    /// <param name="content">The quotation's text.</param>
    /// <param name="before">The writer's token right before the quotation, or null at the start of the paragraph.</param>
    /// <param name="beforeThat">The token before <paramref name="before"/>, or null.</param>
    /// <param name="after">The tokens of the paragraph where the quotation closes.</param>
    /// <param name="next">The index in <paramref name="after"/> of the writer's token right after the quotation.</param>
    public static QuoteKind Classify(string content, Token? before, Token? beforeThat, IReadOnlyList<Token> after, int next)
    {
        if ((HasTitleCue(before, beforeThat) || HasTitleAppositive(after, next)) && IsTitleCase(content, before))
        {
            return QuoteKind.Title;
        }

        return IsStatement(content, before) && !IsWovenBefore(content, after, next) ? QuoteKind.Statement : QuoteKind.Fragment;
    }

    /// <summary>
    /// Convention: a title may be named by the appositive after it rather than a cue before it: <c>closed with
    /// "Northern Line," the song that made them famous</c>, <c>'Wolf Hall', her third novel</c>.
    /// </summary>
    private static bool HasTitleAppositive(IReadOnlyList<Token> after, int next)
    {
        int i = next < after.Count && after[next].Kind == TokenKind.Comma ? next + 1 : next;
        if (i >= after.Count || after[i].Text is not ("the" or "a" or "an" or "his" or "her" or "their" or "its"))
        {
            return false;
        }

        // The work's noun, after at most two describing words: "the song", "her debut album", "the 1994 hit film".
        for (int j = i + 1; j < after.Count && j - i <= 3 && after[j].IsWord; j++)
        {
            if (AppositiveCues.Contains(after[j].Text))
            {
                return j + 1 >= after.Count || SpeechVerbs.Use(after[j + 1].Text) == VerbUse.None;
            }
        }

        return false;
    }

    /// <summary>
    /// Convention: a capitalised quotation that the writer's sentence runs straight on from, with no punctuation
    /// and a lower-case word ('Unsafe' bridge to close), is woven into that sentence: a fragment.
    /// </summary>
    private static bool IsWovenBefore(string content, IReadOnlyList<Token> after, int next)
    {
        string trimmed = content.TrimEnd();
        if (trimmed.Length == 0 || trimmed[trimmed.Length - 1] is ',' or '.' or '?' or '!' or ':' or ';' or '\u2026')
        {
            return false;
        }

        if (next >= after.Count || !after[next].IsWord || after[next].IsCapitalized)
        {
            return false;
        }

        string word = after[next].Text;
        return NameLexicon.PronounGender(word) is null && word is not ("they" or "we" or "i" or "it") && SpeechVerbs.Use(word) == VerbUse.None;
    }

    /// <summary>
    /// Convention: titles of shows, books and films are set in quotation marks in title case, with no
    /// sentence punctuation, after a word that introduces a work ("on", "the book", "titled").
    /// </summary>
    private static bool HasTitleCue(Token? before, Token? beforeThat)
    {
        // "her new film, "The Long Road Home,"": the cue noun may stand before an appositive comma.
        bool cue = before is { IsWord: true } && TitleCues.Contains(before.Text);
        bool calledCue = before is { Text: "called" } && beforeThat is { IsWord: true } && TitleCues.Contains(beforeThat.Text);
        bool appositiveCue = before is { Kind: TokenKind.Comma } && beforeThat is { IsWord: true } && TitleCues.Contains(beforeThat.Text) && beforeThat.Text != "on";
        return cue || calledCue || appositiveCue;
    }

    /// <summary>Title case, no sentence punctuation inside, at most ten words.</summary>
    private static bool IsTitleCase(string content, Token? before)
    {
        // American style puts a following comma or period inside the closing mark: "Breaking the Glass,".
        string title = content.TrimEnd(',', '.');
        string[] words = title.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 10 || title.IndexOfAny(new[] { ',', '.', ';', ':' }) >= 0)
        {
            return false;
        }

        for (int i = 0; i < words.Length; i++)
        {
            char first = words[i][0];
            bool capital = char.IsUpper(first) || char.IsDigit(first);
            if (!capital && (i == 0 || !MinorWords.Contains(words[i])))
            {
                return false;
            }
        }

        // A single capitalised word after "on" is as likely a slogan; only a noun such as "show" makes it a title.
        return words.Length > 1 || before is null || !string.Equals(before.Text, "on", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Convention: a full quoted sentence starts with a capital and stands apart from the writer's words,
    /// after a comma or colon, a finished sentence, or the verb that introduces it. Anything else is a
    /// fragment woven into the writer's sentence ("was "VERY weak" on …").
    /// </summary>
    private static bool IsStatement(string content, Token? before)
    {
        int i = 0;
        while (i < content.Length && (char.IsWhiteSpace(content[i]) || content[i] is '.' or '\u2026' or '[' or '(' or '\'' or '"' or '\u2018' or '\u201C'))
        {
            i++;
        }

        if (i == content.Length || !char.IsUpper(content[i]))
        {
            return false;
        }

        if (before is null)
        {
            return true;
        }

        return before.Kind switch
        {
            TokenKind.Comma or TokenKind.Colon or TokenKind.End or TokenKind.Dash => true,
            TokenKind.Quote => before.EndsSentence,
            TokenKind.Word => SpeechVerbs.Use(before.Text) is VerbUse.Speech or VerbUse.AdjacentSpeech,
            _ => false,
        };
    }
}
