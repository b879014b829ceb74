namespace NewsGen.Parsing;

/// <summary>
/// Counts words the way <c>wc -w</c> does: a word is a maximal run of characters that are not white space.
/// An em dash standing between spaces counts as a word; "can't" and "2016" count as one each.
/// </summary>
public static class WordCounter
{
    /// <summary>The number of white-space-separated words in <paramref name="text"/>.</summary>
    public static int Count(string text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }
}
