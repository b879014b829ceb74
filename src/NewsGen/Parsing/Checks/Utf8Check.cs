using System.Globalization;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// NEWS002: text that is not valid UTF-8. Two signs, depending on how the file was decoded: in decoded text,
/// the replacement character U+FFFD (what a UTF-8 decoder puts in place of bytes it cannot read) or a lone
/// surrogate; in the file's bytes, the first byte that breaks UTF-8's encoding rules. Only the first place is
/// reported: after one bad byte, the rest of the file is suspect anyway.
/// </summary>
public static class Utf8Check
{
    /// <summary>The first U+FFFD or lone surrogate in <paramref name="text"/>, or null when there is none.</summary>
    public static ArticleProblem? FindInDecodedText(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\uFFFD')
            {
                return ArticleProblem.At(DiagnosticIds.InvalidUtf8, i, 1, "U+FFFD, the character a decoder puts in place of bytes that are not UTF-8");
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return ArticleProblem.At(DiagnosticIds.InvalidUtf8, i, 1, "a lone surrogate U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ", which UTF-8 cannot hold");
            }
        }

        return null;
    }

    /// <summary>
    /// The problem for a file whose <paramref name="bytes"/> are not UTF-8, at the index of the first bad byte
    /// (which is its character index when the text was decoded one byte per character), or null when they are.
    /// </summary>
    public static ArticleProblem? FindInBytes(byte[] bytes)
    {
        int bad = FirstInvalidByte(bytes);
        return bad < 0
            ? null
            : ArticleProblem.At(DiagnosticIds.InvalidUtf8, bad, 1, "byte 0x" + bytes[bad].ToString("X2", CultureInfo.InvariantCulture) + ", which is not valid UTF-8 here");
    }

    /// <summary>
    /// The index of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no overlong forms,
    /// no surrogates, nothing above U+10FFFF), or -1 when all are.
    /// </summary>
    public static int FirstInvalidByte(byte[] bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int length;
            byte low = 0x80;
            byte high = 0xBF;
            if (b is >= 0xC2 and <= 0xDF)
            {
                length = 2;
            }
            else if (b is >= 0xE0 and <= 0xEF)
            {
                length = 3;
                low = b == 0xE0 ? (byte)0xA0 : low;    // no overlong forms
                high = b == 0xED ? (byte)0x9F : high;  // no surrogates
            }
            else if (b is >= 0xF0 and <= 0xF4)
            {
                length = 4;
                low = b == 0xF0 ? (byte)0x90 : low;    // no overlong forms
                high = b == 0xF4 ? (byte)0x8F : high;  // nothing above U+10FFFF
            }
            else
            {
                return i;
            }

            for (int k = 1; k < length; k++)
            {
                if (i + k >= bytes.Length)
                {
                    return i;
                }

                byte next = bytes[i + k];
                bool inRange = k == 1 ? next >= low && next <= high : next is >= 0x80 and <= 0xBF;
                if (!inRange)
                {
                    return i;
                }
            }

            i += length;
        }

        return -1;
    }
}
