using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Generation;
using NewsGen.Generation.Options;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Generation;

/// <summary>
/// Corpora laid out in folders, as newsrooms and public datasets lay them out: ids are paths below the corpus
/// root, folders become namespaces, files with one name in different folders never clash, and every clash that
/// remains is a located NEWS error while the rest of the corpus still compiles.
/// </summary>
public sealed class FolderCorpusTests
{
    private const string Reader = """
        namespace Consumer
        {
            internal static class Reader
            {
                public static string Lookups()
                {
                    var all = new System.Text.StringBuilder();
                    foreach (var article in Test.Articles.NewsCorpus.Articles)
                    {
                        all.Append(article.Id).Append('=').Append(article.Paragraphs[0].Text).Append(';');
                    }

                    all.Append('|');
                    foreach (var article in Test.Articles.NewsCorpus.InFolder("2024"))
                    {
                        all.Append(article.Id).Append(';');
                    }

                    all.Append('|').Append(Test.Articles.NewsCorpus.InFolder("sport").Count);
                    all.Append('|').Append(Test.Articles.NewsCorpus.InFolder("nowhere").Count);
                    Test.Articles.NewsCorpus.TryGet("business/001", out var business);
                    all.Append('|').Append(business.Title);
                    all.Append('|').Append(Test.Articles.NewsCorpus.TryGet("001", out _));
                    all.Append('|').Append(Test.Articles._2024._05._01.Storm.Id);
                    all.Append('|').Append(Test.Articles.Sport.Article001.Title);
                    return all.ToString();
                }
            }
        }
        """;

    private static ArticleFile Article(string path, string recursiveDir, string text, Dictionary<string, string>? metadata = null)
    {
        var all = new Dictionary<string, string>(metadata ?? new Dictionary<string, string>()) { ["NewsGenRecursiveDir"] = recursiveDir };
        return new ArticleFile(path, text, Metadata: all);
    }

    private static readonly ArticleFile[] Newsroom =
    {
        Article("/p/articles/business/001.txt", "business/", "Markets rally\n\nShares rose on Monday.\n"),
        Article("/p/articles/sport/001.txt", "sport/", "Cup final\n\nThe final ended 2-1.\n"),
        Article("/p/articles/sport/002.txt", "sport/", "Transfer news\n\nA striker moved clubs.\n"),
        Article("/p/articles/2024/05/01/storm.txt", "2024/05/01/", "Storm closes schools\n\nSchools closed early.\n"),
        Article("/p/articles/2024/05/02/storm.txt", "2024/05/02/", "Storm passes\n\nSchools reopened.\n"),
        Article("/p/articles/flat.txt", string.Empty, "A flat article.\n"),
    };

