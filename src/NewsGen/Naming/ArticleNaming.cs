using System.Text;

namespace NewsGen.Naming;

/// <summary>
/// Turns an article file name into the name of its generated type. The rule: split the file name (without
/// extension) into words at every character that is not a letter or digit; capitalise the first letter of each
/// word and join them ("breaking-news.txt" becomes <c>BreakingNews</c>); put an underscore after a word that
/// ends in a digit ("2024-01-05 sessions" becomes <c>2024_01_05_Sessions</c>, not <c>20240105Sessions</c>); put <c>Article</c> in
/// front of a name that would start with a digit or be empty. Names are PascalCase, so they are never C#
/// keywords and never all lower-case (CS8981).
/// </summary>
public static class ArticleNaming
{
    /// <summary>The id of the article in <paramref name="path"/>: its file name without extension.</summary>
    public static string IdFromPath(string path)
    {
        string fileName = path.Substring(path.LastIndexOfAny(new[] { '/', '\\' }) + 1);
        int dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName.Substring(0, dot) : fileName;
    }

    /// <summary>The type name for an article id, by the rule above.</summary>
    public static string TypeNameFromId(string id)
    {
        string words = PascalWords(id);
        return words.Length == 0 || !IsIdentifierStart(words[0]) ? "Article" + words : words;
    }

    /// <summary>
    /// The namespace segment for one folder of an id, by the same word rule as type names, except that a
    /// segment that would start with a digit gets an underscore in front (<c>2024/05</c> becomes
    /// <c>_2024._05</c>, which reads as the date it is) and one with no letters or digits becomes <c>Folder</c>.
    /// </summary>
    public static string NamespaceSegment(string folder)
    {
        string words = PascalWords(folder);
        return words.Length == 0 ? "Folder" : !IsIdentifierStart(words[0]) ? "_" + words : words;
    }

    private static string PascalWords(string id)
    {
        var name = new StringBuilder(id.Length + 7);
        bool atWordStart = true;
        bool previousWordEndsInDigit = false;
        foreach (char c in id)
        {
            if (!IsWordChar(c))
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart)
            {
                if (previousWordEndsInDigit)
                {
                    name.Append('_');
                }

                name.Append(char.ToUpperInvariant(c));
                atWordStart = false;
            }
            else
            {
                name.Append(c);
            }

            previousWordEndsInDigit = char.IsDigit(c);
        }

        return name.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !char.IsSurrogate(c);

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';
}
