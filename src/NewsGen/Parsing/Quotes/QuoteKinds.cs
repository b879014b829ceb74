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

    // Words a title leaves in lower case: "Fox and Friends", "The Art of the Deal".
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "vs.", "as",
    };

    /// <param name="content">The quotation's text.</param>
    /// <param name="before">The writer's token right before the quotation, or null at the start of the paragraph.</param>
    /// <param name="beforeThat">The token before <paramref name="before"/>, or null.</param>
    public static QuoteKind Classify(string content, Token? before, Token? beforeThat)
    {
        if (IsTitle(content, before, beforeThat))
        {
            return QuoteKind.Title;
        }

        return IsStatement(content, before) ? QuoteKind.Statement : QuoteKind.Fragment;
    }

    /// <summary>
    /// Convention: titles of shows, books and films are set in quotation marks in title case, with no
    /// sentence punctuation, after a word that introduces a work ("on", "the book", "titled").
    /// </summary>
    private static bool IsTitle(string content, Token? before, Token? beforeThat)
    {
        // "her new film, "The Long Road Home,"": the cue noun may stand before an appositive comma.
        bool cue = before is { IsWord: true } && TitleCues.Contains(before.Text);
        bool calledCue = before is { Text: "called" } && beforeThat is { IsWord: true } && TitleCues.Contains(beforeThat.Text);
        bool appositiveCue = before is { Kind: TokenKind.Comma } && beforeThat is { IsWord: true } && TitleCues.Contains(beforeThat.Text) && beforeThat.Text != "on";
        if (before is null || !(cue || calledCue || appositiveCue))
        {
            return false;
        }

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
        return words.Length > 1 || !string.Equals(before.Text, "on", StringComparison.OrdinalIgnoreCase);
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
