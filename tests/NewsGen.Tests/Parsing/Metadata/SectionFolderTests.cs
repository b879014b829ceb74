using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Parsing;
using NewsGen.Parsing.Metadata;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Parsing.Metadata;

/// <summary>
/// The section an article's folders give (docs/metadata.md, "Section"): the first folder that is not a date
/// folder, so a corpus filed by date (<c>2019/01/04/slug</c>) has no section rather than the year, and one reader
/// decides the generated <c>Section</c> and NEWS024 alike.
/// </summary>
public sealed class SectionFolderTests
{
    private const string Body = "The council met on Tuesday.\n";

    // Id, then the section its folders give.
    public static TheoryData<string, string> Cases => new()
    {
        { "2019/01/04/slug", string.Empty },
        { "2024/05/slug", string.Empty },
        { "2024/slug", string.Empty },
        { "politics/2024/05/vote", "politics" },
        { "2024/politics/vote", "politics" },
        { "2024/05/politics/vote", "politics" },
        { "2024/05/04/politics/vote", "politics" },
        { "business/001", "business" },
        { "vote", string.Empty },

        // Not a date, so a name: a month without a year, a thirteenth month, a day 32, a five-digit number, year 0000.
        { "05/vote", "05" },
        { "2024/13/vote", "13" },
        { "2024/05/32/vote", "32" },
        { "20245/vote", "20245" },
        { "0000/vote", "0000" },
        { "2024/5/vote", "5" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_section_is_the_first_folder_that_is_not_a_date(string id, string section)
    {
        Assert.Equal(section, ArticleMetadata.SectionOf(id));
        Assert.Equal(section, ArticleParser.Parse(Body).Metadata.Section(id));
        Assert.Equal("world", ArticleParser.Parse("---\nsection: world\n---\n" + Body).Metadata.Section(id));
    }

    [Fact]
    public void The_generated_Section_of_articles_in_date_folders_skips_the_dates()
    {
        const string Reader = """
            namespace Consumer
            {
                internal static class Sections
                {
                    public static string Read()
                    {
                        var all = new System.Text.StringBuilder();
                        foreach (var article in Test.Articles.NewsCorpus.Articles)
                        {
                            all.Append(article.Id).Append('=').Append(article.Section).Append(';');
                        }

                        return all.Append(Test.Articles._2024.Politics.Vote.Section).ToString();
                    }
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(Files(), consumerCode: Reader);
        Assert.Empty(run.CompilationDiagnostics);

        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);
        Assert.Equal(
            "2019/01/04/slug=;2024/politics/vote=politics;politics/2024/05/vote=politics;politics",
            assembly.Call("Consumer.Sections", "Read"));
    }

    [Fact]
    public void NEWS024_for_a_required_section_falls_on_the_article_filed_by_date_alone()
    {
        var required = new Dictionary<string, string> { ["build_property.NewsGenRequiredMetadata"] = "section" };

        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(Files(), required);

        Diagnostic missing = Assert.Single(diagnostics);
        Assert.Equal("NEWS024 slug.txt(1,1,1,1)", AnalyzerHarness.Describe(missing));
        Assert.Contains("'section'", missing.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    // As MSBuild hands them over from articles/**/*.txt: the folders below the root in NewsGenRecursiveDir.
    private static ArticleFile[] Files() => new[]
    {
        File("2019/01/04/", "slug"),
        File("politics/2024/05/", "vote"),
        File("2024/politics/", "vote"),
    };

    private static ArticleFile File(string recursiveDir, string name) =>
        new("/p/articles/" + recursiveDir + name + ".txt", Body, Metadata: new Dictionary<string, string> { ["NewsGenRecursiveDir"] = recursiveDir });
}
