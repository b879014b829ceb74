using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Analysis;

/// <summary>Text that resembles a fault but is good news copy: no rule may fire on it.</summary>
public sealed class CleanLookAlikeTests
{
    [Theory]
    [InlineData("Sessions' recusal, Trump said, was \"extremely unfair.\"")]
    [InlineData("ABC News' Jordyn Phelps contributed to this report.")]
    [InlineData("\"I would have said, 'Thanks, Jeff, but I can't, you know, I'm not going to take you.'\"")]
    [InlineData("\"There's obviously an issue ... We'll get to a resolution shortly ... The president wants it.\"")]
    [InlineData("It was a decision \u2014 one that infuriated Trump \u2014 made in March.")]
    [InlineData("\u201CIt\u2019s over,\u201D she said. \u2018Not yet,\u2019 he replied\u2026")]
    [InlineData("The iPhone, the iPad and iOS; McDonald's and McDonald; eBay, YouTube, PlayStation and MacBook.")]
    [InlineData("LinkedIn, JavaScript, jQuery, macOS, mRNA vaccines, a 5 kWh battery and easyJet flights.")]
    [InlineData("Mets ace Jacob deGrom met Ron DeSantis and Leonardo DiCaprio at LaGuardia.")]
    [InlineData("The U.S. and the U.K. met at 5 p.m. with J.K. Rowling and George W. Bush.")]
    [InlineData("He tweeted @realDonaldTrump under #MeToo and linked nytimes.com/someStory and get_userName.")]
    [InlineData("Tabs\tinside a line are fine.")]
    [InlineData("Emoji \uD83D\uDCF0 are well-formed surrogate pairs.")]
    [InlineData("A name in Hebrew with a mark \u200F\u05D3\u05D5\u05D3 and an Arabic letter mark \u061C.")]
    public void Good_copy_gives_no_diagnostic(string paragraph)
    {
        Assert.Empty(AnalyzerHarness.Check(paragraph + "\n"));
    }

    [Fact]
    public void A_quotation_that_runs_on_into_a_reopened_paragraph_is_not_unbalanced()
    {
        string article = "The mayor said, \"We will rebuild the bridge.\n\"And we will do it by spring,\" she added.\n";

        Assert.Empty(AnalyzerHarness.Check(article));
    }

    [Fact]
    public void Line_endings_byte_order_mark_and_repeated_dividers_give_no_diagnostic()
    {
        string article = "\uFEFFHeadline here\r\n\r\nFirst paragraph.\r\n* * *\rSecond paragraph.\n* * *\n\u2014\n\u2014\n";

        Assert.Empty(AnalyzerHarness.Check(article));
    }
}
