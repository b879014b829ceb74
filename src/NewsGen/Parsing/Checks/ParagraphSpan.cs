namespace NewsGen.Parsing.Checks;

/// <summary>Where a paragraph stands in the file text: from its first character to its last, across wrapped lines.</summary>
internal static class ParagraphSpan
{
    /// <summary>The number of file characters from the paragraph's start to its end (line breaks of wrapped lines included).</summary>
    public static int Length(ArticleParagraph paragraph) => paragraph.FileOffset(paragraph.Text.Length) - paragraph.Place.Start;
}
