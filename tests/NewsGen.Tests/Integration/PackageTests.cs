using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using System.Xml.Linq;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Integration;

/// <summary>
/// The packed package, consumed as users consume it: only the package proves that its props/targets, its
/// analyzer folder and its metadata work (a ProjectReference imports none of them by itself).
/// </summary>
public sealed class PackageTests
{
    private const string Article =
        "Markets rallied on Tuesday. Analysts were surprised.\n" +
        "\"We did not expect this,\" said Jane Roe, an economist.\n" +
        "Reuters' John Doe contributed to this report.\n";

    [Fact]
    public async Task Package_holds_the_analyzer_and_build_files_and_no_runtime_assets()
    {
        PackedFeed feed = await PackedPackage.GetAsync();

        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath);
        string[] entries = package.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("analyzers/dotnet/cs/NewsGen.dll", entries);
        Assert.Contains("build/NewsGen.props", entries);
        Assert.Contains("build/NewsGen.targets", entries);
        Assert.Contains("buildTransitive/NewsGen.props", entries);
        Assert.Contains("buildTransitive/NewsGen.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

        using Stream nuspecStream = package.GetEntry("NewsGen.nuspec")!.Open();
        XDocument nuspec = XDocument.Load(nuspecStream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")?.Value);
        Assert.Null(metadata.Element(ns + "dependencies"));
    }

    [Fact]
    public async Task Net10_consumer_builds_runs_and_carries_no_NewsGen_at_run_time()
    {
        PackedFeed feed = await PackedPackage.GetAsync();
        ConsumerProject consumer = ConsumerProject.Create(
                feed,
                "ConsumerNet10",
                "    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>enable</Nullable>",
                "    <AdditionalFiles Include=\"BannedSymbols.txt;PublicAPI.Shipped.txt;PublicAPI.Unshipped.txt\" />")
            .WithFile("articles/markets-rally.txt", Article)
            .WithFile("BannedSymbols.txt", "T:System.Console;not an article\n")
            .WithFile("PublicAPI.Shipped.txt", "#nullable enable\n")
            .WithFile("PublicAPI.Unshipped.txt", "#nullable enable\n")
            .WithFile("Program.cs", """
                using Consumer.Articles;
                System.Console.WriteLine(NewsCorpus.Count);
                System.Console.WriteLine(MarketsRally.Lede);
                System.Console.WriteLine(MarketsRally.Article.Paragraphs[1].Text);
                System.Console.WriteLine(MarketsRally.ParagraphUtf8(1).Length);
                System.Console.WriteLine(NewsCorpus.TryGet("markets-rally", out NewsArticle found) ? found.Contributor : "missing");
                """);

        CliResult build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());

        string output = Path.Combine(consumer.Directory, "bin", "Debug", "net10.0");
        CliResult run = await DotNetCli.RunAsync($"exec \"{Path.Combine(output, "ConsumerNet10.dll")}\"", consumer.Directory);
        Assert.True(run.ExitCode == 0, run.ToString());
        const string secondParagraph = "\"We did not expect this,\" said Jane Roe, an economist.";
        Assert.Equal(
            new[] { "1", "Markets rallied on Tuesday.", secondParagraph, System.Text.Encoding.UTF8.GetByteCount(secondParagraph).ToString(System.Globalization.CultureInfo.InvariantCulture), "John Doe" },
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));

        // Nothing of NewsGen ships with the program: no assembly in the output, no entry in its dependencies.
        Assert.False(File.Exists(Path.Combine(output, "NewsGen.dll")));
        Assert.DoesNotContain("NewsGen", File.ReadAllText(Path.Combine(output, "ConsumerNet10.deps.json")), StringComparison.Ordinal);

        // The non-article AdditionalFiles are untouched and not read as articles.
        Assert.Equal("T:System.Console;not an article\n", File.ReadAllText(Path.Combine(consumer.Directory, "BannedSymbols.txt")));
    }

    [Fact]
    public async Task NetStandard20_CSharp_7_3_consumer_builds_with_the_reduced_surface()
    {
        PackedFeed feed = await PackedPackage.GetAsync();
        ConsumerProject consumer = ConsumerProject.Create(
                feed,
                "ConsumerNetStandard",
                "    <TargetFramework>netstandard2.0</TargetFramework>\n    <LangVersion>7.3</LangVersion>")
            .WithFile("articles/markets-rally.txt", Article)
            .WithFile("Reader.cs", """
                namespace Consumer
                {
                    /// <summary>Uses the generated API from C# 7.3.</summary>
                    public static class Reader
                    {
                        /// <summary>Counts characters of all paragraphs.</summary>
                        public static int CountCharacters()
                        {
                            int total = 0;
                            foreach (Articles.NewsArticle article in Articles.NewsCorpus.Articles)
                            {
                                foreach (Articles.NewsParagraph paragraph in article.Paragraphs)
                                {
                                    total += paragraph.Text.Length;
                                }
                            }

                            return total;
                        }
                    }
                }
                """);

        CliResult build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());

        // Load the netstandard2.0 assembly and call into it: the generated code works, not just compiles.
        string dll = Path.Combine(consumer.Directory, "bin", "Debug", "netstandard2.0", "ConsumerNetStandard.dll");
        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromAssemblyPath(dll);
            Type article = assembly.GetType("Consumer.Articles.MarketsRally", throwOnError: true)!;
            Assert.Equal(3, article.GetField("ParagraphCount")!.GetRawConstantValue());
            Assert.Null(article.GetProperty("TextUtf8"));
            int characters = (int)assembly.GetType("Consumer.Reader")!.GetMethod("CountCharacters")!.Invoke(null, null)!;
            Assert.Equal(Article.Replace("\n", string.Empty, StringComparison.Ordinal).Length, characters);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public async Task Consumer_with_a_malformed_article_fails_with_the_NEWS_error_in_canonical_form()
    {
        PackedFeed feed = await PackedPackage.GetAsync();
        ConsumerProject consumer = ConsumerProject.Create(
                feed,
                "ConsumerBadArticle",
                "    <TargetFramework>net10.0</TargetFramework>")
            .WithFile("articles/good.txt", Article)
            .WithFile("articles/bad.txt", "A clean first line.\nHe said, \"We will rebuild the bridge.\nThe council met.\n")
            .WithFile("Library.cs", "namespace Consumer { internal static class Library { } }\n");

        CliResult build = await consumer.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        string bad = Path.Combine(consumer.Directory, "articles", "bad.txt");
        Assert.Contains(bad + "(2,10,2,11): error NEWS003: ", build.Output, StringComparison.Ordinal);
    }
}
