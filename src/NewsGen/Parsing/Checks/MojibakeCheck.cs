using System.Collections.Generic;
using System.Text;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// NEWS017: text decoded twice ("mojibake"), the most common encoding fault of real archives: UTF-8 bytes read
/// as Windows-1252 or Latin-1 and saved again as UTF-8, so "François" became "FranÃ§ois", "don’t" became
/// "donâ€™t" and "—" became "â€”". Latin-1 turns the bytes 0x80–0x9F into the C1 controls (U+0080–U+009F),
/// so this fault is also where most C1 controls in articles come from; they are reported here, as the one
/// fault they are, and not again as control characters.
/// </summary>
/// <remarks>
/// The test is the fault's own signature: a run of characters each of which is one byte in Windows-1252 (or a
/// C1 control, which is its byte in Latin-1), whose bytes form well-formed multi-byte UTF-8. English copy never
/// writes "Ã©" or "â€™" on purpose. The one look-alike, an accented capital before a curly quote or dash in
/// all-capital text ("JOSÉ’S" is the bytes C9 92, well-formed UTF-8), is excluded: a two-byte sequence must
/// start with Â or Ã (the lead bytes of U+0080–U+00FF, which is what English text holds) unless the word holds
/// another such sequence (Cyrillic or Greek read twice) or its second character is not a Windows-1252 punctuation
/// mark.
/// </remarks>
public static class MojibakeCheck
{
    private const int MaxWordLength = 60;

    private static readonly string[] Times = { string.Empty, "once", "twice", "three times" };

    // Windows-1252's characters for the bytes 0x80–0x9F (U+0000 where the code page leaves the byte undefined;
    // decoders then give the C1 control of the same number, handled with Latin-1's).
    private static readonly char[] Windows1252High =
    {
        '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
    };

    /// <summary>One problem per word holding text decoded twice, spanning the word; the message gives it decoded once.</summary>
    public static IEnumerable<ArticleProblem> Find(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            bool high = false;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                high |= text[i] >= '\u0080';
                i++;
            }

            if (!high)
            {
                continue;
            }

            // The word without the ASCII punctuation around it ("(FranÃ§ois)," is the word FranÃ§ois).
            int end = i;
            while (start < end && IsAsciiPunctuation(text[start]))
            {
                start++;
            }

            while (end > start && IsAsciiPunctuation(text[end - 1]))
            {
                end--;
            }

            // Archives that normalised the text to decomposed form turned "Ã" into "A" and a combining tilde; the
            // word composed again shows the characters the double decoding made.
            string word = text.Substring(start, end - start);
            string composed = HasCombiningMark(word) && !HasLoneSurrogate(word) ? word.Normalize(NormalizationForm.FormC) : word;
            if (Repair(composed) is { } repaired)
            {
                // Text decoded three times ("FranÃƒÂ§ois") needs undoing as often: say how many times.
                int times = 1;
                while (times < 3 && Repair(repaired) is { } again)
                {
                    repaired = again;
                    times++;
                }

                yield return ArticleProblem.At(DiagnosticIds.Mojibake, start, end - start, Shorten(word), Shorten(repaired), Times[times]);
            }
        }
    }

    private static bool IsAsciiPunctuation(char c) => c < '\u0080' && !char.IsLetterOrDigit(c);

    private static string Shorten(string word) => word.Length <= MaxWordLength ? word : word.Substring(0, MaxWordLength) + "\u2026";

    private static bool HasCombiningMark(string word)
    {
        foreach (char c in word)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLoneSurrogate(string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (char.IsHighSurrogate(word[i]) && i + 1 < word.Length && char.IsLowSurrogate(word[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    // The word decoded once, or null when it holds no sequence that passes the test.
    private static string? Repair(string text)
    {
        int start = 0;
        int end = text.Length;
        var builder = new StringBuilder(end - start);
        int sequences = 0;
        bool lookAlikeOnly = true;
        int i = start;
        while (i < end)
        {
            int length = SequenceLength(text, i);
            if (length == 0 || i + length > end)
            {
                builder.Append(text[i]);
                i++;
                continue;
            }

            var bytes = new byte[length];
            for (int k = 0; k < length; k++)
            {
                bytes[k] = (byte)ByteOf(text[i + k]);
            }

            builder.Append(Encoding.UTF8.GetString(bytes));
            sequences++;
            lookAlikeOnly &= length == 2 && bytes[0] > 0xC3 && IsWindows1252Punctuation(text[i + 1]);
            i += length;
        }

        bool genuine = sequences > 1 || (sequences == 1 && !lookAlikeOnly);
        return genuine ? builder.ToString() : null;
    }

    // The number of characters, from i, whose bytes form one well-formed multi-byte UTF-8 sequence; 0 if none.
    private static int SequenceLength(string text, int i)
    {
        int lead = ByteOf(text[i]);
        int length = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (length == 0 || i + length > text.Length)
        {
            return 0;
        }

        int low = lead switch { 0xE0 => 0xA0, 0xF0 => 0x90, _ => 0x80 };
        int high = lead switch { 0xED => 0x9F, 0xF4 => 0x8F, _ => 0xBF };
        for (int k = 1; k < length; k++)
        {
            int b = ByteOf(text[i + k]);
            if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF))
            {
                return 0;
            }
        }

        return length;
    }

    // The byte a Windows-1252 or Latin-1 decoder turned into c, or -1 when c is not such a character.
    private static int ByteOf(char c)
    {
        if (c < '\u0080')
        {
            return -1;
        }

        if (c is >= '\u0080' and <= '\u00FF')
        {
            return c;
        }

        int index = System.Array.IndexOf(Windows1252High, c);
        return index >= 0 && c != '\0' ? 0x80 + index : -1;
    }

    private static bool IsWindows1252Punctuation(char c) => c is >= '\u2013' and <= '\u203A';
}
