using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Generation;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Generation;

/// <summary>
/// Who said what across the corpus, through real compilations: the README's snippet runs as written on a corpus
/// that quotes one person in two articles, lookups are exact and ordinal, the output does not depend on the order
/// of the files, both storages and C# 7.3 read the same speakers, and an edit re-emits only its own article.
/// </summary>
public sealed class CorpusSpeakerTests
{
    private const string Heading = "### Who said what, across the corpus";

    private static readonly ArticleFile Trade = new(
        "/p/articles/trade.txt",
        "Trade talks resume\n\nPresident Donald Trump spoke to reporters on Monday.\n\n\"We will get a great deal,\" Trump said.\n\nSenator Elizabeth Warren disagreed. \"This deal is a mirage,\" Warren said.\n");

    private static readonly ArticleFile Rally = new(
        "/p/articles/rally.txt",
        "Rally in Ohio\n\nFormer reality star Donald Trump held a rally in Ohio.\n\n\"Ohio is fantastic,\" Trump said. \"We love Ohio.\"\n\n\"It was loud,\" said Maria Lopez, a local teacher.\n");

    private static readonly ArticleFile Weather = new(
        "/p/articles/weather.txt",
        "Rain all week\n\nForecasters expect rain until Friday, and nobody is quoted.\n");

    private static readonly ArticleFile[] Corpus = { Trade, Rally, Weather };

    private const string ExpectedOutput =
        "Donald Trump: 3 quote(s) in 2 article(s)\n" +
        "Elizabeth Warren: 1 quote(s) in 1 article(s)\n" +
        "Maria Lopez: 1 quote(s) in 1 article(s)\n" +
        "rally, paragraph 2: Donald Trump: Ohio is fantastic,\n" +
        "rally, paragraph 2: Donald Trump: We love Ohio.\n" +
        "trade, paragraph 2: Donald Trump: We will get a great deal,\n" +
        "rally: no role given\n" +
        "trade: President\n";

    [Fact]
    public void The_README_snippet_runs_as_written_on_a_corpus_that_quotes_one_person_in_two_articles()
    {
        Assert.Equal(ExpectedOutput, RunSnippet(Corpus, TargetProfile.Net100, null));
    }

    [Theory]
    [InlineData("net10.0", "Strings")]
    [InlineData("net10.0", "Utf8")]
    [InlineData("netstandard2.0 C# 7.3", "Auto")]
    public void Every_target_and_storage_reads_the_same_speakers(string profile, string storage)
    {
        var options = new Dictionary<string, string> { ["build_property.NewsGenStorage"] = storage };
        TargetProfile target = TargetProfile.ByName(profile);
        string corpus = GeneratorHarness.Run(Corpus, target, options).Sources[CorpusHint];

        // u8 data wherever the consumer has u8 literals, whatever the articles' storage; string literals on C# 7.3.
        string names = "\"Donald Trump\\nElizabeth Warren\\nMaria Lopez\"";
        Assert.Contains(names + (target == TargetProfile.NetStandard20 ? "," : "u8,"), corpus, StringComparison.Ordinal);
        Assert.Equal(ExpectedOutput, RunSnippet(Corpus, target, options));
    }

