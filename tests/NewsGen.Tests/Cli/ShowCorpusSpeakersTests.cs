using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Cli;

/// <summary>
/// <c>newsgen show</c> on several files lists who said what across them (schema version 3's corpus document, and
/// the text output), exactly as the generated <c>NewsCorpus.Speakers</c> reports it for the same files: the same
/// names in the same order, the same quotes by article id and quote index, the same article counts, and nothing
/// from the files the build generates no type for.
/// </summary>
public sealed class ShowCorpusSpeakersTests
{
    // Two articles quote Donald Trump; two files ask for one type name (NEWS011), so neither is in the corpus.
    private static readonly (string Path, string RecursiveDir, string Text)[] Files =
    {
        ("politics/trade.txt", "politics/", "Trade talks resume\n\nPresident Donald Trump spoke to reporters on Monday.\n\n\"We will get a great deal,\" Trump said.\n\nSenator Elizabeth Warren disagreed. \"This deal is a mirage,\" Warren said.\n"),
        ("rally.txt", string.Empty, "Rally in Ohio\n\nFormer reality star Donald Trump held a rally in Ohio.\n\n\"Ohio is fantastic,\" Trump said. \"We love Ohio.\"\n\n\"It was loud,\" said Maria Lopez, a local teacher.\n"),
        ("weather.txt", string.Empty, "Rain all week\n\nForecasters expect rain until Friday, and nobody is quoted.\n"),
        ("Story.txt", string.Empty, "A story\n\n\"We are ready,\" said Ann Poe, the mayor.\n"),
        ("story.txt", string.Empty, "Another story\n\n\"We are not,\" said Ann Poe, the mayor.\n"),
    };

    private const string Reader = """
        namespace Consumer
        {
            internal static class Speakers
            {
                public static string List()
                {
                    var all = new System.Text.StringBuilder();
                    foreach (var speaker in Test.Articles.NewsCorpus.Speakers)
                    {
                        all.Append(speaker.Name).Append(" in ").Append(speaker.Appearances.Count).Append(':');
                        foreach (var quote in speaker.Quotes)
                        {
                            all.Append(' ').Append(quote.Article.Id).Append('#').Append(quote.Index);
                        }

                        all.Append('\n');
                    }

                    return all.ToString();
                }
            }
        }
        """;

    [Fact]
    public void Json_lists_the_speakers_the_generated_corpus_reports_for_the_same_files()
    {
        using var folder = new TempFolder();
        Write(folder);

        CliRun run = CliRun.Of("show", folder.Path, "--json");
        string generated = FromCompilation(folder);

        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement[] speakers = json.RootElement.GetProperty("speakers").EnumerateArray().ToArray();
        var shown = new StringBuilder();
        foreach (JsonElement speaker in speakers)
        {
            shown.Append(speaker.GetProperty("name").GetString()).Append(" in ").Append(speaker.GetProperty("articleCount").GetInt32()).Append(':');
            foreach (JsonElement quote in speaker.GetProperty("quotes").EnumerateArray())
            {
                shown.Append(' ').Append(quote.GetProperty("article").GetString()).Append('#').Append(quote.GetProperty("quote").GetInt32());
            }

            shown.Append('\n');
        }

        Assert.Equal(generated, shown.ToString());
        Assert.Equal(
            "Donald Trump in 2: politics/trade#0 rally#0 rally#1\nElizabeth Warren in 1: politics/trade#1\nMaria Lopez in 1: rally#2\n",
            generated);
        Assert.Equal(new[] { "name", "quoteCount", "articleCount", "quotes" }, speakers[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, speakers[0].GetProperty("quoteCount").GetInt32());

        // Each pair points at a quote of that speaker in the article's own list.
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        foreach (JsonElement speaker in speakers)
        {
            foreach (JsonElement quote in speaker.GetProperty("quotes").EnumerateArray())
            {
                JsonElement inArticle = articles[quote.GetProperty("article").GetString()!].GetProperty("quotes")[quote.GetProperty("quote").GetInt32()];
                Assert.Equal(speaker.GetProperty("name").GetString(), inArticle.GetProperty("speaker").GetString());
            }
        }
    }

    [Fact]
    public void Text_output_ends_with_the_corpus_speakers()
    {
        using var folder = new TempFolder();
        Write(folder);

        CliRun run = CliRun.Of("show", folder.Path);

        Assert.Equal(
            new[]
            {
                "corpus speakers: 3 (5 quotes)",
                "  Donald Trump: 3 quote(s) in 2 article(s): politics/trade 1; rally 1, 2",
                "  Elizabeth Warren: 1 quote(s) in 1 article(s): politics/trade 2",
                "  Maria Lopez: 1 quote(s) in 1 article(s): rally 3",
            },
            run.OutLines.Skip(run.OutLines.Length - 4));
    }

    [Fact]
    public void A_project_document_carries_the_diagnostics_about_the_project()
    {
        using var folder = new TempFolder();
        string project = NewsroomProject.Write(folder, "<NewsGenStorage>Bytes</NewsGenStorage>");

        CliRun run = CliRun.Of("show", project, "--json");

        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement diagnostic = Assert.Single(json.RootElement.GetProperty("projectDiagnostics").EnumerateArray());
        Assert.Equal(new[] { "id", "severity", "message", "project" }, diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("NEWS012", "error", project), (diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("project").GetString()));
        Assert.StartsWith("The MSBuild property NewsGenStorage is set to 'Bytes'", diagnostic.GetProperty("message").GetString(), System.StringComparison.Ordinal);
    }

    private static void Write(TempFolder folder)
    {
        foreach ((string path, _, string text) in Files)
        {
            folder.WriteText(path, text);
        }
    }

    // The same files as the compiler is handed them from <NewsArticle Include="folder/**/*.txt" />.
    private static string FromCompilation(TempFolder folder)
    {
        IEnumerable<ArticleFile> files = Files.Select(file => new ArticleFile(
            folder.File(file.Path),
            CompilerFileReader.Read(folder.File(file.Path)),
            Metadata: new Dictionary<string, string> { ["NewsGenRecursiveDir"] = file.RecursiveDir }));
        GeneratorRun run = GeneratorHarness.Run(files, consumerCode: Reader);
        Assert.Empty(run.CompilationDiagnostics);

        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);
        return (string)assembly.Call("Consumer.Speakers", "List")!;
    }
}
