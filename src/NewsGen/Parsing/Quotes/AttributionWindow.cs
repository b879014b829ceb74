namespace NewsGen.Parsing.Quotes;

/// <summary>
/// How far the attribution rules read along a sentence, at most (issue 18). The rules that look for a quote's
/// speech verb or a participle's subject read back to the sentence's start, and the check for a later quote reads
/// on to its end; in a paragraph that never ends a sentence, each would read the whole paragraph, and the article
/// would cost the square of its length. Real sentences are far shorter than the window (the longest in the real
/// corpora is measured in docs/performance.md, "Worst-case input"), so on real text the window never cuts.
/// The other windows are the reach of one convention each (issue 15, docs/quotes.md): how far apart the words of
/// one attribution may stand, named here so that each rule's reach is read and tuned in one place.
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

    /// <summary>Tokens of one comma-separated appositive piece read back between a name and its verb, at most.</summary>
    public const int AppositivePieceTokens = 14;

    /// <summary>
    /// Tokens from a clause-opening name to its verb's comma, at most (convention 7, read from the clause's start:
    /// "Alex Castellanos, a veteran media consultant who earlier in the season had tried … campaign, said").
    /// </summary>
    public const int ClauseSubjectTokens = 40;

    /// <summary>Lower-case words of a job that may lead a name ("Texas delegate Bill Eastland", "defense attorney Mark Levin"), at most.</summary>
    public const int JobWords = 4;

    /// <summary>Tokens after a quote read for its subject and verb (""…," Texas delegate Bill Eastland, wearing …, said"), at most.</summary>
    public const int FollowedVerbTokens = 24;

    /// <summary>
    /// Tokens after a quote within which a subject that is not a name ("the former secretary of state") must reach
    /// its verb: past that, the words are the writer's own sentence, not an attribution.
    /// </summary>
    public const int UnnamedSubjectTokens = 5;

    /// <summary>Tokens of a closing attribution ("…, Warren said on Tuesday in an interview with the Times."), comma to sentence end, at most.</summary>
    public const int ClosingAttributionTokens = 12;

    /// <summary>Tokens of a job with a place or patron in it before the name ("former South Carolina Gov. Jim Hodges"), at most.</summary>
    public const int DatedJobTokens = 8;

    /// <summary>Words of a speech verb's object between it and the comma or colon that introduces a quote ("told ABC News:"), at most.</summary>
    public const int IntroducingObjectTokens = 3;

    /// <summary>Tokens from a naming verb to the quote it names with ("called the assault that killed five officers "an attack""), at most.</summary>
    public const int NamingObjectTokens = 12;
}
