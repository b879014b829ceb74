namespace NewsGen.Parsing.Quotes;

internal enum TokenKind
{
    Word,
    Comma,
    Colon,
    Semicolon,
    Dash,

    /// <summary>A period, question mark or exclamation mark that ends a sentence of the writer's text.</summary>
    End,

    /// <summary>A whole top-level quotation, marks included: the writer's sentence treats it as one unit.</summary>
    Quote,
    Other,
}
