using System.Linq;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;
using Xunit;

namespace NewsGen.Tests.Quotes;

/// <summary>Pairing of quotation marks: apostrophes, curly and straight marks, nesting, run-on paragraphs, problems.</summary>
public sealed class QuoteMarkTests
{
    [Theory]
    [InlineData("They can't stop now.")]
    [InlineData("I'm sure that's right.")]
    [InlineData("There's a reason.")]
    [InlineData("Sessions' recusal angered him.")]
    [InlineData("ABC News' Jordyn Phelps contributed to this report.")]
    [InlineData("It was a hit in the '90s and again in '08.")]
    [InlineData("Rock 'n' roll is here to stay, and they'll dance 'til dawn.")]
    [InlineData("They can\u2019t stop now; it\u2019s the \u201990s again and the Joneses\u2019 dog barked.")]
    [InlineData("The O'Briens' house is next to Smith's.")]
    public void Apostrophes_are_not_quotation_marks(string paragraph)
    {
        ParsedArticle article = ArticleParser.Parse(paragraph);

        Assert.Empty(article.Quotes);
        Assert.Empty(article.QuoteProblems);
    }

    [Theory]
    [InlineData("He said, \"We can't lose.\"", "We can't lose.")]
    [InlineData("He said, \u201CWe can\u2019t lose.\u201D", "We can\u2019t lose.")]
    [InlineData("He said, 'We can't lose.'", "We can't lose.")]
    [InlineData("He said, \u2018We can\u2019t lose.\u2019", "We can\u2019t lose.")]
    public void Straight_curly_and_single_marks_enclose_the_text_verbatim(string paragraph, string expected)
    {
        ArticleQuote quote = Assert.Single(ArticleParser.Parse(paragraph).Quotes);

        Assert.Equal(expected, quote.Text);
        Assert.Equal(expected, paragraph.Substring(quote.Offset, quote.Length));
    }

    [Fact]
    public void British_style_nests_double_marks_inside_single_ones()
    {
        const string text = "'When I asked him, he said \"not my department\", and left,' she said.";
        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("When I asked him, he said \"not my department\", and left,", article.Quotes[0].Text);
        Assert.Equal("not my department", article.Quotes[1].Text);
        Assert.Equal(QuoteKind.Nested, article.Quotes[1].Kind);
        Assert.Equal(0, article.Quotes[1].Parent);
    }

