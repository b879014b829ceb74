using System.Text;

namespace NewsGen.Generation.Layout;

/// <summary>Turns member names into the words the comments of generated tables use.</summary>
internal static class Words
{
    /// <summary><c>CreditParagraphIndex</c> becomes "credit paragraph index".</summary>
    public static string Of(string pascalName)
    {
        var words = new StringBuilder();
        foreach (char c in pascalName)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
