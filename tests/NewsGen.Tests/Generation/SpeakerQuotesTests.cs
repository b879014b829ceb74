using NewsGen.Generation;
using NewsGen.Generation.Layout;
using NewsGen.Model;
using NewsGen.Parsing.Quotes;
using Xunit;

namespace NewsGen.Tests.Generation;

/// <summary>The corpus's view of an article's speakers, on hand-built models: the same attribution the views read.</summary>
public sealed class SpeakerQuotesTests
{
    private static ArticleQuote Quote(string text, string? speaker) =>
        new(text, 0, 0, text.Length, 0, QuoteKind.Statement, speaker, null, -1);

    [Fact]
    public void A_name_listed_twice_counts_its_quotes_once_under_the_entry_the_views_use()
    {
        // The parser can list one name twice (two roles); the views give its quotes to the last entry.
        var content = new ArticleContent(
            null,
            new EquatableArray<ParagraphContent>(new[] { new ParagraphContent("\"a\" \"b\" \"c\"", false) }),
            "\"a\"",
            3,
            null,
            new EquatableArray<ArticleQuote>(new[] { Quote("a", "Ann Lee"), Quote("b", null), Quote("c", "Ann Lee") }),
            new EquatableArray<ArticleSpeaker>(new[] { new ArticleSpeaker("Ann Lee", "Mayor"), new ArticleSpeaker("Bo Day", null), new ArticleSpeaker("Ann Lee", "Senator") }));

        Assert.Equal(new[] { 2, -1, 2 }, ArticleTables.QuoteSpeakers(content));
        SpeakerQuotes ann = Assert.Single(SpeakerQuotes.Of(content));
        Assert.Equal("Ann Lee", ann.Name);
        Assert.Equal(new[] { 0, 2 }, ann.Quotes);
    }
}
