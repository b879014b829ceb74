namespace NewsGen.Parsing.Quotes;

/// <summary>One token of the writer's text (the text outside quotations).</summary>
internal sealed class Token
{
    public Token(TokenKind kind, string text, int start, int quote = -1)
    {
        Kind = kind;
        Text = text;
        Start = start;
        Quote = quote;
    }

    public TokenKind Kind { get; }

    public string Text { get; }

    public int Start { get; }

    public int End => Start + Text.Length;

    /// <summary>For a <see cref="TokenKind.Quote"/> token, the quote's index; otherwise -1.</summary>
    public int Quote { get; }

    /// <summary>For a quote: its words end a sentence (". ! ?" before the closing mark).</summary>
    public bool EndsSentence { get; set; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>Trump's, Sessions', News’.</summary>
    public bool IsPossessive =>
        Kind == TokenKind.Word && (Text.EndsWith("'s", System.StringComparison.Ordinal) || Text.EndsWith("\u2019s", System.StringComparison.Ordinal)
            || Text[Text.Length - 1] is '\'' or '\u2019');

    /// <summary>The word without a possessive ending or abbreviation period.</summary>
    public string Bare
    {
        get
        {
            string t = Text;
            if (t.EndsWith("'s", System.StringComparison.Ordinal) || t.EndsWith("\u2019s", System.StringComparison.Ordinal))
            {
                return t.Substring(0, t.Length - 2);
            }

            return t.TrimEnd('\'', '\u2019', '.');
        }
    }

    public override string ToString() => Text;
}
