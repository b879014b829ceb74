using NewsGen.Model;

namespace NewsGen.Parsing.Quotes;

/// <summary>An article's quotations, its speakers and the quotation-mark problems found on the way.</summary>
/// <param name="Quotes">Every quotation in order of its opening mark (so a nested quote follows its parent).</param>
/// <param name="Speakers">Distinct speakers, in order of their first quote.</param>
/// <param name="Problems">Unbalanced and mismatched marks, in text order.</param>
public sealed record QuoteAnalysis(
    EquatableArray<ArticleQuote> Quotes,
    EquatableArray<ArticleSpeaker> Speakers,
    EquatableArray<QuoteProblem> Problems);
