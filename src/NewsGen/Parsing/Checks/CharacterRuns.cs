using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsGen.Parsing.Checks;

/// <summary>Finds runs of adjacent characters of one kind, so a block of ten NULs is one problem, not ten.</summary>
internal static class CharacterRuns
{
    private const int MaxNamed = 8;

    /// <summary>One problem per run of characters matching <paramref name="isMatch"/>; the message names their code points.</summary>
    public static IEnumerable<ArticleProblem> Find(string text, string id, Func<char, bool> isMatch)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!isMatch(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && isMatch(text[i]))
            {
                i++;
            }

            yield return ArticleProblem.At(id, start, i - start, Describe(text, start, i - start));
        }
    }

    // "U+0000 U+0007", or "U+0000 U+0000 ... (12 characters)" for a long run.
    private static string Describe(string text, int start, int length)
    {
        var builder = new StringBuilder();
        for (int k = 0; k < Math.Min(length, MaxNamed); k++)
        {
            builder.Append(k == 0 ? "U+" : " U+").Append(((int)text[start + k]).ToString("X4", CultureInfo.InvariantCulture));
        }

        if (length > MaxNamed)
        {
            builder.Append(" ... (").Append(length.ToString(CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return builder.ToString();
    }
}
