namespace NewsGen.Parsing.Checks;

/// <summary>NEWS001: an article with no text: an empty file, or one of white space (and a byte order mark) only.</summary>
public static class EmptyArticleCheck
{
    /// <summary>The problem, at the start of the file, or null when the article has text.</summary>
    public static ArticleProblem? Find(string text)
    {
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return null;
            }
        }

        return ArticleProblem.At(DiagnosticIds.EmptyArticle, start, 0);
    }
}
