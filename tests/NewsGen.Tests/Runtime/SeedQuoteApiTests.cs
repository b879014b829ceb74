using System.Linq;
using NewsGen.Tests.Articles;
using Xunit;

namespace NewsGen.Tests.Runtime;

/// <summary>The seed's quotes through the generated API the real compiler built for this test project.</summary>
public sealed class SeedQuoteApiTests
{
    private static readonly NewsArticle Article = Article000_E551924a018df44c.Article;

    [Fact]
    public void Each_quote_has_a_constant_and_the_view_reads_it()
    {
        Assert.Equal(15, Article000_E551924a018df44c.QuoteCount);
        Assert.Equal(15, Article.Quotes.Count);
        Assert.Equal("VERY weak", Article000_E551924a018df44c.Quote4);
        Assert.Equal(Article000_E551924a018df44c.Quote4, Article.Quotes[3].Text);
        Assert.Equal("as long as that is appropriate.", Article000_E551924a018df44c.Quote15);
    }

    [Fact]
    public void Quote_text_is_the_paragraph_text_at_offset_and_length()
    {
        foreach (NewsQuote quote in Article.Quotes)
        {
            Assert.Equal(quote.Text, quote.Paragraph.Text.Substring(quote.Offset, quote.Length));
            Assert.Equal(quote.ParagraphIndex, quote.EndParagraphIndex);
        }
    }

    [Fact]
    public void The_first_quote_is_Scaramucci_with_his_role()
    {
        NewsQuote quote = Article.Quotes[0];

        Assert.Equal(3, quote.ParagraphIndex);
        Assert.Equal(NewsQuoteKind.Statement, quote.Kind);
        Assert.True(quote.HasSpeaker);
        Assert.Equal("Anthony Scaramucci", quote.Speaker.Name);
        Assert.Equal("Anthony Scaramucci", quote.SpeakerName);
        Assert.Equal(Article.Speakers[0], quote.Speaker);
        Assert.Equal("White House communications director", quote.Role);
        Assert.StartsWith("There's obviously an issue", quote.Text);
    }

    [Fact]
    public void Fox_and_Friends_is_a_title_without_speaker()
    {
        NewsQuote title = Article.Quotes.Single(q => q.Text == "Fox and Friends");

        Assert.Equal(NewsQuoteKind.Title, title.Kind);
        Assert.False(title.HasSpeaker);
        Assert.Empty(title.SpeakerName);
        Assert.Empty(title.Role);
        Assert.Equal(-1, title.SpeakerIndex);

        // The speaker of an unattributed quote is the article's "nobody": a view that reads as empty, never throws.
        Assert.Equal(-1, title.Speaker.Index);
        Assert.Empty(title.Speaker.Name);
        Assert.Empty(title.Speaker.Role);
        Assert.False(title.Speaker.HasRole);
        Assert.Empty(title.Speaker.Quotes);
        Assert.Equal(Article, title.Speaker.Article);
    }

    [Fact]
    public void The_nested_quote_points_at_its_parent()
    {
        NewsQuote nested = Article.Quotes.Single(q => q.Kind == NewsQuoteKind.Nested);

        Assert.True(nested.HasParent);
        Assert.Equal(nested.Index - 1, nested.ParentIndex);
        Assert.StartsWith("If he would have recused himself", nested.Parent.Text);
        Assert.Contains(nested.Text, nested.Parent.Text);
        Assert.False(nested.Parent.HasParent);
        Assert.Throws<System.InvalidOperationException>(() => nested.Parent.Parent);
    }

    [Fact]
    public void Paragraph_quotes_are_the_quotes_that_open_in_it()
    {
        Assert.Equal(new[] { "beleaguered AG", "continue", "VERY weak", "Hillary Clinton crimes." }, Article.Paragraphs[4].Quotes.Select(q => q.Text));
        Assert.Empty(Article.Paragraphs[0].Quotes);
        Assert.Equal(Article.Quotes.Count, Article.Paragraphs.Sum(p => p.Quotes.Count));
        foreach (NewsParagraph paragraph in Article.Paragraphs)
        {
            Assert.All(paragraph.Quotes, q => Assert.Equal(paragraph.Index, q.ParagraphIndex));
        }
    }

    [Fact]
    public void Speakers_are_distinct_in_order_of_first_quote_with_their_quotes()
    {
        Assert.Equal(new[] { "Anthony Scaramucci", "Donald Trump", "Sarah Sanders", "Jeff Sessions" }, Article.Speakers.Select(s => s.Name));
        Assert.Equal(new[] { "White House communications director", "President", "White House press secretary", "Attorney General" }, Article.Speakers.Select(s => s.Role));

        NewsSpeaker trump = Article.Speakers[1];
        Assert.Equal(8, trump.Quotes.Count);
        Assert.All(trump.Quotes, q => Assert.Equal(trump, q.Speaker));
        Assert.All(trump.Quotes, q => Assert.Equal("President", q.Speaker.Role));
        Assert.Equal(Article.Quotes.Count(q => q.HasSpeaker), Article.Speakers.Sum(s => s.Quotes.Count));
        Assert.Equal("decision if the president wants to make, he certainly will.", Article.Speakers[2].Quotes[1].Text);
    }
}
