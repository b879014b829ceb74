using System.Globalization;
using System.Text;

namespace NewsGen.Generation.Emit;

/// <summary>
/// Writes article text as C# literals that hold exactly that text and cannot be broken out of. Escaped:
/// quotes and backslashes; control characters; U+0085, U+2028 and U+2029 (line breaks to the C# compiler);
/// format characters, which include the bidirectional controls of "Trojan Source" and the byte order mark;
/// lone surrogates; and the non-characters U+FFFE and U+FFFF. Everything else stays readable as it is.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>A regular string literal, quotes included.</summary>
    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        AppendEscaped(builder, text);
        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>True when <paramref name="text"/> is well-formed UTF-16, so a <c>u8</c> literal can hold it.</summary>
    public static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A UTF-8 span expression: a <c>u8</c> literal for well-formed text, otherwise a byte array of the text's
    /// UTF-8 encoding (lone surrogates become U+FFFD, the only thing UTF-8 can hold in their place). Both
    /// compile to static data: reading the span allocates nothing.
    /// </summary>
    public static string Utf8(string text)
    {
        if (IsWellFormed(text))
        {
            return String(text) + "u8";
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var builder = new StringBuilder((bytes.Length * 6) + 20);
        builder.Append("new byte[] { ");
        for (int i = 0; i < bytes.Length; i++)
        {
            builder.Append(i == 0 ? "0x" : ", 0x").Append(bytes[i].ToString("X2", CultureInfo.InvariantCulture));
        }

        builder.Append(" }");
        return builder.ToString();
    }

    /// <summary>True when <paramref name="c"/> must be written as an escape rather than as itself.</summary>
    public static bool NeedsEscape(char c) => c switch
    {
        '\u0085' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' => true,
        _ => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format,
    };

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append("\\\\"); continue;
                case '\0': builder.Append("\\0"); continue;
                case '\t': builder.Append("\\t"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || NeedsEscape(c))
            {
                AppendUnicodeEscape(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    internal static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
