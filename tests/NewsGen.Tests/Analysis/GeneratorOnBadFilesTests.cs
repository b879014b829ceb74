using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Analysis;

/// <summary>
/// The generator stays lean and safe on every bad file: it never throws, reports nothing itself, and what it
/// emits compiles; the only errors left in the build are the analyzer's NEWS diagnostics.
/// </summary>
public sealed class GeneratorOnBadFilesTests
{
    [Theory]
    [MemberData(nameof(TargetProfile.Names), MemberType = typeof(TargetProfile))]
    public void Generator_never_throws_and_leaves_no_error_but_the_NEWS_ones(string targetName)
    {
        TargetProfile target = TargetProfile.ByName(targetName);
        List<ArticleFile> files = BadArticleFiles.All.Select(c => c.File)
            .Append(new ArticleFile("/a/breaking-news.txt", "One.\n"))
            .Append(new ArticleFile("/b/Breaking News.txt", "Two.\n"))
            .Append(new ArticleFile("/c/odd.txt", "Odd.\n", Metadata: new Dictionary<string, string> { ["TypeName"] = "not valid", ["Paragraphs"] = "x" }))
            .ToList();
        var badOptions = new Dictionary<string, string> { ["build_property.NewsGenCorpusTypeName"] = "not valid", ["build_property.NewsGenMaxParagraphLength"] = "-1", ["build_property.NewsGenParagraphs"] = "Blank" };

        GeneratorRun run = GeneratorHarness.Run(files, target, badOptions);

        Assert.Null(run.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);

        IReadOnlyList<Diagnostic> analyzer = AnalyzerHarness.Run(files, badOptions, compilation: run.Compilation);
        Assert.All(analyzer, d => Assert.StartsWith("NEWS", d.Id, System.StringComparison.Ordinal));
        Assert.Contains(analyzer, d => d.Id == "NEWS012");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_generated_and_not_in_the_corpus()
    {
        var files = new[] { new ArticleFile("/a/small.txt", "Small.\n"), new ArticleFile("/a/big.txt", "This one is larger than the limit.\n") };

        GeneratorRun run = GeneratorHarness.Run(files, globalOptions: new Dictionary<string, string> { ["build_property.NewsGenMaxArticleBytes"] = "20" });

        Assert.Contains("Small", run.Articles.Keys);
        Assert.DoesNotContain("Big", run.Articles.Keys);
        Assert.DoesNotContain("Big", run.Sources["NewsGen.NewsCorpus.g.cs"], System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void The_same_file_under_the_default_limit_is_generated()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/a/big.txt", "This one is larger than the limit.\n") });

        Assert.Contains("Big", run.Articles.Keys);
    }
}
