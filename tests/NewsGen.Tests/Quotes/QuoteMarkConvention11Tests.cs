using System.Linq;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Quotes;

/// <summary>
/// Issue 15, convention 11 (docs/quotes.md): the quotation-mark styles of reprinted and archive copy. Each case shows
/// the quotations the parser extracts and the diagnostics the analyzer gives (through a real compilation), so that
/// a style that is good copy gives no warning and a real fault gives one. Texts are written for these tests.
/// </summary>
public sealed class QuoteMarkConvention11Tests
{
    // An article reprinting another: every paragraph of the excerpt opens with a straight mark that never closes,
    // the excerpt's own quotations in curly marks.
    private const string Excerpt =
        "The county's history is long, as the museum's website notes:\n"
        + "\"In the fall of 1960, some 90 farmers met in the grange hall. Written \u201Cat a time of crisis,\u201D their charter is short.\n"
        + "\"Among its principles are the following: a fair price and a free road.\n"
        + "\"The grange became one of the largest groups in the state.\n"
        + "The hall still stands.\n";

    [Fact]
    public void A_block_quoted_excerpt_is_one_quotation_to_the_end_of_its_last_paragraph()
    {
        ParsedArticle article = ArticleParser.Parse(Excerpt);

        ArticleQuote excerpt = article.Quotes.First();
        Assert.Equal(1, excerpt.Paragraph);
        Assert.Equal(3, excerpt.EndParagraph);
        Assert.StartsWith("In the fall of 1960", excerpt.Text);
        Assert.EndsWith("one of the largest groups in the state.", excerpt.Text);
        Assert.Equal(excerpt.Text, article.Text.Substring(article.Paragraphs[1].FileOffset(excerpt.Offset) - article.Paragraphs[0].FileOffset(0), excerpt.Text.Length));
        Assert.Equal("at a time of crisis,", Assert.Single(article.Quotes, q => q.Kind == QuoteKind.Nested).Text);
        Assert.Empty(article.QuoteProblems);
    }

    [Fact]
    public void A_block_quoted_excerpt_gives_no_warning() => Assert.Empty(AnalyzerHarness.Check(Excerpt));

    [Fact]
    public void A_single_paragraph_excerpt_with_curly_quotes_inside_is_closed_by_its_paragraph()
    {
        ParsedArticle article = ArticleParser.Parse("The notice read:\n\"Members who voted \u201Cno\u201D may appeal within a week.\nNobody appealed.\n");

        Assert.Equal("Members who voted \u201Cno\u201D may appeal within a week.", article.Quotes.First().Text);
        Assert.Empty(article.QuoteProblems);
    }

    [Fact]
    public void A_mark_left_open_mid_paragraph_is_still_a_fault()
    {
        // Not an excerpt: the open mark does not start its paragraph, and nothing curly is inside it.
        Assert.Equal(new[] { "NEWS003 a.txt(1,40,1,41)" }, AnalyzerHarness.Check("The mayor said the bridge would reopen \"by the end of the month.\nThe council met.\n"));
    }

    [Fact]
    public void A_straight_mark_opening_one_paragraph_without_curly_quotes_is_still_unclosed() =>
        Assert.Equal(new[] { "NEWS003 a.txt(1,1,1,2)" }, AnalyzerHarness.Check("\"We will rebuild the bridge, the mayor said.\nThe council met.\n"));

    // Archive copy: two apostrophes for a double mark.
    [Fact]
    public void Two_apostrophes_are_one_double_mark_not_a_quote_nested_in_itself()
    {
        ParsedArticle article = ArticleParser.Parse("Mr. Sanders spoke on Wednesday.\n''She has been saying that I am not qualified,'' Mr. Sanders said. ''Let me answer that.''\n");

        Assert.Equal(new[] { "She has been saying that I am not qualified,", "Let me answer that." }, article.Quotes.Select(q => q.Text));
        Assert.All(article.Quotes, q => Assert.Equal("Sanders", q.Speaker));
        Assert.All(article.Quotes, q => Assert.Equal(-1, q.Parent));
    }

    [Fact]
    public void Archive_marks_run_on_and_keep_a_single_quote_inside()
    {
        ParsedArticle article = ArticleParser.Parse("''The first part of it.\n''The second part, 'with a phrase' in it,'' she said.\n");

        Assert.Equal("The first part of it.\n''The second part, 'with a phrase' in it,", article.Quotes[0].Text);
        Assert.Equal("with a phrase", article.Quotes[1].Text);
        Assert.Equal(QuoteKind.Nested, article.Quotes[1].Kind);
    }

    [Fact]
    public void Archive_marks_give_no_warning() =>
        Assert.Empty(AnalyzerHarness.Check("''We are ready,'' she said. ''The team has trained for this.''\n"));

    // A closing mark used as an opener: the pair a reader sees, one warning at the wrong mark.
    [Fact]
    public void A_right_mark_reopening_a_run_on_quotation_continues_it_with_one_warning()
    {
        ParsedArticle article = ArticleParser.Parse("\u201CThe first part of it.\n\u201DThe second part,\u201D she said.\n");

        Assert.Equal("The first part of it.\n\u201DThe second part,", Assert.Single(article.Quotes).Text);
        Assert.Equal(new[] { "NEWS004 a.txt(2,1,2,2)" }, AnalyzerHarness.Check("\u201CThe first part of it.\n\u201DThe second part,\u201D she said.\n"));
    }

    [Fact]
    public void A_right_mark_opening_a_quotation_pairs_with_one_warning()
    {
        ParsedArticle article = ArticleParser.Parse("Doing so \u201Dwas an attempt to poison the vote,\u201D she said.\n");

        Assert.Equal("was an attempt to poison the vote,", Assert.Single(article.Quotes).Text);
        Assert.Equal(new[] { "NEWS004 a.txt(1,10,1,11)" }, AnalyzerHarness.Check("Doing so \u201Dwas an attempt to poison the vote,\u201D she said.\n"));
    }
}
