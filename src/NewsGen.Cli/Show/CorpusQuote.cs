namespace NewsGen.Cli.Show;

/// <summary>One quote of a corpus speaker: the article it is in and its place among that article's quotes.</summary>
/// <param name="ArticleId">The article's id, as the corpus's <c>TryGet</c> takes it.</param>
/// <param name="QuoteIndex">The quote's 0-based index in the article's quotes (<c>Quote.Index</c> in the generated API).</param>
internal sealed record CorpusQuote(string ArticleId, int QuoteIndex);
