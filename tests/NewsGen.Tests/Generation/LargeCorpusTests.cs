using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Analysis;
using NewsGen.Generation;
using NewsGen.Generation.Options;
using NewsGen.Parsing;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Generation;

/// <summary>
/// A corpus whose string views would need more than the 16 MiB user-string heap (error CS8103): with the default
/// storage it compiles, reads back correctly and stays far below the limit; the analyzer says what happened.
/// </summary>
public sealed class LargeCorpusTests
{
    // 2,600 seed-sized articles: string views would load about 18 MB of literals (the text once, and the short
    // strings and tables), past the 16 MiB limit.
    private const int Articles = 2_600;

    private static readonly List<ArticleFile> Corpus = StorageTests.SyntheticCorpus(Articles).ToList();

    [Fact]
    public void Estimate_crosses_the_limit_and_auto_storage_decodes_utf8()
    {
        long estimate = Corpus.Sum(f => UserStringBudget.StringsViewBytes(System.IO.Path.GetFileNameWithoutExtension(f.Path), NewsGen.Model.ArticleContent.From(ArticleParser.Parse(f.Text!))));

        TestContext.Current.TestOutputHelper?.WriteLine($"{Articles} articles, {Corpus.Sum(f => f.Text!.Length)} chars: string views would load {estimate} bytes of literals");
        Assert.True(estimate > UserStringBudget.HeapLimit, $"estimate {estimate} bytes");
        Assert.Equal(ViewStorage.Utf8, UserStringBudget.Decide(StorageOption.Auto, estimate, utf8Available: true));
        Assert.Equal(ViewStorage.Strings, UserStringBudget.Decide(StorageOption.Auto, estimate / Articles, utf8Available: true));
    }

    [Fact]
    public void Corpus_past_the_string_limit_compiles_and_reads_back()
    {
        const string reader = """
            namespace Consumer
            {
                internal static class Reader
                {
                    internal static string Sample()
                    {
                        Test.Articles.NewsCorpus.TryGet("story-01234", out Test.Articles.NewsArticle article);
                        return Test.Articles.NewsCorpus.Count + "|" + article.Paragraphs[7].Text + "|" + article.Quotes[0].Text + "|" + article.Lede;
                    }
                }
            }
            """;

        GeneratorRun run = GeneratorHarness.Run(Corpus, consumerCode: reader, trackSteps: false);   // as a compiler runs it

        Assert.Empty(run.CompilationDiagnostics);
        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);
        TestContext.Current.TestOutputHelper?.WriteLine($"user-string heap of the compiled corpus: {assembly.UserStringHeapBytes} bytes");
        Assert.True(assembly.UserStringHeapBytes < UserStringBudget.HeapLimit / 4, $"#US is {assembly.UserStringHeapBytes} bytes");
        ParsedArticle expected = ArticleParser.Parse(Corpus[1234].Text!);
        Assert.Equal(
            $"{Articles}|{expected.Paragraphs[7].Text}|{expected.Quotes[0].Text}|{expected.Lede}",
            assembly.Call("Consumer.Reader", "Sample"));
    }

    [Fact]
    public void Analyzer_reports_the_switch_and_warns_when_strings_are_forced()
    {
        IReadOnlyList<Diagnostic> auto = AnalyzerHarness.Run(Corpus);
        IReadOnlyList<Diagnostic> strings = AnalyzerHarness.Run(Corpus, new Dictionary<string, string> { ["build_property.NewsGenStorage"] = "Strings" });

        Diagnostic info = Assert.Single(auto, d => d.Id is "NEWS014" or "NEWS015");
        Assert.Equal(DiagnosticDescriptors.Utf8ViewsChosen.Id, info.Id);
        Diagnostic warning = Assert.Single(strings, d => d.Id is "NEWS014" or "NEWS015");
        Assert.Equal(DiagnosticDescriptors.StringHeapNearlyFull.Id, warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("Set <NewsGenStorage>Auto</NewsGenStorage>", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
