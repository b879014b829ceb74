using System.Collections.Generic;
using NewsGen.Generation;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Generation;

/// <summary>Each MSBuild option and item metadata changes the generated code as the README documents.</summary>
public sealed class OptionTests
{
    private const string WrappedArticle = "Storm closes schools\n\nSchools closed\non Monday.\n\nThey reopen Friday.\n";

    [Fact]
    public void TypeName_metadata_names_the_generated_type()
    {
        var file = new ArticleFile("/p/2024-05-01-storm.txt", "Text.\n", Metadata: new Dictionary<string, string> { ["TypeName"] = "StormStory" });

        GeneratorRun run = GeneratorHarness.Run(new[] { file });

        Assert.Contains("public static partial class StormStory", run.Articles["StormStory"]);
        Assert.Contains("internal static readonly string Ids = \"2024-05-01-storm\";", run.Sources["NewsGen.NewsCorpus.g.cs"]);
        Assert.Contains("case 0: return global::Test.Articles.StormStory.Article;", run.Sources[ArticleGroups.HintName(ArticleGroups.Of("2024-05-01-storm"))]);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("storm")]
    [InlineData("Not Valid")]
    [InlineData("")]
    public void An_invalid_TypeName_falls_back_to_the_name_from_the_file(string typeName)
    {
        var file = new ArticleFile("/p/storm-story.txt", "Text.\n", Metadata: new Dictionary<string, string> { ["TypeName"] = typeName });

        GeneratorRun run = GeneratorHarness.Run(new[] { file });

        Assert.Contains("StormStory", run.Articles.Keys);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Paragraphs_property_selects_the_blank_lines_rule()
    {
        var options = new Dictionary<string, string> { ["build_property.NewsGenParagraphs"] = "BlankLines" };

        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/p/storm.txt", WrappedArticle) }, globalOptions: options);

        string source = run.Articles["Storm"];
        Assert.Contains("public const string Paragraph1 = \"Schools closed on Monday.\";", source);
        Assert.Contains("public const int ParagraphCount = 2;", source);
    }

    [Fact]
    public void Paragraphs_metadata_overrides_the_property_for_one_article()
    {
        var options = new Dictionary<string, string> { ["build_property.NewsGenParagraphs"] = "BlankLines" };
        var files = new[]
        {
            new ArticleFile("/p/storm.txt", WrappedArticle),
            new ArticleFile("/p/lines.txt", WrappedArticle, Metadata: new Dictionary<string, string> { ["Paragraphs"] = "Lines" }),
        };

        GeneratorRun run = GeneratorHarness.Run(files, globalOptions: options);

        Assert.Contains("public const int ParagraphCount = 2;", run.Articles["Storm"]);
        Assert.Contains("public const int ParagraphCount = 3;", run.Articles["Lines"]);
    }

    [Fact]
    public void Without_the_option_a_file_too_short_to_look_wrapped_keeps_one_paragraph_per_line()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/p/storm.txt", WrappedArticle) });

        Assert.Contains("public const int ParagraphCount = 3;", run.Articles["Storm"]);
        Assert.Contains("public const string Paragraph1 = \"Schools closed\";", run.Articles["Storm"]);
    }

    [Theory]
    [InlineData("build_property.NewsGenNamespace", "1Invalid.Namespace")]
    [InlineData("build_property.NewsGenNamespace", "My..Namespace")]
    [InlineData("build_property.NewsGenNamespace", "class")]
    [InlineData("build_property.NewsGenCorpusTypeName", "Not Valid")]
    [InlineData("build_property.NewsGenCorpusTypeName", "NewsArticle")]
    [InlineData("build_property.NewsGenCorpusTypeName", "corpus")]
    [InlineData("build_property.NewsGenParagraphs", "Sometimes")]
    public void Invalid_option_values_fall_back_to_defaults_and_still_compile(string property, string value)
    {
        var options = new Dictionary<string, string> { [property] = value };

        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/p/storm.txt", WrappedArticle) }, globalOptions: options);

        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("Storm", run.Articles.Keys);
    }
}
