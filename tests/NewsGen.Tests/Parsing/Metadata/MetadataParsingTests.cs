using System.Linq;
using NewsGen.Model;
using NewsGen.Parsing;
using NewsGen.Parsing.Metadata;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Parsing.Metadata;

/// <summary>
/// The metadata steps of <see cref="ArticleParser"/>: front matter taken out of the text, the byline marked, the
/// dateline read and the lede taken after it, in the house styles docs/metadata.md lists. Synthetic copy only.
/// </summary>
public sealed class MetadataParsingTests
{
    private const string Body = "The Senate voted 51-49 on Tuesday.\nDemocrats objected.\n";

    [Fact]
    public void Front_matter_is_not_article_text_and_the_file_rebuilds_from_block_and_body()
    {
        const string block = "---\r\ntitle: Budget passes\r\nsection: politics\r\n---\r\n";
        string file = block + Body;

        ParsedArticle withBlock = ArticleParser.Parse(file);
        ParsedArticle bodyAlone = ArticleParser.Parse(Body);

        Assert.Equal(bodyAlone.Text, withBlock.Text);
        Assert.Equal(bodyAlone.Paragraphs.Select(p => p.Text), withBlock.Paragraphs.Select(p => p.Text));
        Assert.Equal(bodyAlone.Lede, withBlock.Lede);
        Assert.Equal(block, withBlock.FrontMatterBlock);
        Assert.Equal(file, withBlock.FrontMatterBlock + file.Substring(withBlock.FrontMatterBlock.Length));
        Assert.Equal(bodyAlone.NormalizedText, ArticleParser.Parse(file.Substring(withBlock.FrontMatterBlock.Length)).NormalizedText);

        // Places stay places in the file: the first paragraph is on line 5.
        Assert.Equal(5, withBlock.Paragraphs[0].Place.Line);
        Assert.Equal(file.IndexOf("The Senate", System.StringComparison.Ordinal), withBlock.Paragraphs[0].Place.Start);
        Assert.True(withBlock.Metadata.HasFrontMatter);
        Assert.Equal("politics", withBlock.Metadata.Section("news/x"));
    }

    [Fact]
    public void A_front_matter_title_replaces_the_title_line_rule_so_the_first_line_stays_a_paragraph()
    {
        const string file = "---\ntitle: From the block\n---\nA headline-like line\n\nThe Senate voted on Tuesday.\n";

        ParsedArticle article = ArticleParser.Parse(file);
        ArticleContent content = ArticleContent.From(article);

        Assert.Null(article.Title);
        Assert.Equal("A headline-like line", article.Paragraphs[0].Text);
        Assert.Equal("From the block", content.Title);

        // Without the block the same body has a title line, as before.
        Assert.Equal("A headline-like line", ArticleParser.Parse("A headline-like line\n\nThe Senate voted on Tuesday.\n").Title!.Text);
    }

