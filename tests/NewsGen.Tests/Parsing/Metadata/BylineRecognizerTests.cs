using System.Linq;
using NewsGen.Parsing.Metadata;
using Xunit;

namespace NewsGen.Tests.Parsing.Metadata;

/// <summary>Bylines in the house styles of wires, newspapers and magazines, and the look-alikes that must stay paragraphs.</summary>
public sealed class BylineRecognizerTests
{
    private static string Describe(string line) =>
        BylineRecognizer.TryRecognize(line, out Byline? byline)
            ? string.Join(" + ", byline!.Authors.Select(a => a.Name + (a.Role is null ? string.Empty : " [" + a.Role + "]") + (a.Organisation is null ? string.Empty : " @" + a.Organisation)))
            : "-";

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]                                             // newspaper
    [InlineData("BY JANE DOE", "JANE DOE")]                                             // all-caps print byline
    [InlineData("By Jane Doe and John Roe", "Jane Doe + John Roe")]
    [InlineData("By Jane Doe & John Roe", "Jane Doe + John Roe")]
    [InlineData("By Jane Doe, John Roe and Ann Poe", "Jane Doe + John Roe + Ann Poe")]
    [InlineData("By JANE DOE, Associated Press", "JANE DOE @Associated Press")]         // AP
    [InlineData("By Jane Doe and John Roe, The Associated Press", "Jane Doe @The Associated Press + John Roe @The Associated Press")]
    [InlineData("By Jane Doe, Political Correspondent", "Jane Doe [Political Correspondent]")]
    [InlineData("By Jane Doe, Staff Writer, The Daily Star", "Jane Doe [Staff Writer] @The Daily Star")]
    [InlineData("By Ana de la Cruz, Reuters", "Ana de la Cruz @Reuters")]
    [InlineData("By J.R. O'Brien Jr.", "J.R. O'Brien Jr.")]
    [InlineData("By Mary Smith-Jones, BBC News", "Mary Smith-Jones @BBC News")]
    [InlineData("Jane Doe, Political Correspondent", "Jane Doe [Political Correspondent]")] // magazine: no "By"
    [InlineData("Jane Doe, Washington Bureau Chief, The Globe", "Jane Doe [Washington Bureau Chief] @The Globe")]
    public void Bylines_give_their_authors_with_organisation_and_role(string line, string expected)
    {
        Assert.Equal(expected, Describe(line));
    }

    [Theory]
    [InlineData("By the time the vote came, the chamber was half empty.")]
    [InlineData("By Tuesday, the council had voted.")]
    [InlineData("By Monday Morning the roads were clear")]
    [InlineData("By May Day")]
    [InlineData("By contrast, the Senate moved quickly.")]
    [InlineData("By Jane Doe.")]
    [InlineData("By Jane")]
    [InlineData("By Jane Doe, who covered the vote")]
    [InlineData("Jane Doe, a spokeswoman, said the plan was sound.")]
    [InlineData("Jane Doe, Associated Press")]          // without "By" only a role makes it a byline
    [InlineData("Jane Doe and John Roe, Reporters")]    // without "By" one name only
    [InlineData("Markets rallied on Tuesday.")]
    [InlineData("WASHINGTON (AP) — The Senate voted.")]
    [InlineData("By Jane Doe, Political Correspondent, The Times, London, England")]
    [InlineData("")]
    public void Lines_that_are_not_clearly_bylines_are_not_bylines(string line)
    {
        Assert.Equal("-", Describe(line));
    }

    [Fact]
    public void Bylines_are_values()
    {
        Assert.True(BylineRecognizer.TryRecognize("By Jane Doe and John Roe, Reuters", out Byline? first));
        Assert.True(BylineRecognizer.TryRecognize("By Jane Doe and John Roe, Reuters", out Byline? second));

        Assert.Equal(first, second);
        Assert.Equal(first!.GetHashCode(), second!.GetHashCode());
    }
}