    [Fact]
    public void Files_with_one_name_in_different_folders_get_distinct_ids_and_namespaces()
    {
        GeneratorRun run = GeneratorHarness.Run(Newsroom, consumerCode: Reader);

        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("Test.Articles.Business.Article001", run.Articles.Keys);
        Assert.Contains("Test.Articles.Sport.Article001", run.Articles.Keys);
        Assert.Contains("Test.Articles._2024._05._01.Storm", run.Articles.Keys);
        Assert.Contains("Test.Articles._2024._05._02.Storm", run.Articles.Keys);
        Assert.Contains("Test.Articles.Flat", run.Articles.Keys);

        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);
        string[] parts = ((string)assembly.Call("Consumer.Reader", "Lookups")!).Split('|');
        Assert.Equal(
            "2024/05/01/storm=Schools closed early.;2024/05/02/storm=Schools reopened.;business/001=Shares rose on Monday.;flat=A flat article.;sport/001=The final ended 2-1.;sport/002=A striker moved clubs.;",
            parts[0]);
        Assert.Equal("2024/05/01/storm;2024/05/02/storm;", parts[1]);
        Assert.Equal("2", parts[2]);
        Assert.Equal("0", parts[3]);
        Assert.Equal("Markets rally", parts[4]);
        Assert.Equal("False", parts[5]);
        Assert.Equal("2024/05/01/storm", parts[6]);
        Assert.Equal("Cup final", parts[7]);
    }

    [Fact]
    public void The_article_root_property_and_link_metadata_set_the_id()
    {
        var options = new Dictionary<string, string> { [ProjectOptions.ArticleRootProperty] = "/p/content/" };
        ArticleFile[] files =
        {
            new("/p/content/politics/senate-vote.txt", "The Senate voted.\n"),
            new("/p/elsewhere/x.txt", "Linked.\n", Metadata: new Dictionary<string, string> { ["Link"] = "desk\\linked.txt" }),
        };

        GeneratorRun run = GeneratorHarness.Run(files, globalOptions: options);

        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("public const string Id = \"politics/senate-vote\";", run.Articles["Test.Articles.Politics.SenateVote"]);
        Assert.Contains("public const string Id = \"desk/linked\";", run.Articles["Test.Articles.Desk.Linked"]);
    }

    /// <summary>Every kind of clash at once: the rest of the corpus is generated and nothing fails to compile.</summary>
    [Fact]
    public void Every_clash_is_a_located_NEWS_error_and_the_rest_compiles()
    {
        ArticleFile[] files =
        {
            // One id twice: two roots holding the same relative path, distinct TypeName metadata (once CS0152).
            Article("/p/wire/storm.txt", string.Empty, "Wire storm.\n", new() { ["TypeName"] = "WireStorm" }),
            Article("/p/desk/storm.txt", string.Empty, "Desk storm.\n", new() { ["TypeName"] = "DeskStorm" }),
            // Case-only difference of folders: one namespace, one type name.
            Article("/p/a/Politics/vote.txt", "Politics/", "Upper vote.\n"),
            Article("/p/a/politics/vote.txt", "politics/", "Lower vote.\n"),
            // A file named like a folder's namespace, reserved names in a folder, a folder named like a view.
            Article("/p/a/politics.txt", string.Empty, "The politics file.\n"),
            Article("/p/a/politics/text.txt", "politics/", "Reserved inside a folder.\n"),
            Article("/p/a/NewsArticle/x.txt", "NewsArticle/", "Folder named like a view.\n"),
            Article("/p/a/fine.txt", string.Empty, "Fine.\n"),
        };

        GeneratorRun run = GeneratorHarness.Run(files);
        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("Test.Articles.Fine", run.Articles.Keys);
        Assert.Contains("Test.Articles.ArticlePolitics", run.Articles.Keys);
        Assert.Contains("Test.Articles.Politics.ArticleText", run.Articles.Keys);
        Assert.Contains("Test.Articles._NewsArticle.X", run.Articles.Keys);
        Assert.DoesNotContain("Test.Articles.WireStorm", run.Articles.Keys);
        Assert.DoesNotContain("Test.Articles.Politics.Vote", run.Articles.Keys);

        string[] diagnostics = AnalyzerHarness.Describe(AnalyzerHarness.Run(files));
        Assert.Equal(
            new[] { "NEWS011 vote.txt(1,1,1,1)", "NEWS011 vote.txt(1,1,1,1)", "NEWS019 storm.txt(1,1,1,1)", "NEWS019 storm.txt(1,1,1,1)" },
            diagnostics);
        Diagnostic sameId = AnalyzerHarness.Run(files).First(d => d.Id == "NEWS019");
        Assert.Contains("'storm'", sameId.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("/p/wire/storm.txt", sameId.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_failure_is_NEWS020_on_its_file_and_the_rest_is_generated()
    {
        ArticleFile[] files = { new("/p/faults/boom.txt", "This one fails.\n"), new("/p/faults/calm.txt", "This one works.\n") };
        NewsGenerator.FailWhileEmitting = path => path == "/p/faults/boom.txt";
        try
        {
            GeneratorRun run = GeneratorHarness.Run(files);

            Assert.Null(run.Exception);
            Diagnostic failure = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NEWS020", failure.Id);
            Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
            Assert.Equal("/p/faults/boom.txt", failure.Location.GetLineSpan().Path);
            Assert.Contains("Injected failure", failure.GetMessage(), System.StringComparison.Ordinal);
            Assert.Contains("Test.Articles.Calm", run.Articles.Keys);
            Assert.DoesNotContain("Test.Articles.Boom", run.Articles.Keys);
            Assert.DoesNotContain("boom", run.Sources["NewsGen.NewsCorpus.g.cs"], System.StringComparison.Ordinal);
            Assert.Empty(run.CompilationDiagnostics);
        }
        finally
        {
            NewsGenerator.FailWhileEmitting = null;
        }
    }
}