    [Fact]
    public void A_quote_that_runs_on_into_reopened_paragraphs_is_one_quote()
    {
        const string text = "Judge Ann Price said: \"The defendant lied.\n\"He lied to us all.\n\"The sentence must reflect that.\" The court rose.";
        ParsedArticle article = ArticleParser.Parse(text);

        ArticleQuote quote = Assert.Single(article.Quotes);
        Assert.Equal(0, quote.Paragraph);
        Assert.Equal(2, quote.EndParagraph);
        Assert.Equal("The defendant lied.\n\"He lied to us all.\n\"The sentence must reflect that.", quote.Text);

        // Offset and Length address the article's Text (paragraphs joined by "\n") from the first paragraph's start.
        Assert.Equal(quote.Text, article.Text.Substring(quote.Offset, quote.Length));
        Assert.Equal("Ann Price", quote.Speaker);
        Assert.Empty(article.QuoteProblems);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_its_opening_mark_and_left_out()
    {
        const string text = "First paragraph.\nShe said, \"We will win and we know it.\nThe vote is on Tuesday.";
        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Empty(article.Quotes);
        QuoteProblem problem = Assert.Single(article.QuoteProblems);
        Assert.Equal(new QuoteProblem(QuoteProblemKind.Unclosed, 1, 10, 1), problem);
        Assert.Equal('"', article.Paragraphs[problem.Paragraph].Text[problem.Offset]);
        Assert.Equal('"', text[article.Paragraphs[problem.Paragraph].FileOffset(problem.Offset)]);
    }

    [Fact]
    public void A_quote_left_open_at_the_end_of_the_article_is_reported_where_it_was_last_reopened()
    {
        // Changed deliberately (issue 13): a run-on quotation that stops unclosed is reported at the mark that
        // reopened its last paragraph, where the closing mark is missing, not at the first paragraph's mark.
        ParsedArticle article = ArticleParser.Parse("He said, \"It is over.\n\"We lost.");

        Assert.Equal(new[] { new QuoteProblem(QuoteProblemKind.Unclosed, 1, 0, 1) }, article.QuoteProblems);
    }

    [Theory]
    [InlineData("He said: \"We are done. \"Now we go home.\" Then he left.", 23)]
    [InlineData("He said: \u201CWe are done? \u201CNow we go home.\u201D Then he left.", 23)]
    [InlineData("He said: \"We are done (for now). \"Now we go home.\"", 33)]
    [InlineData("She said: 'We are done. 'Now we go home.' Then she left.", 24)]
    public void A_reopening_mark_left_mid_line_by_a_lost_paragraph_break_continues_the_quotation(string text, int offset)
    {
        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Equal(new[] { new QuoteProblem(QuoteProblemKind.LostParagraphBreak, 0, offset, 1) }, article.QuoteProblems);
        ArticleQuote quote = Assert.Single(article.Quotes);
        int start = text.IndexOf(": ", System.StringComparison.Ordinal) + 3;
        Assert.Equal(text.Substring(start, text.IndexOf("home.", System.StringComparison.Ordinal) + 5 - start), quote.Text);
    }

    [Theory]
    [InlineData("He said: \"We are done. now we go home.\"")]
    [InlineData("He said: \"We are done.\" \"Now we go home.\"")]
    [InlineData("He said: \"We are done, \"Now\" is the word.\"")]
    public void A_mark_that_is_not_after_a_sentence_end_and_before_a_capital_is_no_lost_break(string text)
    {
        Assert.DoesNotContain(ArticleParser.Parse(text).QuoteProblems, p => p.Kind == QuoteProblemKind.LostParagraphBreak);
    }

    [Theory]
    [InlineData("The fix was return $\"{x}\"; in the end.", "{x}")]
    [InlineData("It read:\"We are open.\"", "We are open.")]
    [InlineData("<a href=\"https://example.com\">link</a>", "https://example.com")]
    public void A_straight_mark_glued_to_a_word_but_followed_by_text_opens_when_nothing_is_open(string text, string expected)
    {
        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Empty(article.QuoteProblems);
        Assert.Equal(expected, Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void A_reversed_curly_mark_closes_the_pair_a_reader_sees()
    {
        ParsedArticle article = ArticleParser.Parse("They sought \u201Cexpedited review\u201C and \u201Ca fair hearing\u201D today.");

        Assert.Equal(new[] { new QuoteProblem(QuoteProblemKind.Mismatched, 0, 29, 1) }, article.QuoteProblems);
        Assert.Equal(new[] { "expedited review", "a fair hearing" }, article.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void Nesting_deeper_than_real_copy_still_pairs_but_keeps_only_the_outer_levels()
    {
        ParsedArticle article = ArticleParser.Parse("\"a 'b \"c 'd \"e 'f \"g\" f' e\" d' c\" b' a\" after \"next\"");

        Assert.Empty(article.QuoteProblems);
        Assert.Equal(new[] { "a 'b \"c 'd \"e 'f \"g\" f' e\" d' c\" b' a", "b \"c 'd \"e 'f \"g\" f' e\" d' c\" b", "c 'd \"e 'f \"g\" f' e\" d' c", "d \"e 'f \"g\" f' e\" d", "e 'f \"g\" f' e", "next" }, article.Quotes.Select(q => q.Text));
    }

    [Theory]
    [InlineData("He said, \u201CWe won.\" Then he left.", 17)]
    [InlineData("He said, \"We won.\u201D Then he left.", 17)]
    [InlineData("He said, \u201CWe won.\u201C Then he left.", 17)]
    public void A_curly_mark_closed_by_the_wrong_kind_is_a_mismatch(string text, int offset)
    {
        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Equal(new[] { new QuoteProblem(QuoteProblemKind.Mismatched, 0, offset, 1) }, article.QuoteProblems);
        Assert.Equal("We won.", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void A_closing_mark_with_nothing_open_is_reported()
    {
        ParsedArticle article = ArticleParser.Parse("He won the vote.\u201D Then he left.");

        Assert.Equal(new[] { new QuoteProblem(QuoteProblemKind.Unopened, 0, 16, 1) }, article.QuoteProblems);
    }

    [Fact]
    public void A_nested_unclosed_double_inside_a_closed_quote_is_reported()
    {
        ParsedArticle article = ArticleParser.Parse("\u201CHe called it \u201Cnonsense and left,\u201D she said.");

        Assert.Contains(article.QuoteProblems, p => p.Kind == QuoteProblemKind.Unclosed && p.Offset == 0);
        Assert.Single(article.Quotes);
    }

    [Fact]
    public void Quotes_are_in_order_of_their_opening_marks()
    {
        ParsedArticle article = ArticleParser.Parse("\"A 'b' c,\" he said. \"D,\" she said.\n'E' and 'F'.");

        Assert.Equal(new[] { "A 'b' c,", "b", "D,", "E", "F" }, article.Quotes.Select(q => q.Text));
    }
}
