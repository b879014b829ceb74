using System.Text;

namespace NewsGen.Generation.Emit;

/// <summary>
/// Writes article text into XML doc comments as a preview. Markup characters are escaped; characters XML or a
/// <c>///</c> line cannot hold (controls, line breaks such as U+2028, lone surrogates) and invisible format
/// characters (bidirectional controls) are shown as visible <c>\uXXXX</c> text. The preview is cut at a length
/// an IntelliSense tooltip can show, with an ellipsis.
/// </summary>
internal static class XmlDoc
{
    public const int PreviewLength = 600;

    /// <summary>
    /// The preview of a paragraph or quote constant: enough to tell one from the next in a completion list. The
    /// whole value is one hover away (the IDE shows a constant's value), and a longer preview copies the article's
    /// text into the source a second time, which the compiler holds in memory (about 110 MiB of 436 MiB at 1,000
    /// articles, docs/performance.md).
    /// </summary>
    public const int ConstantPreviewLength = 100;

    public static string Preview(string text, int maxLength = PreviewLength)
    {
        var builder = new StringBuilder(System.Math.Min(text.Length, maxLength) + 16);
        int length = text.Length <= maxLength ? text.Length : WordBoundaryBefore(text, maxLength);
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); continue;
                case '<': builder.Append("&lt;"); continue;
                case '>': builder.Append("&gt;"); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (i + 1 >= length)
                {
                    break;
                }

                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || CSharpLiteral.NeedsEscape(c))
            {
                CSharpLiteral.AppendUnicodeEscape(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        if (length < text.Length)
        {
            builder.Append('\u2026');
        }

        return builder.ToString();
    }

    // A cut preview ends after a whole word ("despite the…", not "despite th…") unless that would drop more than
    // half of what fits, as in a long unbroken run of characters.
    private static int WordBoundaryBefore(string text, int maxLength)
    {
        int space = text.LastIndexOf(' ', maxLength);
        return space > maxLength / 2 ? space : maxLength;
    }
}
