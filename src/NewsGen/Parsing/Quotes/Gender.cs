namespace NewsGen.Parsing.Quotes;

/// <summary>The grammatical gender a pronoun or a name carries, as far as the text shows it.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
}
