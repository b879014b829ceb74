using System.Collections.Generic;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Quotes;

/// <summary>The seed's quotes as issue 5 labels them: text start, line, speaker and kind, in order.</summary>
public sealed class SeedQuoteTests
{
    private static readonly ParsedArticle Article = ArticleParser.Parse(Seed.Text);

    public static IEnumerable<object?[]> Table() => new[]
    {
        // line (1-based, as in the issue), text start, speaker (null: none), kind
        new object?[] { 4, "There's obviously an issue in the relationship ...", "Anthony Scaramucci", QuoteKind.Statement },
        new object?[] { 5, "beleaguered AG", "Donald Trump", QuoteKind.Fragment },
        new object?[] { 5, "continue", null, QuoteKind.Fragment },
        new object?[] { 5, "VERY weak", "Donald Trump", QuoteKind.Fragment },
        new object?[] { 5, "Hillary Clinton crimes.", "Donald Trump", QuoteKind.Fragment },
        new object?[] { 6, "witch hunt.", "Donald Trump", QuoteKind.Fragment },
        new object?[] { 7, "beleaguered", "Donald Trump", QuoteKind.Fragment },
        new object?[] { 10, "How do you take a job and then recuse yourself?", "Donald Trump", QuoteKind.Statement },
        new object?[] { 10, "If he would have recused himself before the job, ", "Donald Trump", QuoteKind.Statement },
        new object?[] { 10, "Thanks, Jeff, but I can't, you know, I'm not going to take you.", null, QuoteKind.Nested },
        new object?[] { 11, "extremely unfair, and that's a mild word, to the president.", "Donald Trump", QuoteKind.Fragment },
        new object?[] { 12, "Fox and Friends", null, QuoteKind.Title },
        new object?[] { 12, "I know that [Trump] is certainly frustrated ", "Sarah Sanders", QuoteKind.Statement },
        new object?[] { 13, "decision if the president wants to make, he certainly will.", "Sarah Sanders", QuoteKind.Fragment },
        new object?[] { 14, "as long as that is appropriate.", "Jeff Sessions", QuoteKind.Fragment },
    };

    [Fact]
    public void Seed_has_exactly_the_fifteen_quotes_of_the_table()
    {
        Assert.Equal(15, Article.Quotes.Count);
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_row_of_the_table_is_reproduced(int line, string start, string? speaker, QuoteKind kind)
    {
        int row = IndexOf(line, start);
        ArticleQuote quote = Article.Quotes[row];

        Assert.Equal(line - 1, quote.Paragraph);
        Assert.StartsWith(start, quote.Text);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(kind, quote.Kind);
    }

    [Fact]
    public void Every_quote_is_the_exact_text_between_its_marks()
    {
        foreach (ArticleQuote quote in Article.Quotes)
        {
            string paragraph = Article.Paragraphs[quote.Paragraph].Text;
            Assert.Equal(quote.Paragraph, quote.EndParagraph);
            Assert.Equal(quote.Text, paragraph.Substring(quote.Offset, quote.Length));
            Assert.True(QuoteMarksAround(paragraph, quote.Offset, quote.Length), quote.Text);
        }
    }

    [Fact]
    public void The_nested_quote_is_a_child_of_the_quote_that_encloses_it()
    {
        int parent = IndexOf(10, "If he would have recused himself");
        int child = IndexOf(10, "Thanks, Jeff");

        Assert.Equal(parent, Article.Quotes[child].Parent);
        Assert.Contains(Article.Quotes[child].Text, Article.Quotes[parent].Text);
        foreach (ArticleQuote quote in Article.Quotes)
        {
            if (quote.Kind != QuoteKind.Nested)
            {
                Assert.Equal(-1, quote.Parent);
            }
        }
    }

    [Fact]
    public void The_four_speakers_come_in_order_of_first_quote_with_their_roles()
    {
        Assert.Equal(
            new[]
            {
                new ArticleSpeaker("Anthony Scaramucci", "White House communications director"),
                new ArticleSpeaker("Donald Trump", "President"),
                new ArticleSpeaker("Sarah Sanders", "White House press secretary"),
                new ArticleSpeaker("Jeff Sessions", "Attorney General"),
            },
            Article.Speakers);
    }

    [Fact]
    public void Quote_roles_are_their_speakers_roles()
    {
        foreach (ArticleQuote quote in Article.Quotes)
        {
            string? expected = quote.Speaker switch
            {
                null => null,
                "Anthony Scaramucci" => "White House communications director",
                "Donald Trump" => "President",
                "Sarah Sanders" => "White House press secretary",
                "Jeff Sessions" => "Attorney General",
                _ => "unexpected speaker " + quote.Speaker,
            };
            Assert.Equal(expected, quote.Role);
        }
    }

    [Fact]
    public void The_seed_has_no_quotation_mark_problems()
    {
        Assert.Empty(Article.QuoteProblems);
    }

    private static int IndexOf(int line, string start)
    {
        for (int i = 0; i < Article.Quotes.Count; i++)
        {
            if (Article.Quotes[i].Paragraph == line - 1 && Article.Quotes[i].Text.StartsWith(start, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        Assert.Fail("No quote on line " + line + " starts with: " + start);
        return -1;
    }

    private static bool QuoteMarksAround(string paragraph, int offset, int length) =>
        offset >= 1 && offset + length < paragraph.Length
        && paragraph[offset - 1] is '"' or '\'' && paragraph[offset + length] is '"' or '\'';
}
