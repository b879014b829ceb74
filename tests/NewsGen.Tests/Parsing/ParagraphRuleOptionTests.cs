using System.Collections.Generic;
using NewsGen.Generation;
using NewsGen.Generation.Options;
using NewsGen.Parsing;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Parsing;

/// <summary>How the paragraph-rule options are read: Auto, Lines and BlankLines in any case; Auto by default; NEWS012 otherwise.</summary>
public sealed class ParagraphRuleOptionTests
{
    [Theory]
    [InlineData("Auto", ParagraphRule.Auto)]
    [InlineData("auto", ParagraphRule.Auto)]
    [InlineData(" AUTO ", ParagraphRule.Auto)]
    [InlineData("Lines", ParagraphRule.Lines)]
    [InlineData("lines", ParagraphRule.Lines)]
    [InlineData("BlankLines", ParagraphRule.BlankLines)]
    [InlineData("blanklines", ParagraphRule.BlankLines)]
    public void Every_rule_is_read_in_any_case(string value, ParagraphRule expected)
    {
        Assert.True(ProjectOptions.TryParseParagraphRule(value, out ParagraphRule rule));
        Assert.Equal(expected, rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Blank")]
    [InlineData("Sometimes")]
    [InlineData(null)]
    public void Anything_else_is_not_a_rule(string? value)
    {
        Assert.False(ProjectOptions.TryParseParagraphRule(value, out ParagraphRule rule));
        Assert.Equal(ParagraphRule.Auto, rule);
    }

    [Fact]
    public void An_invalid_property_gets_NEWS012_listing_the_values_and_the_fallback()
    {
        IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> diagnostics = AnalyzerHarness.Run(
            new[] { new ArticleFile("/articles/a.txt", "Text.\n") },
            new Dictionary<string, string> { ["build_property.NewsGenParagraphs"] = "Sometimes" });

        string message = Assert.Single(diagnostics, d => d.Id == "NEWS012").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("NewsGenParagraphs", message, System.StringComparison.Ordinal);
        Assert.Contains("Auto, Lines or BlankLines", message, System.StringComparison.Ordinal);
        Assert.Contains("'Auto'", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_metadata_value_gets_NEWS012_listing_the_values()
    {
        IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> diagnostics = AnalyzerHarness.Run(
            new[] { new ArticleFile("/articles/a.txt", "Text.\n", Metadata: new Dictionary<string, string> { ["Paragraphs"] = "Blank" }) });

        string message = Assert.Single(diagnostics, d => d.Id == "NEWS012").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Paragraphs metadata", message, System.StringComparison.Ordinal);
        Assert.Contains("Auto, Lines or BlankLines", message, System.StringComparison.Ordinal);
    }
}
