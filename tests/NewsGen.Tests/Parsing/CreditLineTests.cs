using NewsGen.Parsing;
using Xunit;

namespace NewsGen.Tests.Parsing;

public sealed class CreditLineTests
{
    [Theory]
    [InlineData("ABC News' Jordyn Phelps contributed to this report.", "Jordyn Phelps", "ABC News")]
    [InlineData("CNN's Jane Roe contributed to this report.", "Jane Roe", "CNN")]
    [InlineData("Jane Roe of Reuters contributed reporting.", "Jane Roe", "Reuters")]
    [InlineData("The Associated Press contributed to this report.", "The Associated Press", "")]
    [InlineData("Additional reporting by Jane Roe and John Doe.", "Jane Roe and John Doe", "")]
    public void Credit_lines_name_contributor_and_organization(string line, string contributor, string organization)
    {
        Assert.True(CreditLine.TryParse(line, out ArticleCredit? credit));
        Assert.Equal(new ArticleCredit(contributor, organization), credit);
    }

    [Theory]
    [InlineData("Sessions said last week he plans to stay on as attorney general.")]
    [InlineData("He resigned. His deputy contributed to this report.")]
    [InlineData("contributed to this report.")]
    public void Other_paragraphs_are_not_credit_lines(string line)
    {
        Assert.False(CreditLine.TryParse(line, out _));
    }
}
