namespace NewsGen.Parsing.Quotes;

/// <summary>The two families of quotation marks: double (" “ ”) and single (' ‘ ’).</summary>
internal enum MarkFamily
{
    Double,
    Single,
}
