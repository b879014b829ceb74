using System.Collections.Generic;
using System.Linq;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Generation;

/// <summary>What the generator emits, pinned by snapshots, and proof that it compiles cleanly for every consumer.</summary>
public sealed class GeneratorOutputTests
{
    private const string SmallArticle =
        "Headline: \"quotes\", \\backslashes\\ & <tags>\n" +
        "\n" +
        "The mayor said, \"We will rebuild.\" It was 5 p.m. on Jan. 5.\n" +
        "\n" +
        "Second paragraph with an em dash \u2014 and caf\u00E9.\n" +
        "\n" +
        "Jane Roe of Reuters contributed reporting.\n";

    [Fact]
    public void Seed_article_snapshot()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/project/seeds/" + Seed.FileName, Seed.Text) });

        Snapshot.Verify(run.Articles["Article000_E551924a018df44c"]);
    }

    [Fact]
    public void Views_and_corpus_snapshot()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/project/seeds/" + Seed.FileName, Seed.Text) });

        Snapshot.Verify(run.Sources["NewsGen.Views.g.cs"], "views");
        Snapshot.Verify(run.Sources["NewsGen.NewsCorpus.g.cs"], "corpus");
    }

    [Fact]
    public void Small_article_with_title_snapshot()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/project/articles/small-story.txt", SmallArticle) });

        Snapshot.Verify(run.Articles["SmallStory"]);
    }

    [Fact]
    public void CSharp_7_3_consumer_gets_the_reduced_surface_snapshot()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/project/articles/small-story.txt", SmallArticle) }, TargetProfile.NetStandard20);

        Snapshot.Verify(run.Articles["SmallStory"], "article");
        Snapshot.Verify(run.Sources["NewsGen.Views.g.cs"], "views");
    }

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void Generated_code_compiles_without_any_warning(string targetName)
    {
        TargetProfile target = TargetProfile.ByName(targetName);
        var files = new[]
        {
            new ArticleFile("/project/seeds/" + Seed.FileName, Seed.Text),
            new ArticleFile("/project/articles/small-story.txt", SmallArticle),
            new ArticleFile("/project/articles/class.txt", "A keyword for a file name.\n"),
            new ArticleFile("/project/articles/1.txt", "A digit for a file name.\n"),
            new ArticleFile("/project/articles/empty.txt", string.Empty),
        };

        GeneratorRun run = GeneratorHarness.Run(files, target, consumerCode: ConsumerCode(target));

        Assert.Null(run.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(5 + 2, run.Sources.Count); // one file per article, the views, the corpus
    }

    [Fact]
    public void Only_files_marked_as_articles_are_read()
    {
        var files = new[]
        {
            new ArticleFile("/project/seeds/" + Seed.FileName, Seed.Text),
            new ArticleFile("/project/BannedSymbols.txt", "T:System.Console;Use ILogger", IsArticle: false),
            new ArticleFile("/project/PublicAPI.Shipped.txt", "#nullable enable", IsArticle: false),
            new ArticleFile("/project/PublicAPI.Unshipped.txt", "#nullable enable", IsArticle: false),
        };

        GeneratorRun run = GeneratorHarness.Run(files);

        Assert.Equal(
            new[] { NewsGen.Generation.ArticleGroups.HintName(NewsGen.Generation.ArticleGroups.Of("000_e551924a018df44c")), "NewsGen.NewsCorpus.g.cs", "NewsGen.Views.g.cs" },
            run.Sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Article000_E551924a018df44c" }, run.Articles.Keys.Where(k => !k.Contains('.')));
    }

    [Fact]
    public void Clashing_names_are_skipped_instead_of_breaking_the_build()
    {
        var files = new[]
        {
            new ArticleFile("/project/a/story.txt", "One.\n"),
            new ArticleFile("/project/b/story.txt", "Two.\n"),
            new ArticleFile("/project/c/Story.txt", "Three.\n"),
            new ArticleFile("/project/other.txt", "Four.\n"),
        };

        GeneratorRun run = GeneratorHarness.Run(files);

        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("Other", run.Articles.Keys);
        Assert.DoesNotContain("Story", run.Articles.Keys);
        Assert.Contains("public const int Count = 1;", run.Sources["NewsGen.NewsCorpus.g.cs"]);
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_order_of_the_files()
    {
        var files = Enumerable.Range(0, 12)
            .Select(i => new ArticleFile($"/project/articles/story-{i:00}.txt", $"Story {i} begins. It ends.\n"))
            .ToList();

        IReadOnlyDictionary<string, string> forward = GeneratorHarness.Run(files).Sources;
        IReadOnlyDictionary<string, string> backward = GeneratorHarness.Run(Enumerable.Reverse(files)).Sources;
        IReadOnlyDictionary<string, string> shuffled = GeneratorHarness.Run(files.OrderBy(f => f.Path.GetHashCode(System.StringComparison.Ordinal))).Sources;

        Assert.Equal(forward.OrderBy(p => p.Key), backward.OrderBy(p => p.Key));
        Assert.Equal(forward.OrderBy(p => p.Key), shuffled.OrderBy(p => p.Key));
    }

    [Fact]
    public void Articles_named_like_quote_members_or_views_are_renamed_and_compile()
    {
        var files = new[]
        {
            new ArticleFile("/project/quote1.txt", "\"Yes,\" she said.\n"),
            new ArticleFile("/project/quote-count.txt", "He called it \"absurd.\"\n"),
            new ArticleFile("/project/news-speaker.txt", "No quotes here.\n"),
        };

        GeneratorRun run = GeneratorHarness.Run(files);

        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("ArticleQuote1", run.Articles.Keys);
        Assert.Contains("ArticleQuoteCount", run.Articles.Keys);
        Assert.Contains("ArticleNewsSpeaker", run.Articles.Keys);
    }

    [Fact]
    public void Namespace_and_corpus_name_follow_the_options()
    {
        var options = new Dictionary<string, string>
        {
            ["build_property.NewsGenNamespace"] = "Newsroom.Content",
            ["build_property.NewsGenCorpusTypeName"] = "Stories",
        };

        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/p/a.txt", "Text.\n") }, globalOptions: options);

        Assert.Contains("namespace Newsroom.Content", run.Articles["A"]);
        Assert.Contains("public static partial class Stories", run.Sources["NewsGen.Stories.g.cs"]);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Root_namespace_gives_the_default_namespace()
    {
        var options = new Dictionary<string, string>
        {
            ["build_property.NewsGenNamespace"] = string.Empty,
            ["build_property.RootNamespace"] = "Contoso.Web",
        };

        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/p/a.txt", "Text.\n") }, globalOptions: options);

        Assert.Contains("namespace Contoso.Web.Articles", run.Articles["A"]);
    }

    public static TheoryData<string> TargetNames => TargetProfile.Names;

    // Code a consumer writes against the generated API, so the test also proves the surface is usable.
    private static string ConsumerCode(TargetProfile target)
    {
        string utf8 = target.LanguageVersion >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11
            ? "int bytes = Test.Articles.Article000_E551924a018df44c.TextUtf8.Length + article.TextUtf8.Length;"
            : string.Empty;
        return $$"""
            namespace Consumer
            {
                internal static class Reader
                {
                    public static int Read()
                    {
                        int total = 0;
                        foreach (Test.Articles.NewsArticle article in Test.Articles.NewsCorpus.Articles)
                        {
                            foreach (Test.Articles.NewsParagraph paragraph in article.Paragraphs)
                            {
                                total += paragraph.Text.Length;
                                foreach (Test.Articles.NewsQuote quote in paragraph.Quotes)
                                {
                                    total += quote.Offset + quote.Length + quote.ParagraphIndex + quote.EndParagraphIndex + quote.Number;
                                    total += quote.HasParent ? quote.Parent.Text.Length + quote.ParentIndex : 0;
                                    total += quote.Kind == Test.Articles.NewsQuoteKind.Statement ? 1 : 0;
                                    total += quote.HasSpeaker ? quote.Speaker.Name.Length + quote.SpeakerName.Length + quote.Role.Length + quote.SpeakerIndex : quote.Speaker.Index;
                                    total += quote.Paragraph.Index + quote.Article.WordCount + quote.ToString().Length;
                                }
                            }

                            foreach (Test.Articles.NewsSpeaker speaker in article.Speakers)
                            {
                                total += speaker.Name.Length + (speaker.HasRole ? speaker.Role.Length : 0) + speaker.Index;
                                foreach (Test.Articles.NewsQuote quote in speaker.Quotes)
                                {
                                    total += quote.Text.Length;
                                }
                            }

                            total += article.Quotes.Count + article.Speakers.Count;
                            {{utf8}}
                        }

                        foreach (Test.Articles.NewsCorpusSpeaker speaker in Test.Articles.NewsCorpus.Speakers)
                        {
                            total += speaker.Name.Length + speaker.Quotes.Count + speaker.Appearances.Count;
                            foreach (Test.Articles.NewsQuote quote in speaker.Quotes)
                            {
                                total += quote.Speaker.Name == speaker.Name ? 1 : -1000;
                            }
                        }

                        Test.Articles.NewsCorpusSpeaker nobody;
                        total += Test.Articles.NewsCorpus.TryGetSpeaker("No Such Person", out nobody) ? -1000 : nobody.Quotes.Count;

                        Test.Articles.NewsArticle found;
                        return Test.Articles.NewsCorpus.TryGet("class", out found) ? total + found.WordCount : total;
                    }
                }
            }
            """;
    }
}
