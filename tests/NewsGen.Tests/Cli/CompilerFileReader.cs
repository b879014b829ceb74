using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace NewsGen.Tests.Cli;

/// <summary>
/// Reads an AdditionalFile as the C# compiler does (EncodedStringText): strict UTF-8 first (a byte order mark
/// may choose UTF-8 or UTF-16); when that fails, the fallback encoding (UTF-8 with U+FFFD replacements on .NET)
/// with binary detection; a file that cannot be read or is binary has no text, so the analyzer reports NEWS013.
/// A real build on this machine showed the same results for binary, two-NUL and broken-link files.
/// </summary>
internal static class CompilerFileReader
{
    public static string? Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return null;
        }

        try
        {
            return SourceText.From(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true)).ToString();
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: decode with replacements, and give up on binary content.
        }

        try
        {
            return SourceText.From(new MemoryStream(bytes), Encoding.UTF8, throwIfBinaryDetected: true).ToString();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
