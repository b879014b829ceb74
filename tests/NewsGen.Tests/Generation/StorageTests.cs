using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsGen.Generation;
using NewsGen.Generation.Options;
using NewsGen.Parsing;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Generation;

/// <summary>
/// NewsGenStorage: the views read string literals (Strings) or decode UTF-8 (Utf8), and Auto picks by the
/// user-string heap the corpus would take. Sizes are deterministic counts of the emitted metadata, not timings.
/// </summary>
public sealed class StorageTests
{
    // Reads every string the views offer, so a difference in any of them shows.
    private const string Reader = """
        namespace Consumer
        {
            internal static class Reader
            {
                public static string ReadAll()
                {
                    var all = new System.Text.StringBuilder();
                    foreach (Test.Articles.NewsArticle article in Test.Articles.NewsCorpus.Articles)
                    {
                        all.Append(article.Id).Append('|').Append(article.Title).Append('|').Append(article.Lede).Append('|').Append(article.Text).Append('|');
                        foreach (Test.Articles.NewsParagraph paragraph in article.Paragraphs)
                        {
                            all.Append(paragraph.Text).Append('|');
                        }

                        foreach (Test.Articles.NewsQuote quote in article.Quotes)
                        {
                            all.Append(quote.Text).Append('|').Append(quote.Speaker.Name).Append('|');
                        }
                    }

                    foreach (Test.Articles.NewsCorpusSpeaker speaker in Test.Articles.NewsCorpus.Speakers)
                    {
                        all.Append(speaker.Name).Append('=').Append(speaker.Quotes.Count).Append('|');
                    }

                    return all.ToString();
                }
            }
        }
        """;

    [Fact]
    public void Utf8_views_read_back_exactly_what_string_views_read()
    {
        ArticleFile[] files =
        {
            new("/p/seed.txt", Seed.Text),
            new("/p/titled.txt", "Storm \u201Ccloses\u201D schools\n\nThe mayor said, \"We will reopen.\" Caf\u00E9s stayed open \u2014 \uD83D\uDCF0 all day.\n\"Not yet,\" she said.\n"),
        };

        string strings = ReadAll(files, "Strings", out long stringsHeap);
        string utf8 = ReadAll(files, "Utf8", out long utf8Heap);

        Assert.Equal(strings, utf8);
        Assert.Contains("Russia inquiry \u2014 a decision", utf8);

        // The UTF-8 views keep the article text out of the user-string heap.
        int text = files.Sum(f => f.Text!.Length);
        // String views load the body once (UTF-16, two bytes a character) and build paragraphs and quotes from it.
        Assert.InRange(stringsHeap, 2 * text, 3 * text);
        // UTF-8 views load only the short strings and the number tables: well under half of what the body takes.
        Assert.True(utf8Heap < stringsHeap / 2, $"utf8: {utf8Heap} bytes, strings: {stringsHeap} bytes for {text} chars");
    }

    [Fact]
    public void Budget_estimate_bounds_the_real_user_string_heap()
    {
        var files = SyntheticCorpus(40).ToList();
        ReadAll(files, "Strings", out long withArticles);
        ReadAll(new List<ArticleFile>(), "Strings", out long withoutArticles);
        long estimate = files.Sum(f => UserStringBudget.StringsViewBytes(System.IO.Path.GetFileNameWithoutExtension(f.Path), NewsGen.Model.ArticleContent.From(ArticleParser.Parse(f.Text!))));

        long actual = withArticles - withoutArticles;
        Assert.InRange(actual, estimate * 8 / 10, estimate);
    }

    [Theory]
    [InlineData(StorageOption.Auto, 0L, true, ViewStorage.Strings)]
    [InlineData(StorageOption.Auto, UserStringBudget.Threshold, true, ViewStorage.Strings)]
    [InlineData(StorageOption.Auto, UserStringBudget.Threshold + 1, true, ViewStorage.Utf8)]
    [InlineData(StorageOption.Auto, UserStringBudget.Threshold + 1, false, ViewStorage.Strings)]
    [InlineData(StorageOption.Strings, UserStringBudget.HeapLimit * 2, true, ViewStorage.Strings)]
    [InlineData(StorageOption.Utf8, 0L, true, ViewStorage.Utf8)]
    [InlineData(StorageOption.Utf8, 0L, false, ViewStorage.Strings)]
    public void Storage_decision(StorageOption option, long bytes, bool utf8Available, ViewStorage expected)
    {
        Assert.Equal(expected, UserStringBudget.Decide(option, bytes, utf8Available));
    }

    [Fact]
    public void Utf8_storage_snapshot_of_the_seed()
    {
        var options = new Dictionary<string, string> { ["build_property.NewsGenStorage"] = "Utf8" };

        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/project/seeds/" + Seed.FileName, Seed.Text) }, globalOptions: options);

        string source = run.Articles["Article000_E551924a018df44c"];
        Snapshot.Verify(source.Substring(source.IndexOf("    /// <summary>The UTF-8 bytes of <see cref=\"Text\"/>", System.StringComparison.Ordinal)));
    }

    /// <summary>Deterministic articles of realistic size: the seed's paragraphs, each marked with the article number.</summary>
    internal static IEnumerable<ArticleFile> SyntheticCorpus(int count)
    {
        string[] paragraphs = Seed.Text.Split('\n');
        for (int i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            foreach (string paragraph in paragraphs)
            {
                text.Append(paragraph).Append(" [").Append(i).Append("]\n");
            }

            yield return new ArticleFile($"/corpus/story-{i:00000}.txt", text.ToString());
        }
    }

    private static string ReadAll(IReadOnlyList<ArticleFile> files, string storage, out long userStringHeap)
    {
        var options = new Dictionary<string, string> { ["build_property.NewsGenStorage"] = storage };
        GeneratorRun run = GeneratorHarness.Run(files, globalOptions: options, consumerCode: Reader);
        Assert.Empty(run.CompilationDiagnostics);
        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);
        userStringHeap = assembly.UserStringHeapBytes;
        return (string)assembly.Call("Consumer.Reader", "ReadAll")!;
    }
}
