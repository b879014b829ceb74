using System;
using System.Text;
using NewsGen.Parsing;
using Xunit;

namespace NewsGen.Tests.PropertyBased;

/// <summary>
/// Huge files are parsed in linear work, measured as bytes allocated (exact per thread, no timing): four times the
/// text may cost about four times the bytes. A quadratic step (a copy per character, a rescan per sentence mark)
/// costs sixteen times.
/// </summary>
public sealed class HugeInputTests
{
    private const int Length = 25_000;
    private const int Factor = 4;

    public static TheoryData<string> HugeLines => new()
    {
        "a.",       // a dotted form as long as the line: every period looked back over the whole word
        "a. ",      // a sentence mark every three characters
        "x",        // one word
        " ",        // a line of spaces to trim
        "\"a.\"",   // quotes opening and closing
        "\u201Ca\u201D said Mr. Roe. ",
        "\u2026.",
        "Mr. ",
        "a\n",      // many short paragraphs
        "\n",       // many blank lines
    };

    [Theory]
    [MemberData(nameof(HugeLines))]
    public void Parsing_allocates_in_proportion_to_the_file_size(string piece)
    {
        ArticleParser.Parse("Warm up. \u201CThe JIT allocates too,\u201D he said.\n");

        long small = Allocated(Repeat(piece, Length) + "x");
        long large = Allocated(Repeat(piece, Length * Factor) + "x");

        Assert.True(large < (Factor + 2L) * small, $"{Length:N0} characters allocated {small:N0} bytes, {Factor} times as many {large:N0}.");
    }

    private static long Allocated(string text)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        ParsedArticle parsed = ArticleParser.Parse(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(ReferenceNormalization.Text(text), parsed.NormalizedText);
        return allocated;
    }

    private static string Repeat(string piece, int length)
    {
        var builder = new StringBuilder(length + piece.Length);
        while (builder.Length < length)
        {
            builder.Append(piece);
        }

        return builder.ToString();
    }
}
