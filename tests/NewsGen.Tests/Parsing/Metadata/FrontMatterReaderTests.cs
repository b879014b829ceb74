using System.Linq;
using NewsGen.Model;
using NewsGen.Parsing.Checks;
using NewsGen.Parsing.Metadata;
using Xunit;

namespace NewsGen.Tests.Parsing.Metadata;

/// <summary>The front-matter subset of docs/metadata.md: what it reads, where the body starts, and every located fault.</summary>
public sealed class FrontMatterReaderTests
{
    private const string Body = "Markets rallied on Tuesday.\nAnalysts were surprised.\n";

    private static string Describe(FrontMatterResult result) =>
        string.Join(";", result.Problems.Select(p => $"{p.Id}({p.Line},{p.Column},{p.Length}):{string.Join("|", p.Arguments)}"));

    [Fact]
    public void Reads_every_known_key_with_its_type_and_keeps_unknown_keys_as_text()
    {
        string text = "---\n"
            + "title: \"Storm hits the coast: 3 dead\"\n"
            + "date: 2024-05-01T09:30:00+02:00\n"
            + "authors: [Jane Doe, \"Roe, John\"]\n"
            + "section: politics   # the desk\n"
            + "tags:\n"
            + "  - weather\n"
            + "  - 'coast''s edge'\n"
            + "source: Reuters\n"
            + "url: https://example.com/storm#update\n"
            + "# a comment line\n"
            + "\n"
            + "priority: 2\n"
            + "editors: [Ann Poe]\n"
            + "---\n"
            + Body;

        FrontMatterResult result = FrontMatterReader.Read(text);

        Assert.True(result.HasBlock);
        Assert.Empty(result.Problems);
        FrontMatter m = result.Metadata;
        Assert.Equal("Storm hits the coast: 3 dead", m.Title);
        Assert.Equal(new MetadataDate("2024-05-01T09:30:00+02:00", 2024, 5, 1, true, 9, 30, 0, 0, true, 120), m.Date);
        Assert.Equal(new[] { "Jane Doe", "Roe, John" }, m.Authors);
        Assert.Equal("politics", m.Section);
        Assert.Equal(new[] { "weather", "coast's edge" }, m.Tags);
        Assert.Equal("Reuters", m.Source);
        Assert.Equal("https://example.com/storm#update", m.Url);
        Assert.Equal(new[] { "title", "date", "authors", "section", "tags", "source", "url", "priority", "editors" }, m.Keys);
        Assert.Equal(
            new[] { new MetadataEntry("priority", "2", false, new EquatableArray<string>(new[] { "2" })), new MetadataEntry("editors", "Ann Poe", true, new EquatableArray<string>(new[] { "Ann Poe" })) },
            m.Extra);
        Assert.Equal(Body, text.Substring(result.BodyStart));
        Assert.Equal(16, result.BodyStartLine);
    }

    [Theory]
    [InlineData("2024-05-01", 2024, 5, 1, false, 0, 0, 0, 0, false, 0)]
    [InlineData("2024-02-29", 2024, 2, 29, false, 0, 0, 0, 0, false, 0)]
    [InlineData("2024-05-01T09:30", 2024, 5, 1, true, 9, 30, 0, 0, false, 0)]
    [InlineData("2024-05-01 23:59:59.5Z", 2024, 5, 1, true, 23, 59, 59, 500, true, 0)]
    [InlineData("2024-05-01T09:30:00-0530", 2024, 5, 1, true, 9, 30, 0, 0, true, -330)]
    public void Dates_read_as_numbers(string value, int y, int mo, int d, bool hasTime, int h, int mi, int s, int ms, bool hasOffset, int offset)
    {
        FrontMatterResult result = FrontMatterReader.Read("---\ndate: " + value + "\n---\n" + Body);

        Assert.Empty(result.Problems);
        Assert.Equal(new MetadataDate(value, y, mo, d, hasTime, h, mi, s, ms, hasOffset, offset), result.Metadata.Date);
    }

    [Theory]
    [InlineData("May 1, 2024", "it is not of the form YYYY-MM-DD")]
    [InlineData("2023-02-29", "day 29 does not exist in that month")]
    [InlineData("2024-13-01", "month 13 does not exist")]
    [InlineData("2024-05-01T25:00", "the time of day does not exist")]
    [InlineData("2024-05-01T09:30 tomorrow", "it has text after the time")]
    public void A_date_that_is_not_a_date_is_NEWS022_at_the_value(string value, string reason)
    {
        FrontMatterResult result = FrontMatterReader.Read("---\ntitle: T\ndate: " + value + "\n---\n" + Body);

        Assert.Equal($"NEWS022(3,7,{value.Length}):{value}|{reason}", Describe(result));
        Assert.Null(result.Metadata.Date);
        Assert.True(result.Metadata.Has("date"));
        Assert.Equal("T", result.Metadata.Title);
    }

    [Fact]
    public void An_unclosed_block_is_NEWS025_at_the_opening_line_and_the_whole_text_stays_article_text()
    {
        string text = "---\ntitle: Storm\n" + Body;

        FrontMatterResult result = FrontMatterReader.Read(text);

        Assert.False(result.HasBlock);
        Assert.Equal(0, result.BodyStart);
        Assert.Equal(FrontMatter.None, result.Metadata);
        Assert.Equal("NEWS025(1,1,3):", Describe(result));
    }

