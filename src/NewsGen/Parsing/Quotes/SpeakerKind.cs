namespace NewsGen.Parsing.Quotes;

/// <summary>
/// What kind of speaker a quotation has (issue 15, convention 9): copy quotes people, but also organisations and
/// publications ("the Daily Ledger reports:", "the Defence Ministry said") and people it only describes ("a
/// spokesman for the utility said"). The kind keeps "who said what" honest: an organisation is not a person, and a
/// description is not a name.
/// </summary>
public enum SpeakerKind
{
    /// <summary>A person the article names: <see cref="ArticleSpeaker.Name"/> is the full name it introduced.</summary>
    Person,

    /// <summary>An organisation, institution or publication: <see cref="ArticleSpeaker.Name"/> is its name as the article writes it, without "the".</summary>
    Organization,

    /// <summary>Someone the article describes but does not name: <see cref="ArticleSpeaker.Name"/> is the description ("a spokesman for the utility").</summary>
    Description,
}
