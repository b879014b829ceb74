using System.Linq;
using NewsGen.Parsing;
using NewsGen.Parsing.Checks;
using Xunit;

namespace NewsGen.Tests.Analysis;

/// <summary>The Roslyn-free pieces the analyzer and the command-line tool share.</summary>
public sealed class ChecksUnitTests
{
    [Theory]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 4, 2, 2)]
    [InlineData("ab\u2028cd\u0085ef", 6, 1, 7)]
    [InlineData("\uFEFFab", 1, 1, 1)]
    [InlineData("\uFEFFab", 2, 1, 2)]
    [InlineData("ab\n", 3, 2, 1)]
    [InlineData("", 0, 1, 1)]
    public void TextPositions_follow_the_parser_line_rule(string text, int offset, int line, int column)
    {
        Assert.Equal(new TextPosition(line, column), TextPositions.Of(text).PositionOf(offset));
    }

    [Fact]
    public void TextPositions_agree_with_the_parser_on_every_paragraph()
    {
        string text = "\uFEFFTitle\r\n\r\n  First.\rSecond\u2028still second.\n\tThird.";
        TextPositions positions = TextPositions.Of(text);

        foreach (ArticleParagraph paragraph in ArticleParser.Parse(text).Paragraphs)
        {
            Assert.Equal(new TextPosition(paragraph.Place.Line, paragraph.Place.Column), positions.PositionOf(paragraph.Place.Start));
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0xC3, 0xA9, 0xE2, 0x80, 0x94, 0xF0, 0x9F, 0x93, 0xB0 }, -1)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 }, -1)]
    [InlineData(new byte[] { 0x41, 0xE9, 0x20 }, 1)]
    [InlineData(new byte[] { 0xC0, 0x80 }, 0)]
    [InlineData(new byte[] { 0x41, 0xE0, 0x80, 0x80 }, 1)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)]
    [InlineData(new byte[] { 0x41, 0x42, 0xE2, 0x80 }, 2)]
    [InlineData(new byte[] { 0x80 }, 0)]
    public void Utf8Check_finds_the_first_byte_that_breaks_UTF8(byte[] bytes, int expected)
    {
        Assert.Equal(expected, Utf8Check.FirstInvalidByte(bytes));
    }

    [Theory]
    [InlineData("regretsThe", "regretsThe")]
    [InlineData("the sentence endsAnd the next", "endsAnd")]
    [InlineData("Trump's regretsThe latest; realDonaldTrump", "regretsThe|realDonaldTrump")]
    [InlineData("caf\u00E9\u00C9t\u00E9", "caf\u00E9\u00C9t\u00E9")]
    [InlineData("iPhone eBay McDonald YouTube PlayStation MacBook LinkedIn JavaScript U.S. J.K. deGrom easyJet iOS mRNA", "")]
    [InlineData("@realDonaldTrump #blackLivesMatter bit.ly/abcDef get_userName C:\\pathTo", "")]
    public void GluedTextCheck_fires_on_glue_and_not_on_real_words(string text, string expected)
    {
        string found = string.Join("|", GluedTextCheck.Find(text).Select(p => text.Substring(p.Start, p.Length)));

        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData(null, true, 7L)]
    [InlineData("  ", true, 7L)]
    [InlineData("64", true, 64L)]
    [InlineData(" 12 ", true, 12L)]
    [InlineData("0", false, 7L)]
    [InlineData("-1", false, 7L)]
    [InlineData("+5", false, 7L)]
    [InlineData("1e3", false, 7L)]
    [InlineData("1,000", false, 7L)]
    [InlineData("101", false, 7L)]
    public void Limits_parse_positive_whole_numbers_only(string? raw, bool valid, long value)
    {
        Assert.Equal(valid, ArticleLimits.TryParseLimit(raw, 7, 100, out long parsed));
        Assert.Equal(value, parsed);
    }

    [Fact]
    public void Size_counts_UTF8_bytes_without_the_byte_order_mark()
    {
        Assert.Equal(4L, ArticleLimits.Utf8Length("\uFEFFab\u00E9"));
        Assert.False(ArticleLimits.IsTooLarge("\uFEFFab\u00E9", 4));
        Assert.True(ArticleLimits.IsTooLarge("\uFEFFab\u00E9", 3));
        Assert.False(ArticleLimits.IsTooLarge("\uFEFFabc", 3));
    }
}