    [Fact]
    public void A_duplicate_key_is_NEWS023_at_the_second_key_and_the_first_value_is_kept()
    {
        FrontMatterResult result = FrontMatterReader.Read("---\nsection: politics\ntags:\n  - a\nsection: sport\ntags:\n  - b\n---\n" + Body);

        Assert.Equal("NEWS023(5,1,7):section|2;NEWS023(6,1,4):tags|3", Describe(result));
        Assert.Equal("politics", result.Metadata.Section);
        Assert.Equal(new[] { "a" }, result.Metadata.Tags);
    }

    [Theory]
    [InlineData("just words", "NEWS021(2,1,10):'just words' is not a 'key: value' line")]
    [InlineData("title:Storm", "NEWS021(2,1,11):'title:Storm' is not a 'key: value' line")]
    [InlineData("  nested: 1", "NEWS021(2,3,9):an indented line (a nested value) is not part of the supported subset")]
    [InlineData("- stray", "NEWS021(2,1,7):a '- item' line must follow a key with no value on its line")]
    [InlineData("title: \"Storm", "NEWS021(2,8,6):the quoted value is not closed on its line")]
    [InlineData("title: \"a\" b", "NEWS021(2,11,2):text follows the closing quotation mark")]
    [InlineData("tags: [a, b", "NEWS021(2,7,5):the list opened with '[' is not closed on its line")]
    [InlineData("title: {a: 1}", "NEWS021(2,8,6):maps, block scalars, anchors and tags are not part of the supported subset")]
    [InlineData("title: |", "NEWS021(2,8,1):maps, block scalars, anchors and tags are not part of the supported subset")]
    [InlineData("title: [a, b]", "NEWS021(2,1,5):'title' takes one value, not a list")]
    [InlineData("title: \"a\\qb\"", "NEWS021(2,10,2):only the escapes \\\" \\\\ \\/ \\n and \\t are supported in a double-quoted value")]
    public void A_line_outside_the_subset_is_NEWS021_at_the_line_and_is_skipped(string line, string expected)
    {
        string text = "---\n" + line + "\nsource: AP\n---\n" + Body;

        FrontMatterResult result = FrontMatterReader.Read(text);

        Assert.Equal(expected, Describe(result));
        Assert.Equal("AP", result.Metadata.Source);
        Assert.Equal(Body, text.Substring(result.BodyStart));
    }

    [Theory]
    [InlineData("Markets rallied.\n---\nMore text.\n")]
    [InlineData("Title\n\n---\ntitle: x\n---\nText.\n")]
    [InlineData(" ---\ntitle: x\n---\nText.\n")]
    [InlineData("----\ntitle: x\n----\nText.\n")]
    [InlineData("")]
    public void Dashes_that_are_not_the_very_first_line_open_no_block(string text)
    {
        FrontMatterResult result = FrontMatterReader.Read(text);

        Assert.False(result.HasBlock);
        Assert.Equal(0, result.BodyStart);
        Assert.Equal(FrontMatter.None, result.Metadata);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void CRLF_line_ends_and_a_byte_order_mark_are_handled_and_the_body_starts_after_the_closing_line()
    {
        string text = "\uFEFF---\r\ntitle: Storm\r\n---   \r\nFirst paragraph.\r\n";

        FrontMatterResult result = FrontMatterReader.Read(text);

        Assert.True(result.HasBlock);
        Assert.Equal("Storm", result.Metadata.Title);
        Assert.Equal("First paragraph.\r\n", text.Substring(result.BodyStart));
        Assert.Equal(4, result.BodyStartLine);
    }

    [Fact]
    public void An_empty_block_sets_nothing_and_the_body_follows_it()
    {
        FrontMatterResult result = FrontMatterReader.Read("---\n---\n" + Body);

        Assert.True(result.HasBlock);
        Assert.Empty(result.Metadata.Keys);
        Assert.Equal(8, result.BodyStart);
    }

    [Fact]
    public void Required_keys_that_are_missing_are_NEWS024_at_the_block_or_at_the_start_of_a_file_without_one()
    {
        string text = "---\ndate: 2024-05-01\n---\n" + Body;
        FrontMatterResult withBlock = FrontMatterReader.Read(text);
        FrontMatterResult without = FrontMatterReader.Read(Body);

        EquatableArray<MetadataProblem> missing = FrontMatterReader.CheckRequired(text, withBlock, new[] { "date", "section", "authors" });
        EquatableArray<MetadataProblem> allMissing = FrontMatterReader.CheckRequired(Body, without, new[] { "date" });

        Assert.Equal(new[] { "NEWS024(1,1,3):section", "NEWS024(1,1,3):authors" }, missing.Select(p => $"{p.Id}({p.Line},{p.Column},{p.Length}):{p.Arguments[0]}"));
        Assert.Equal(new[] { "NEWS024(1,1,0):date" }, allMissing.Select(p => $"{p.Id}({p.Line},{p.Column},{p.Length}):{p.Arguments[0]}"));
        Assert.Equal(new ArticleProblem(DiagnosticIds.RequiredMetadataMissing, 0, 0, new EquatableArray<string>(new[] { "date" })), allMissing[0].ToArticleProblem());
    }

    [Fact]
    public void Results_are_values_equal_when_the_text_is_equal()
    {
        string text = "---\ntitle: Storm\ntags: [a, b]\ndate: 2024-05-01\nx: [1]\nbad line\n---\n" + Body;

        FrontMatterResult first = FrontMatterReader.Read(text);
        FrontMatterResult second = FrontMatterReader.Read(new string(text.ToCharArray()));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, FrontMatterReader.Read(text.Replace("Storm", "Flood", System.StringComparison.Ordinal)));
    }
}