    [Fact]
    public void Lookup_is_exact_and_ordinal_on_the_canonical_name()
    {
        const string Lookups = """
            namespace Consumer
            {
                internal static class Lookups
                {
                    public static string Run()
                    {
                        var found = new System.Text.StringBuilder();
                        foreach (string name in new[] { "Donald Trump", "Trump", "President Donald Trump", "donald trump", "Donald Trump ", "", "Maria Lopez", "Zed" })
                        {
                            found.Append(Test.Articles.NewsCorpus.TryGetSpeaker(name, out var speaker) ? speaker.Index.ToString() : "-").Append(' ');
                        }

                        Test.Articles.NewsCorpus.TryGetSpeaker("Nobody", out var missing);
                        found.Append(missing.Name.Length).Append(missing.Quotes.Count).Append(missing.Appearances.Count).Append(missing == default ? "d" : "?");
                        return found.ToString();
                    }
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(Corpus, consumerCode: Lookups);
        Assert.Empty(run.CompilationDiagnostics);

        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);
        Assert.Equal("0 - - - - - 2 - 000d", assembly.Call("Consumer.Lookups", "Run"));
    }

    [Fact]
    public void The_corpus_file_is_byte_identical_whatever_the_order_of_the_files()
    {
        string forward = GeneratorHarness.Run(Corpus).Sources[CorpusHint];
        string backward = GeneratorHarness.Run(Corpus.Reverse()).Sources[CorpusHint];

        Assert.Equal(forward, backward);
        Assert.Contains("\"Donald Trump\\nElizabeth Warren\\nMaria Lopez\"", forward, StringComparison.Ordinal);

        // Articles in id order (rally 0, trade 1, weather 2): Trump's quotes 0 and 1 in rally, 0 in trade.
        Assert.Contains("\"3 0 0 0 1 1 0 1 1 1 1 0 2\"", forward, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_article_re_emits_that_article_and_the_corpus_only()
    {
        List<ArticleFile> files = Corpus.ToList();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files, TargetProfile.Net100, null, out ImmutableArray<AdditionalText> texts);
        var compilation = GeneratorHarness.CreateCompilation(TargetProfile.Net100);
        driver = driver.RunGenerators(compilation);
        Dictionary<string, string> before = Sources(driver);

        // Maria Lopez's quote becomes Donald Trump's: the rally article and the corpus's table change.
        AdditionalText rally = texts.Single(t => t.Path == Rally.Path);
        string edited = Rally.Text!.Replace("said Maria Lopez, a local teacher.", "Trump added.", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(rally, new InMemoryAdditionalText(rally.Path, edited)).RunGenerators(compilation);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        Dictionary<string, string> after = Sources(driver);

        IncrementalStepRunReason[] emitted = run.TrackedSteps[TrackingNames.EmittedArticles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Assert.Equal(1, emitted.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, emitted.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        string[] changed = before.Keys.Where(k => before[k] != after[k]).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { ArticleGroups.HintName(ArticleGroups.Of("rally")), CorpusHint }.OrderBy(k => k, StringComparer.Ordinal), changed);
        Assert.Contains("\"Donald Trump\\nElizabeth Warren\"", after[CorpusHint], StringComparison.Ordinal);
    }

    private static string CorpusHint => "NewsGen.NewsCorpus.g.cs";

    private static Dictionary<string, string> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    // The README's snippet, as written, inside a method whose Console is a capture, compiled with the corpus.
    private static string RunSnippet(IEnumerable<ArticleFile> files, TargetProfile target, IReadOnlyDictionary<string, string>? options)
    {
        string consumer = """
            namespace Consumer
            {
                using Test.Articles;
                using Console = Consumer.Captured;

                internal static class Captured
                {
                    public static readonly System.Text.StringBuilder Text = new System.Text.StringBuilder();

                    public static void WriteLine(string line) => Text.Append(line).Append('\n');
                }

                internal static class Snippet
                {
                    public static string Run()
                    {
                        Captured.Text.Clear();
            """ + Snippet() + """

                        return Captured.Text.ToString();
                    }
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(files, target, options, consumer);
        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);

        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);
        return (string)assembly.Call("Consumer.Snippet", "Run")!;
    }

    // The first C# block under the README's heading, exactly as users read it.
    private static string Snippet()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int section = readme.IndexOf(Heading + "\n", StringComparison.Ordinal);
        int start = section < 0 ? -1 : readme.IndexOf("```csharp\n", section, StringComparison.Ordinal);
        int end = start < 0 ? -1 : readme.IndexOf("\n```\n", start, StringComparison.Ordinal);
        Assert.True(end > start, $"README.md has no ```csharp block under '{Heading}'.");
        return readme.Substring(start + "```csharp\n".Length, end - start - "```csharp\n".Length + 1);
    }
}
