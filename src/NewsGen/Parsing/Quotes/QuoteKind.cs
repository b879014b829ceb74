namespace NewsGen.Parsing.Quotes;

/// <summary>What a quotation is doing in the writer's sentence.</summary>
public enum QuoteKind
{
    /// <summary>One or more full sentences set off from the writer's words: <c>X said, "We will win."</c></summary>
    Statement,

    /// <summary>Words woven into the writer's own sentence: <c>called it a "witch hunt."</c></summary>
    Fragment,

    /// <summary>A quotation inside another quotation (its <see cref="ArticleQuote.Parent"/> is the enclosing one).</summary>
    Nested,

    /// <summary>The name of a show, book, film or the like, set in quotation marks: not speech, never attributed.</summary>
    Title,
}
