using System;
using System.IO;
using System.Text;
using NewsGen.Parsing.Checks;

namespace NewsGen.Cli.Input;

/// <summary>One article file as read from disk: its decoded text, or why there is none.</summary>
/// <param name="Path">The path as given or found.</param>
/// <param name="Text">The decoded text (BOM removed); null when the file was not read (see <see cref="Error"/>) or is larger than the read limit.</param>
/// <param name="Length">The file's size in bytes.</param>
/// <param name="Error">Why a file that exists could not be used (unreadable, binary); null otherwise.</param>
internal sealed record ArticleSource(string Path, string? Text, long Length, string? Error)
{
    /// <summary>True when the file was not read because it is far over the size limit.</summary>
    public bool IsOverReadLimit => Text is null && Error is null;

    /// <summary>
    /// Reads a file the way the C# compiler reads an AdditionalFile: UTF-8 unless a byte order mark says
    /// otherwise; bytes that are not UTF-8 become U+FFFD; and a file that is not UTF-8 and holds two NULs in a
    /// row is binary, which the compiler cannot read (NEWS013). A file more than four times over
    /// <paramref name="maxBytes"/> is not read at all: no decoding brings it under the limit.
    /// </summary>
    public static ArticleSource Read(string path, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new ArticleSource(path, null, 0, "cannot read: the file does not exist (a broken link, or it was deleted)");
            }

            if (info.Length > ReadLimit(maxBytes))
            {
                return new ArticleSource(path, null, info.Length, null);
            }

            byte[] bytes = File.ReadAllBytes(path);
            string text = Decode(bytes);
            if (IsBinary(bytes, text))
            {
                return new ArticleSource(path, null, bytes.Length, "binary file, not text (it is not UTF-8 and holds NUL bytes)");
            }

            return new ArticleSource(path, text, bytes.Length, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return new ArticleSource(path, null, 0, "cannot read: " + e.Message);
        }
    }

    // Each character of decoded text takes at most 4 bytes of the file (UTF-32 at worst) and at least 1 byte of
    // UTF-8, so a file over 4 x the limit (plus a BOM) is too large whatever its encoding.
    private const long MostFileBytesPerCharacter = 4;
    private const long LongestByteOrderMark = 4;

    private static long ReadLimit(long maxBytes) =>
        maxBytes > (long.MaxValue - LongestByteOrderMark) / MostFileBytesPerCharacter ? long.MaxValue : (maxBytes * MostFileBytesPerCharacter) + LongestByteOrderMark;

    /// <summary>
    /// Decodes like the compiler: a byte order mark picks UTF-8 or UTF-16 and is not text; otherwise UTF-8, with
    /// U+FFFD for bytes that are not UTF-8 (which NEWS002 then points at).
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    // The compiler's rule: only text that failed to decode as UTF-8 is tested for binary content, and the test
    // is two NUL characters in a row. A stray NUL in UTF-8 text is an article fault (NEWS005), not a binary file.
    private static bool IsBinary(byte[] bytes, string text) =>
        !HasUtf16ByteOrderMark(bytes)
        && Utf8Check.FirstInvalidByte(WithoutUtf8ByteOrderMark(bytes)) >= 0
        && text.Contains("\0\0", StringComparison.Ordinal);

    private static bool HasUtf16ByteOrderMark(byte[] bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    private static byte[] WithoutUtf8ByteOrderMark(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;
}
