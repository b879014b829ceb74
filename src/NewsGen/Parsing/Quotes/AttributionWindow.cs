namespace NewsGen.Parsing.Quotes;

/// <summary>
/// How far the attribution rules read along a sentence, at most (issue 18). The rules that look for a quote's
/// speech verb or a participle's subject read back to the sentence's start, and the check for a later quote reads
/// on to its end; in a paragraph that never ends a sentence, each would read the whole paragraph, and the article
/// would cost the square of its length. Real sentences are far shorter than the window (the longest in the real
/// corpora is measured in docs/performance.md, "Worst-case input"), so on real text the window never cuts.
/// </summary>
internal static class AttributionWindow
{
    /// <summary>Tokens of the writer's text (words, punctuation, whole quotes) read from one position along its sentence.</summary>
    public const int SentenceTokens = 100;

    /// <summary>
    /// Speech verbs a woven-in quote tries before it, nearest first, at most. Each try may read a participle's whole
    /// sentence, so without a cap a sentence of verbs costs the window's square per quote.
    /// </summary>
    public const int VerbsPerQuote = 6;

    /// <summary>
    /// Comma-separated pieces of an appositive read back between a name and its verb, at most (convention 7:
    /// "Reyes, the attorney general of Nevada, one of the states suing the agency, said"), each of at most 14
    /// tokens. Real appositives have two or three pieces; the bound keeps a list of a thousand commas linear.
    /// </summary>
    public const int AppositiveSegments = 4;
}
