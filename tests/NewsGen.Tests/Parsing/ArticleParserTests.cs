using System.Linq;
using NewsGen.Parsing;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Parsing;

public sealed class ArticleParserTests
{
    private const string SeedLede =
        "Attorney General Jeff Sessions has no plans to resign, despite the latest public criticism from President Donald Trump, according to a source familiar with the situation.";

    [Fact]
    public void Seed_has_fifteen_paragraphs_no_title_and_the_expected_lede()
    {
        ParsedArticle article = ArticleParser.Parse(Seed.Text);

        Assert.Equal(ArticleLayout.Paragraphs, article.Layout);
        Assert.Null(article.Title);
        Assert.Equal(15, article.Paragraphs.Count);
        Assert.Equal(SeedLede, article.Lede);
        Assert.Equal(449, article.WordCount);
    }

    [Fact]
    public void Seed_keeps_the_em_dash_of_paragraph_8()
    {
        ParsedArticle article = ArticleParser.Parse(Seed.Text);

        Assert.Contains("Russia inquiry \u2014 a decision that infuriated Trump", article.Paragraphs[7].Text);
    }

    [Fact]
    public void Seed_credit_line_is_a_paragraph_marked_as_credit()
    {
        ParsedArticle article = ArticleParser.Parse(Seed.Text);

        ArticleParagraph last = article.Paragraphs[14];
        Assert.Equal("ABC News' Jordyn Phelps contributed to this report.", last.Text);
        Assert.True(last.IsCredit);
        Assert.Equal(14, article.CreditParagraphIndex);
        Assert.Equal(new ArticleCredit("Jordyn Phelps", "ABC News"), article.Credit);
        Assert.Equal(1, article.Paragraphs.Count(p => p.IsCredit));
    }

    [Fact]
    public void Seed_round_trips_character_for_character()
    {
        // The seed has LF line ends, no blank lines, no BOM and no trailing spaces: the normalised text is the file.
        ParsedArticle article = ArticleParser.Parse(Seed.Text);

        Assert.Equal(Seed.Text, article.NormalizedText);
        Assert.Equal(Seed.Text, article.Text);
    }

    [Fact]
    public void Paragraph_places_point_into_the_file()
    {
        string text = Seed.Text;
        ParsedArticle article = ArticleParser.Parse(text);

        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            ArticleLine place = article.Paragraphs[i].Place;
            Assert.Equal(i + 1, place.Line);
            Assert.Equal(1, place.Column);
            Assert.Equal(article.Paragraphs[i].Text, text.Substring(place.Start, place.Text.Length));
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_end_gives_the_same_paragraphs(string lineEnd)
    {
        string lf = ArticleParser.Parse("One.\nTwo.\nThree.").Text;

        ParsedArticle article = ArticleParser.Parse("One." + lineEnd + "Two." + lineEnd + "Three." + lineEnd);

        Assert.Equal(lf, article.Text);
        Assert.Equal(new[] { "One.", "Two.", "Three." }, article.Paragraphs.Select(p => p.Text));
        Assert.Equal(new[] { 1, 2, 3 }, article.Paragraphs.Select(p => p.Place.Line));
    }

    [Fact]
    public void Blank_lines_separate_nothing_and_ends_are_trimmed()
    {
        ParsedArticle article = ArticleParser.Parse("  First paragraph.  \n\n \t \n\tSecond  paragraph. \n\n");

        Assert.Equal(new[] { "First paragraph.", "Second  paragraph." }, article.Paragraphs.Select(p => p.Text));
        Assert.Equal(3, article.Paragraphs[0].Place.Column);
        Assert.Equal(4, article.Paragraphs[1].Place.Line);
        Assert.Equal(2, article.Paragraphs[1].Place.Column);
    }

    [Fact]
    public void A_byte_order_mark_is_not_text()
    {
        ParsedArticle article = ArticleParser.Parse("\uFEFFFirst.\nSecond.");

        Assert.Equal("First.", article.Paragraphs[0].Text);
        Assert.Equal(1, article.Paragraphs[0].Place.Column);
        Assert.Equal(1, article.Paragraphs[0].Place.Start);
    }

    [Fact]
    public void Unicode_line_separators_stay_inside_a_paragraph()
    {
        ParsedArticle article = ArticleParser.Parse("One\u2028still one\u0085and one.\nTwo.");

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal("One\u2028still one\u0085and one.", article.Paragraphs[0].Text);
    }

    [Fact]
    public void A_headline_followed_by_a_blank_line_is_the_title()
    {
        const string file = "Sessions has no plans to resign\n\nFirst paragraph. It goes on.\n\nSecond paragraph.\n";

        ParsedArticle article = ArticleParser.Parse(file);

        Assert.Equal(ArticleLayout.TitleThenParagraphs, article.Layout);
        Assert.Equal("Sessions has no plans to resign", article.Title!.Text);
        Assert.Equal(new[] { "First paragraph. It goes on.", "Second paragraph." }, article.Paragraphs.Select(p => p.Text));
        Assert.Equal("First paragraph.", article.Lede);
        Assert.Equal(7, article.WordCount);
        Assert.Equal("Sessions has no plans to resign\nFirst paragraph. It goes on.\nSecond paragraph.", article.NormalizedText);
    }

    [Theory]
    [InlineData("A first line that ends like a sentence.\n\nSecond.")]
    [InlineData("A first line with no blank line after it\nSecond.")]
    [InlineData("Only one line")]
    public void Without_both_signs_the_first_line_is_a_paragraph(string file)
    {
        ParsedArticle article = ArticleParser.Parse(file);

        Assert.Null(article.Title);
        Assert.Equal(file.Split('\n')[0], article.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    [InlineData("\uFEFF")]
    public void Empty_or_blank_text_has_no_paragraphs(string file)
    {
        ParsedArticle article = ArticleParser.Parse(file);

        Assert.Empty(article.Paragraphs);
        Assert.Equal(string.Empty, article.Lede);
        Assert.Equal(0, article.WordCount);
        Assert.Equal(string.Empty, article.Text);
    }

    [Fact]
    public void Equal_text_parses_to_equal_models()
    {
        Assert.Equal(ArticleParser.Parse(Seed.Text), ArticleParser.Parse(Seed.Text));
        Assert.NotEqual(ArticleParser.Parse(Seed.Text), ArticleParser.Parse(Seed.Text + " More."));
    }
}