    [Fact]
    public void An_unclosed_block_leaves_every_line_in_the_text()
    {
        const string file = "---\ntitle: never closed\nThe Senate voted.\n";

        ParsedArticle article = ArticleParser.Parse(file);

        Assert.Equal(new[] { "---", "title: never closed", "The Senate voted." }, article.Paragraphs.Select(p => p.Text));
        Assert.Equal(string.Empty, article.FrontMatterBlock);
        Assert.False(article.Metadata.HasFrontMatter);
    }

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe||")]
    [InlineData("By Jane Doe and John Roe", "Jane Doe||;John Roe||")]
    [InlineData("By JANE DOE, Associated Press", "JANE DOE|Associated Press|")]
    [InlineData("Jane Doe, Political Correspondent", "Jane Doe||Political Correspondent")]
    [InlineData("By Jane Doe, Staff Writer, The Daily Star", "Jane Doe|The Daily Star|Staff Writer")]
    public void A_byline_at_the_top_stays_in_the_text_and_is_marked(string byline, string authors)
    {
        string file = "Budget passes\n\n" + byline + "\n\nThe Senate voted on Tuesday. Democrats objected.\n";

        ParsedArticle article = ArticleParser.Parse(file, ParagraphRule.BlankLines);

        Assert.Equal("Budget passes", article.Title!.Text);
        Assert.Equal(byline, article.Paragraphs[0].Text);
        Assert.Equal(0, article.BylineParagraphIndex);
        Assert.Equal(authors, string.Join(";", article.Metadata.Authors.Select(a => a.Name + "|" + a.Organisation + "|" + a.Role)));
        Assert.Equal("The Senate voted on Tuesday.", article.Lede);
        Assert.Contains(byline, article.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_byline_on_the_first_line_is_never_taken_for_the_title()
    {
        ParsedArticle article = ArticleParser.Parse("By Jane Doe\n\nThe Senate voted on Tuesday.\n");

        Assert.Null(article.Title);
        Assert.Equal("By Jane Doe", article.Metadata.BylineText);
    }

    [Theory]
    [InlineData("By the time the vote came, the chamber was empty.")]
    [InlineData("By Tuesday, the council had voted.")]
    [InlineData("Jane Doe, a spokeswoman, said the vote was close.")]
    [InlineData("By Jane Doe, who covered the vote")]
    [InlineData("By The Associated Press")]
    [InlineData("Jane Doe and John Roe")]
    public void A_line_that_is_not_clearly_a_byline_is_a_paragraph(string line)
    {
        ParsedArticle article = ArticleParser.Parse(line + "\nThe Senate voted on Tuesday.\n");

        Assert.Null(article.Byline);
        Assert.Equal(-1, article.BylineParagraphIndex);
        Assert.Equal(line, article.Paragraphs[0].Text);
    }

    [Fact]
    public void A_byline_alone_is_not_a_byline_an_article_has_more_than_its_byline()
    {
        Assert.Null(ArticleParser.Parse("By Jane Doe\n").Byline);
    }

    [Theory]
    [InlineData("WASHINGTON (AP) \u2014 The Senate voted on Tuesday. Democrats objected.", "WASHINGTON|||AP", "The Senate voted on Tuesday.")]
    [InlineData("LONDON, May 1 (Reuters) - Britain's economy grew. Markets rose.", "LONDON||May 1|Reuters", "Britain's economy grew.")]
    [InlineData("PARIS \u2014 The strike spread to the railways. Trains stopped.", "PARIS|||", "The strike spread to the railways.")]
    [InlineData("SPRINGFIELD, Ill. (AP) \u2014 Farmers gathered. Prices fell.", "SPRINGFIELD|Ill.||AP", "Farmers gathered.")]
    public void A_dateline_opens_the_lede_paragraph_and_the_lede_is_the_first_sentence_after_it(string paragraph, string parts, string lede)
    {
        ParsedArticle article = ArticleParser.Parse("By Jane Doe\n" + paragraph + "\nSecond paragraph.\n");

        Dateline dateline = article.Dateline!;
        Assert.Equal(parts, dateline.Place + "|" + dateline.Region + "|" + dateline.DateText + "|" + dateline.Agency);
        Assert.Equal(1, article.DatelineParagraphIndex);
        Assert.Equal(lede, article.Lede);
        Assert.Equal(paragraph, article.Paragraphs[1].Text);
    }

    [Fact]
    public void A_headline_kept_without_its_blank_line_is_passed_over_when_the_next_paragraph_has_the_dateline()
    {
        ParsedArticle article = ArticleParser.Parse("Senate passes the budget\nWASHINGTON (AP) \u2014 The Senate passed it. Democrats objected.\n");

        Assert.Null(article.Title);
        Assert.Equal(1, article.DatelineParagraphIndex);
        Assert.Equal("The Senate passed it.", article.Lede);

        // PolNeAR's headlines end with a period and have a blank line after them: one short sentence is a headline too.
        Assert.Equal("The House waits.", ArticleParser.Parse("Senate passes the budget.\n\nWASHINGTON (AP) \u2014 The House waits.\n").Lede);

        // A first paragraph of more than one sentence is the lede paragraph: a later dateline-like opening is text.
        ParsedArticle prose = ArticleParser.Parse("The Senate passed the budget. The House waits.\nWASHINGTON (AP) \u2014 The vote was close.\n");
        Assert.Null(prose.Dateline);
        Assert.Equal("The Senate passed the budget.", prose.Lede);
    }

    [Theory]
    [InlineData("BREAKING \u2014 The Senate voted.")]
    [InlineData("NASA said on Tuesday \u2014 again \u2014 that the launch was off.")]
    [InlineData("The WASHINGTON \u2014 Senate voted.")]
    public void An_opening_that_is_not_a_dateline_leaves_the_lede_alone(string paragraph)
    {
        ParsedArticle article = ArticleParser.Parse(paragraph + "\n");

        Assert.Null(article.Dateline);
        Assert.Equal(-1, article.DatelineParagraphIndex);
        Assert.Equal(Sentences.First(paragraph), article.Lede);
    }

    [Fact]
    public void The_seed_reads_exactly_as_before_no_byline_no_dateline_no_front_matter()
    {
        ParsedArticle seed = ArticleParser.Parse(Seed.Text);

        Assert.Null(seed.Byline);
        Assert.Null(seed.Dateline);
        Assert.False(seed.Metadata.HasFrontMatter);
        Assert.Equal(string.Empty, seed.FrontMatterBlock);
        Assert.Equal(Sentences.First(seed.Paragraphs[0].Text), seed.Lede);
        Assert.Equal(ArticleMetadata.None, ArticleContent.From(seed).Metadata);
    }

    [Fact]
    public void Front_matter_authors_win_over_the_byline()
    {
        ParsedArticle article = ArticleParser.Parse("---\nauthors: [Ann Poe]\n---\nBy Jane Doe\nThe Senate voted.\n");

        Assert.Equal("By Jane Doe", article.Metadata.BylineText);
        Assert.Equal(new[] { "Ann Poe" }, article.Metadata.Authors.Select(a => a.Name));
    }
}
