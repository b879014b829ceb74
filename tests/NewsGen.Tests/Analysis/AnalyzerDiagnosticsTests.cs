using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Analysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Analysis;

/// <summary>Every rule through the real analyzer: the bad file gives exactly its diagnostic at the exact span.</summary>
public sealed class AnalyzerDiagnosticsTests
{
    public static TheoryData<string> CaseNames => new(BadArticleFiles.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Bad_file_gives_exactly_its_diagnostic_at_the_exact_span(string name)
    {
        BadArticleFiles.Case bad = BadArticleFiles.All.Single(c => c.Name == name);

        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(new[] { bad.File });

        Assert.Equal(bad.Expected, string.Join(";", AnalyzerHarness.Describe(diagnostics)));
    }

    [Fact]
    public void Every_diagnostic_has_a_help_page_a_category_and_a_description()
    {
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.Supported)
        {
            Assert.Equal("NewsGen", descriptor.Category);
            Assert.Equal(DiagnosticDescriptors.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", descriptor.Id + ".md")), descriptor.Id + " has no docs page");
            Assert.NotEmpty(descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Messages_say_what_is_wrong_with_the_values_found()
    {
        string Message(string text, IReadOnlyDictionary<string, string>? options = null) =>
            AnalyzerHarness.Run(new[] { new ArticleFile("/articles/a.txt", text) }, options).Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture);

        Assert.StartsWith("'regretsThe' looks like 'regrets' and 'The' glued together", Message("Trump's regretsThe latest.\n"));
        Assert.StartsWith("This paragraph repeats the paragraph on line 3 word for word.", Message("Title\n\nSame text.\nOther.\nSame text.\n"));
        Assert.StartsWith("The text holds control characters (U+0000 U+0001)", Message("a\0\u0001b\n"));
        Assert.StartsWith("The text holds invisible bidirectional-control characters (U+202E)", Message("a\u202Eb\n"));
        Assert.StartsWith("This paragraph is 11 characters long, more than the 10 allowed", Message("abcdefghijk\n", new Dictionary<string, string> { ["build_property.NewsGenMaxParagraphLength"] = "10" }));
        Assert.StartsWith("The article takes 12 bytes, more than the 11 allowed", Message("\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9", new Dictionary<string, string> { ["build_property.NewsGenMaxArticleBytes"] = "11" }));
    }

    [Fact]
    public void Files_not_marked_as_articles_are_never_checked()
    {
        var files = new[] { new ArticleFile("/project/BannedSymbols.txt", "\0 regretsThe", IsArticle: false), new ArticleFile("/project/Empty.txt", string.Empty, IsArticle: false) };

        Assert.Empty(AnalyzerHarness.Run(files));
    }

    [Fact]
    public void Limits_come_from_the_MSBuild_properties()
    {
        var paragraphLimit = new Dictionary<string, string> { ["build_property.NewsGenMaxParagraphLength"] = "20" };
        Assert.Empty(AnalyzerHarness.Check(new string('a', 20) + "\n", globalOptions: paragraphLimit));
        Assert.Equal(new[] { "NEWS009 a.txt(1,1,1,22)" }, AnalyzerHarness.Check(new string('a', 21) + "\n", globalOptions: paragraphLimit));

        // Bytes of UTF-8, not characters: 49 + 1 + 26 characters, 49 + 1 + 52 bytes.
        var sizeLimit = new Dictionary<string, string> { ["build_property.NewsGenMaxArticleBytes"] = "100" };
        Assert.Empty(AnalyzerHarness.Check(new string('a', 100), globalOptions: sizeLimit));
        Assert.Equal(new[] { "NEWS010 a.txt(1,1,1,1)" }, AnalyzerHarness.Check(new string('a', 49) + "\n" + new string('\u00E9', 26), globalOptions: sizeLimit));
    }

    [Fact]
    public void A_file_too_large_is_reported_once_and_not_checked_further()
    {
        var options = new Dictionary<string, string> { ["build_property.NewsGenMaxArticleBytes"] = "10" };

        Assert.Equal(new[] { "NEWS010 a.txt(1,1,1,1)" }, AnalyzerHarness.Check("\0\0\0 regretsThe", globalOptions: options));
    }

    [Fact]
    public void Two_files_with_one_type_name_are_both_reported_each_naming_the_other()
    {
        var files = new[] { new ArticleFile("/a/breaking-news.txt", "One.\n"), new ArticleFile("/b/Breaking News.txt", "Two.\n"), new ArticleFile("/c/other.txt", "Three.\n") };

        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(files);

        Assert.Equal(new[] { "NEWS011 breaking-news.txt(1,1,1,1)", "NEWS011 Breaking News.txt(1,1,1,1)" }, AnalyzerHarness.Describe(diagnostics));
        Assert.Equal("This article and '/b/Breaking News.txt' both map to the generated type name 'BreakingNews', so none of them is generated. Rename one of the files.", diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("'/a/breaking-news.txt'", diagnostics[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Files_the_generator_skips_take_no_part_in_name_clashes()
    {
        var files = new[] { new ArticleFile("/a/story.txt", "One.\n"), new ArticleFile("/b/story.txt", null) };

        Assert.Equal(new[] { "NEWS013 story.txt(1,1,1,1)" }, AnalyzerHarness.Describe(AnalyzerHarness.Run(files)));
    }

    [Theory]
    [InlineData("build_property.NewsGenNamespace", "1Bad.Name", "NewsGenNamespace")]
    [InlineData("build_property.NewsGenNamespace", "My.class", "NewsGenNamespace")]
    [InlineData("build_property.NewsGenCorpusTypeName", "News Corpus", "NewsGenCorpusTypeName")]
    [InlineData("build_property.NewsGenCorpusTypeName", "NewsParagraph", "NewsGenCorpusTypeName")]
    [InlineData("build_property.NewsGenCorpusTypeName", "stories", "NewsGenCorpusTypeName")]
    [InlineData("build_property.NewsGenMaxArticleBytes", "-5", "NewsGenMaxArticleBytes")]
    [InlineData("build_property.NewsGenMaxArticleBytes", "1MB", "NewsGenMaxArticleBytes")]
    [InlineData("build_property.NewsGenMaxParagraphLength", "0", "NewsGenMaxParagraphLength")]
    [InlineData("build_property.NewsGenMaxParagraphLength", "99999999999", "NewsGenMaxParagraphLength")]
    [InlineData("build_property.NewsGenParagraphs", "Blank", "NewsGenParagraphs")]
    public void An_invalid_option_is_reported_by_name_and_the_default_used(string key, string value, string property)
    {
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(new[] { new ArticleFile("/a/story.txt", "Fine.\n") }, new Dictionary<string, string> { [key] = value });

        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("NEWS012", diagnostic.Id);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.StartsWith("The MSBuild property " + property + " is set to '" + value + "'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("build_property.NewsGenNamespace", "")]
    [InlineData("build_property.NewsGenNamespace", "My.Articles")]
    [InlineData("build_property.NewsGenCorpusTypeName", "Stories")]
    [InlineData("build_property.NewsGenMaxArticleBytes", "2048")]
    [InlineData("build_property.NewsGenMaxParagraphLength", " 500 ")]
    [InlineData("build_property.NewsGenMaxParagraphLength", "")]
    public void Valid_and_unset_options_are_not_reported(string key, string value)
    {
        Assert.Empty(AnalyzerHarness.Run(new[] { new ArticleFile("/a/story.txt", "Fine.\n") }, new Dictionary<string, string> { [key] = value }));
    }

    [Fact]
    public void Invalid_item_metadata_is_reported_on_the_article()
    {
        var metadata = new Dictionary<string, string> { ["TypeName"] = "class", ["Paragraphs"] = "Sentences" };

        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(new[] { new ArticleFile("/a/story.txt", "Fine.\n", Metadata: metadata) });

        Assert.Equal(new[] { "NEWS012 story.txt(1,1,1,1)", "NEWS012 story.txt(1,1,1,1)" }, AnalyzerHarness.Describe(diagnostics));
        string[] messages = diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(m => m, System.StringComparer.Ordinal).ToArray();
        Assert.StartsWith("The Paragraphs metadata of this NewsArticle item is set to 'Sentences', which is not Auto, Lines or BlankLines.", messages[0]);
        Assert.StartsWith("The TypeName metadata of this NewsArticle item is set to 'class'", messages[1]);
    }

    [Fact]
    public void A_TypeName_clash_is_found_as_the_generator_finds_it()
    {
        var files = new[]
        {
            new ArticleFile("/a/one.txt", "One.\n", Metadata: new Dictionary<string, string> { ["TypeName"] = "Lead" }),
            new ArticleFile("/a/lead.txt", "Two.\n"),
        };

        Assert.Equal(new[] { "NEWS011 lead.txt(1,1,1,1)", "NEWS011 one.txt(1,1,1,1)" }, AnalyzerHarness.Describe(AnalyzerHarness.Run(files)));
        Assert.DoesNotContain(GeneratorHarness.Run(files).Sources.Keys, name => name.StartsWith("Lead", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraph_rules_apply_as_the_generator_applies_them_and_spans_cover_wrapped_lines()
    {
        const string text = "First line\nwraps here.\n\nOther.\n\nFirst line\nwraps here.\n";

        // The default (Auto) sees the lines wrap, as BlankLines reads them: one repeated paragraph of two lines.
        Assert.Equal(new[] { "NEWS008 a.txt(6,1,7,12)" }, AnalyzerHarness.Check(text));

        // One paragraph per line, forced: the repeated first line is still reported; the repeated "wraps here."
        // only the wrong rule makes, so NEWS018 stands for it (one fault, one diagnostic).
        Assert.Equal(
            new[] { "NEWS018 a.txt(1,1,1,11)", "NEWS008 a.txt(6,1,6,11)" },
            AnalyzerHarness.Check(text, globalOptions: new Dictionary<string, string> { ["build_property.NewsGenParagraphs"] = "Lines" }));

        // Blank-line paragraphs: one repeated paragraph of two wrapped lines.
        Assert.Equal(
            new[] { "NEWS008 a.txt(6,1,7,12)" },
            AnalyzerHarness.Check(text, globalOptions: new Dictionary<string, string> { ["build_property.NewsGenParagraphs"] = "BlankLines" }));
    }
}
