namespace NewsGen.Parsing.Quotes;

/// <summary>How a verb can tie a quotation to the person who said it.</summary>
internal enum VerbUse
{
    /// <summary>Not a verb of saying.</summary>
    None,

    /// <summary>Reports speech anywhere in its sentence: said, told, tweeted, wrote, argued.</summary>
    Speech,

    /// <summary>Reports speech only right next to the quotation: <c>"…," he continued.</c> (elsewhere the word means something else).</summary>
    AdjacentSpeech,

    /// <summary>Names something with the quoted words: <c>X called Sessions "beleaguered"</c>, <c>dubbed it "…"</c>.</summary>
    Naming,

    /// <summary>Characterises something as the quoted words: <c>dismissed the inquiry as a "witch hunt"</c>.</summary>
    Characterizing,
}
