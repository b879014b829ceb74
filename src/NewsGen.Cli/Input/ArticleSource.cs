using System;
using System.IO;
using System.Text;

namespace NewsGen.Cli.Input;

/// <summary>One article file as read from disk: its decoded text, or why it could not be used.</summary>
/// <param name="Path">The path as given or found.</param>
/// <param name="Text">The decoded text (BOM removed), or null when <see cref="Error"/> says why not.</param>
/// <param name="Length">The file's size in bytes.</param>
/// <param name="Error">A message for a file that is missing, unreadable or binary; null otherwise.</param>
internal sealed record ArticleSource(string Path, string? Text, long Length, string? Error)
{
    // A text file may hold a stray control character (NEWS005 reports it); a file with this share of
    // control bytes in its first 8 KiB is binary, and no article.
    private const double BinaryControlShare = 0.10;
    private const int Sample = 8192;

    /// <summary>Reads a file the way the compiler reads an AdditionalFile: UTF-8 unless a BOM says otherwise.</summary>
    public static ArticleSource Read(string path, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > maxBytes)
            {
                // Too large: not read at all. The size check reports it.
                return new ArticleSource(path, null, info.Length, null);
            }

            byte[] bytes = File.ReadAllBytes(path);
            if (LooksBinary(bytes))
            {
                return new ArticleSource(path, null, bytes.Length, "binary file, not an article");
            }

            return new ArticleSource(path, Decode(bytes), bytes.Length, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ArticleSource(path, null, 0, "cannot read: " + e.Message);
        }
    }

    /// <summary>
    /// Decodes like Roslyn's SourceText: a byte order mark picks UTF-8, UTF-16 or UTF-32 and is not text;
    /// otherwise UTF-8. Invalid bytes become U+FFFD, which NEWS002 then points at.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static bool LooksBinary(byte[] bytes)
    {
        int sample = Math.Min(bytes.Length, Sample);
        if (sample == 0)
        {
            return false;
        }

        // UTF-16 and UTF-32 text is full of zero bytes; a BOM says it is text.
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return false;
        }

        int controls = 0;
        for (int i = 0; i < sample; i++)
        {
            byte b = bytes[i];
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                controls++;
            }
        }

        return controls > sample * BinaryControlShare;
    }
}
