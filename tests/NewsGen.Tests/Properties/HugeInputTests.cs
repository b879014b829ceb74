using System;
using System.Text;
using NewsGen.Parsing;
using Xunit;

namespace NewsGen.Tests.Properties;

/// <summary>
/// Huge files are parsed in linear work: measured as bytes allocated (exact per thread, no timing), which a
/// quadratic step (a copy per character, a rescan per sentence mark) multiplies by the input's length.
/// </summary>
public sealed class HugeInputTests
{
    private const int Length = 50_000;

    public static TheoryData<string> HugeLines => new()
    {
        Repeat("a.", Length),            // a dotted form as long as the line: every period looked back over the whole word
        Repeat("a. ", Length),           // a sentence mark every three characters
        Repeat("x", Length),             // one word
        Repeat(" ", Length) + "x",       // a line of spaces to trim
        Repeat("\"a.\"", Length),        // quotes opening and closing
        Repeat("\u2026.", Length),
        Repeat("Mr. ", Length),
        Repeat("a\n", Length),           // many short paragraphs
        Repeat("\n", Length),            // many blank lines
    };

    [Theory]
    [MemberData(nameof(HugeLines))]
    public void Parsing_a_huge_file_allocates_a_small_multiple_of_its_size(string text)
    {
        ArticleParser.Parse("warm up. The JIT allocates too.\n");

        long before = GC.GetAllocatedBytesForCurrentThread();
        ParsedArticle parsed = ArticleParser.Parse(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(ReferenceNormalization.Text(text), parsed.NormalizedText);

        // The line list, the lines, paragraph records, the lede: a few copies of the text (2 bytes a character),
        // list growth, and ~150 bytes a paragraph. A quadratic step allocates thousands of times more.
        long bound = (32L * text.Length) + (200L * ReferenceNormalization.Lines(text).Count) + 4096;
        Assert.True(allocated < bound, $"Parsing {text.Length:N0} characters allocated {allocated:N0} bytes; the linear bound is {bound:N0}.");
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
