using NewsGen.Parsing;
using Xunit;

namespace NewsGen.Tests.Properties;

/// <summary>The minimal inputs the properties found bugs with, fixed as plain examples.</summary>
public sealed class Regressions
{
    [Fact]
    public void A_title_without_paragraphs_normalises_to_the_title_alone()
    {
        ParsedArticle parsed = ArticleParser.Parse("Headline\n\n");

        Assert.Equal("Headline", parsed.Title?.Text);
        Assert.Empty(parsed.Paragraphs);
        Assert.Equal("Headline", parsed.NormalizedText);
    }
}
