using System.Globalization;
using System.Text;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// The size limits NewsGen enforces (MSBuild properties <c>NewsGenMaxArticleBytes</c> and
/// <c>NewsGenMaxParagraphLength</c>) and the one size test the generator and the analyzer share, so a file the
/// analyzer calls too large is exactly a file the generator skips.
/// </summary>
/// <param name="MaxArticleBytes">The largest article file accepted, in bytes of UTF-8 (byte order mark not counted).</param>
/// <param name="MaxParagraphLength">The longest paragraph accepted without a warning, in UTF-16 characters.</param>
public sealed record ArticleLimits(long MaxArticleBytes, int MaxParagraphLength)
{
    /// <summary>1 MiB: a long-read feature is about 50 KB, so a megabyte of text is not one article.</summary>
    public const long DefaultMaxArticleBytes = 1024 * 1024;

    /// <summary>3000 characters: news paragraphs run to a few hundred, so ten times that means lost line breaks.</summary>
    public const int DefaultMaxParagraphLength = 3000;

    /// <summary>
    /// True when <paramref name="text"/> takes more than <paramref name="maxArticleBytes"/> bytes as UTF-8. Runs
    /// before parsing and costs one pass over the text at most: a text with more characters than the limit
    /// allows bytes is too large without counting. The generator skips such a file; the analyzer reports it.
    /// </summary>
    public static bool IsTooLarge(string text, long maxArticleBytes) =>
        text.Length - ByteOrderMarkLength(text) > maxArticleBytes || Utf8Length(text) > maxArticleBytes;

    /// <summary>The number of bytes <paramref name="text"/> takes as UTF-8, a leading byte order mark not counted.</summary>
    public static long Utf8Length(string text)
    {
        // A byte order mark takes 3 bytes; lone surrogates count as U+FFFD (3 bytes), as the encoder writes them.
        return Encoding.UTF8.GetByteCount(text) - (3 * ByteOrderMarkLength(text));
    }

    private static int ByteOrderMarkLength(string text) => text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

    /// <summary>
    /// Reads a limit as MSBuild passes it: null or blank means "not set" (the default applies, no error); a
    /// positive whole number in invariant digits is a limit; anything else is invalid and yields false.
    /// </summary>
    public static bool TryParseLimit(string? raw, long fallback, long maximum, out long value)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return true;
        }

        if (long.TryParse(raw!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) && parsed > 0 && parsed <= maximum)
        {
            value = parsed;
            return true;
        }

        return false;
    }
}
