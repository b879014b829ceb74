using System.Collections.Generic;
using System.Linq;
using NewsGen.Parsing;
using NewsGen.Parsing.Layout;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Parsing;

/// <summary>
/// <see cref="LayoutDetector"/> and the <see cref="ParagraphRule.Auto"/> rule it decides, through the parser: the
/// layouts a newsroom corpus comes in, and the edge cases around them.
/// </summary>
public sealed class LayoutDetectorTests
{
    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(72)]
    [InlineData(80)]
    [InlineData(100)]
    public void A_hard_wrapped_article_reads_as_blank_line_paragraphs_at_any_width(int width)
    {
        string text = LayoutTestText.Wrapped(width);

        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Equal(LayoutTestText.Headline, article.Title!.Text);
        Assert.Equal(LayoutTestText.Paragraphs, article.Paragraphs.Select(p => p.Text));
        Assert.Equal(LayoutTestText.Paragraphs[0], article.Lede);
        Assert.Equal(ArticleParser.Parse(text, ParagraphRule.BlankLines), article);
    }

    [Fact]
    public void The_evidence_names_the_column_and_the_first_wrapping_line()
    {
        ParsedArticle asLines = ArticleParser.Parse(LayoutTestText.Wrapped(72), ParagraphRule.Lines);

        LayoutEvidence evidence = LayoutDetector.Examine(asLines.Paragraphs.Select(p => p.Place).ToList());

        Assert.True(evidence.IsHardWrapped);
        Assert.InRange(evidence.WrapColumn, 66, 72);
        Assert.Equal(3, evidence.FirstWrappingLine!.Line);
        Assert.StartsWith("The town council approved", evidence.FirstWrappingLine.Text, System.StringComparison.Ordinal);

        // Every line but the last of each paragraph is followed directly by another; all of them wrap here.
        int followed = LayoutTestText.Paragraphs.Sum(p => LayoutTestText.Wrap(p, 72).Split('\n').Length - 1);
        Assert.Equal(followed, evidence.FollowedLines);
        Assert.Equal(followed, evidence.WrappingLines);
    }

    [Fact]
    public void The_seed_stays_one_paragraph_per_line()
    {
        ParsedArticle auto = ArticleParser.Parse(Seed.Text, ParagraphRule.Auto);

        Assert.Equal(ArticleParser.Parse(Seed.Text, ParagraphRule.Lines), auto);
        Assert.Equal(15, auto.Paragraphs.Count);
        Assert.Equal(ArticleParser.Parse(Seed.Text), auto);
    }

    [Fact]
    public void One_line_paragraphs_separated_by_blank_lines_give_the_same_paragraphs_under_every_rule()
    {
        string text = LayoutTestText.OnePerLineSpaced();

        ParsedArticle auto = ArticleParser.Parse(text);

        Assert.Equal(LayoutTestText.Paragraphs, auto.Paragraphs.Select(p => p.Text));
        Assert.Equal(ArticleParser.Parse(text, ParagraphRule.Lines), auto);
        Assert.Equal(ArticleParser.Parse(text, ParagraphRule.BlankLines), auto);
    }

    [Fact]
    public void One_paragraph_per_line_without_blank_lines_is_not_joined()
    {
        ParsedArticle auto = ArticleParser.Parse(LayoutTestText.OnePerLine());

        Assert.Equal(LayoutTestText.Paragraphs, auto.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Windows_line_endings_and_trailing_white_space_do_not_change_the_reading()
    {
        ParsedArticle lf = ArticleParser.Parse(LayoutTestText.Wrapped(72));
        ParsedArticle crlf = ArticleParser.Parse(LayoutTestText.Wrapped(72, "\r\n", trailing: " \t"));

        Assert.Equal(LayoutTestText.Paragraphs, crlf.Paragraphs.Select(p => p.Text));
        Assert.Equal(lf.Title!.Text, crlf.Title!.Text);
        Assert.Equal(lf.Lede, crlf.Lede);
        Assert.Equal(lf.Quotes.Select(q => q.Text), crlf.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void A_single_long_wrapped_paragraph_without_title_or_blank_line_is_one_paragraph()
    {
        string text = LayoutTestText.Wrap(LayoutTestText.Paragraphs[0] + " " + LayoutTestText.Paragraphs[2], 60) + "\n";

        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Null(article.Title);
        Assert.Equal(LayoutTestText.Paragraphs[0] + " " + LayoutTestText.Paragraphs[2], Assert.Single(article.Paragraphs).Text);
        Assert.Equal(LayoutTestText.Paragraphs[0], article.Lede);
    }

    [Fact]
    public void A_headline_typed_straight_above_wrapped_text_is_the_title_not_part_of_the_lede()
    {
        string wrapped = LayoutTestText.Wrapped(72);
        string text = wrapped.Remove(LayoutTestText.Headline.Length, 1); // drop the blank line under the headline

        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Equal(LayoutTestText.Headline, article.Title!.Text);
        Assert.Equal(LayoutTestText.Paragraphs, article.Paragraphs.Select(p => p.Text));
        Assert.Equal(LayoutTestText.Paragraphs[0], article.Lede);
        Assert.Equal(ArticleParser.Parse(text, ParagraphRule.BlankLines), article);
    }

    [Fact]
    public void A_headline_wrapped_over_two_lines_is_the_title_with_its_lines_joined()
    {
        string text = LayoutTestText.Wrap(LayoutTestText.Headline, 40) + "\n\n" + string.Join("\n\n", LayoutTestText.Paragraphs.Select(p => LayoutTestText.Wrap(p, 40))) + "\n";
        Assert.Equal(2, LayoutTestText.Wrap(LayoutTestText.Headline, 40).Split('\n').Length);

        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Equal(LayoutTestText.Headline, article.Title!.Text);
        Assert.Equal((1, 1), (article.Title.Line, article.Title.Column));
        Assert.Equal(LayoutTestText.Paragraphs, article.Paragraphs.Select(p => p.Text));
        Assert.Equal(LayoutTestText.Paragraphs[0], article.Lede);
    }

    [Fact]
    public void A_wrapped_first_paragraph_that_ends_a_sentence_is_not_a_title()
    {
        string text = string.Join("\n\n", LayoutTestText.Paragraphs.Select(p => LayoutTestText.Wrap(p, 72))) + "\n";

        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Null(article.Title);
        Assert.Equal(LayoutTestText.Paragraphs, article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_credit_line_at_the_end_of_a_wrapped_article_is_the_credit()
    {
        string text = LayoutTestText.Wrapped(60) + "\n" + LayoutTestText.Wrap("Coast Gazette's Tom Hale contributed to this report.", 60) + "\n";

        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Equal(LayoutTestText.Paragraphs.Length + 1, article.Paragraphs.Count);
        Assert.True(article.Paragraphs[article.Paragraphs.Count - 1].IsCredit);
        Assert.Equal("Tom Hale", article.Credit!.Contributor);
        Assert.Equal("Coast Gazette", article.Credit.Organization);
    }

    [Fact]
    public void Lists_and_a_headline_with_its_deck_are_not_taken_for_wrapped_text()
    {
        string text =
            "Budget at a glance;\n" +
            "What the finance minister announced on Wednesday, item by item, for the year ahead and the next\n" +
            "\n" +
            "The budget raises spending on schools and hospitals and cuts duties on raw materials.\n" +
            "\n" +
            "- Increased spending on primary education to 71bn rupees\n" +
            "- Increased spending on health to 102bn rupees, the largest rise in a decade for the\n" +
            "- Duty cuts on capital goods and raw materials\n" +
            "- Raised the income-tax threshold\n";

        ParsedArticle auto = ArticleParser.Parse(text);

        Assert.Equal(ArticleParser.Parse(text, ParagraphRule.Lines), auto);
        Assert.Equal(7, auto.Paragraphs.Count);
    }

    [Fact]
    public void One_line_that_happens_to_end_mid_sentence_is_not_enough()
    {
        // A headline and a standfirst, then one-line paragraphs: one line stops mid-sentence, no more.
        string text = "Bernie Sanders pins the rise of the militia on the invasion of the country\nSee photos from the debate below:\n\n" + string.Join("\n\n", LayoutTestText.Paragraphs) + "\n";

        LayoutEvidence evidence = LayoutDetector.Examine(ArticleParser.Parse(text, ParagraphRule.Lines).Paragraphs.Select(p => p.Place).ToList());

        Assert.Equal(1, evidence.WrappingLines);
        Assert.False(evidence.IsHardWrapped);
        Assert.Equal(ArticleParser.Parse(text, ParagraphRule.Lines), ArticleParser.Parse(text));
    }

    [Fact]
    public void A_forced_rule_is_the_rule_in_force_whatever_the_lines()
    {
        IReadOnlyList<ArticleLine> wrapped = ArticleParser.Parse(LayoutTestText.Wrapped(72), ParagraphRule.Lines).Paragraphs.Select(p => p.Place).ToList();
        IReadOnlyList<ArticleLine> seed = ArticleParser.Parse(Seed.Text, ParagraphRule.Lines).Paragraphs.Select(p => p.Place).ToList();

        Assert.Equal(ParagraphRule.BlankLines, LayoutDetector.Resolve(ParagraphRule.Auto, wrapped));
        Assert.Equal(ParagraphRule.Lines, LayoutDetector.Resolve(ParagraphRule.Auto, seed));
        Assert.Equal(ParagraphRule.Lines, LayoutDetector.Resolve(ParagraphRule.Lines, wrapped));
        Assert.Equal(ParagraphRule.BlankLines, LayoutDetector.Resolve(ParagraphRule.BlankLines, seed));
        Assert.Equal(ParagraphRule.Lines, LayoutDetector.Resolve(ParagraphRule.Auto, new List<ArticleLine>()));
    }

    [Theory]
    [InlineData("- next item", false)]
    [InlineData("2. next item", false)]
    [InlineData("2) next item", false)]
    [InlineData("\u2022 next item", false)]
    [InlineData("2019 was the year", true)]
    [InlineData("next words", true)]
    public void A_line_before_a_list_item_does_not_wrap(string next, bool wraps)
    {
        Assert.Equal(wraps, LayoutDetector.Wraps("a line that runs right up to the wrap column", next, 45));
    }

    [Theory]
    [InlineData("ends a sentence.")]
    [InlineData("ends a quoted sentence.\"")]
    [InlineData("ends a quoted sentence.\u201D")]
    [InlineData("asks a question?)")]
    [InlineData("introduces a list:")]
    [InlineData("ends a clause;")]
    public void A_line_that_ends_a_sentence_or_clause_does_not_wrap(string line)
    {
        Assert.False(LayoutDetector.Wraps(line, "Next", line.Length));
        Assert.True(LayoutDetector.Wraps(line.TrimEnd('.', '"', '\u201D', '?', ')', ':', ';'), "next", line.Length - 1));
    }
}
