namespace NewsGen.Parsing.Quotes;

/// <summary>What one quotation-mark character is doing at its place in the text.</summary>
internal enum MarkRole
{
    /// <summary>Not a quotation mark here: an apostrophe, or a lone mark between spaces.</summary>
    None,
    Open,
    Close,
}
