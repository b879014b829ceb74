using System.Linq;
using NewsGen.Generation;
using NewsGen.Generation.Options;
using NewsGen.Naming;
using Xunit;

namespace NewsGen.Tests.Parsing;

public sealed class ArticleNamingTests
{
    [Theory]
    [InlineData("000_e551924a018df44c", "Article000_E551924a018df44c")]
    [InlineData("breaking-news", "BreakingNews")]
    [InlineData("class", "Class")]
    [InlineData("1", "Article1")]
    [InlineData("2024-01-05 sessions", "Article2024_01_05_Sessions")]
    [InlineData("a b.c", "ABC")]
    [InlineData("!!!", "Article")]
    [InlineData("élection présidentielle", "ÉlectionPrésidentielle")]
    [InlineData("my_story", "MyStory")]
    public void Type_names_are_readable_pascal_case_identifiers(string id, string expected)
    {
        string name = ArticleNaming.TypeNameFromId(id);

        Assert.Equal(expected, name);
        Assert.True(ProjectOptions.IsValidIdentifier(name));
    }

    [Theory]
    [InlineData("seeds/000_e551924a018df44c.txt", "000_e551924a018df44c")]
    [InlineData("C:\\news\\story.v2.txt", "story.v2")]
    [InlineData("noextension", "noextension")]
    public void Id_is_the_file_name_without_extension(string path, string id)
    {
        Assert.Equal(id, ArticleNaming.IdFromPath(path));
    }

    [Fact]
    public void Clashing_names_are_reported_on_both_files_case_insensitively()
    {
        ArticleNameTable table = Build(("a/story.txt", "story"), ("b/story.txt", "story"), ("c/Sto-ry.txt", "Sto-ry"), ("d/other.txt", "other"));

        // "story" and "Sto-ry" become Story and StoRy: distinct in C#, one name ignoring case. The two "story"
        // files share an id too: that is reported as such (NEWS019), not a second time as a name clash.
        Assert.Equal(new[] { "c/Sto-ry.txt" }, table.Find("a/story.txt")!.ClashesWith);
        Assert.Equal(new[] { "b/story.txt" }, table.Find("a/story.txt")!.SameIdAs);
        Assert.Equal(new[] { "c/Sto-ry.txt" }, table.Find("b/story.txt")!.ClashesWith);
        Assert.Equal(new[] { "a/story.txt" }, table.Find("b/story.txt")!.SameIdAs);
        Assert.Equal(new[] { "a/story.txt", "b/story.txt" }, table.Find("c/Sto-ry.txt")!.ClashesWith);
        Assert.Empty(table.Find("c/Sto-ry.txt")!.SameIdAs);
        Assert.True(table.Find("d/other.txt")!.IsUnique);
    }

    [Fact]
    public void Names_of_generated_members_and_views_get_a_prefix()
    {
        ArticleNameTable table = Build(("text.txt", "text"), ("news-article.txt", "news-article"), ("paragraph3.txt", "paragraph3"), ("news-corpus.txt", "news-corpus"));

        Assert.Equal(
            new[] { "ArticleNewsArticle", "ArticleNewsCorpus", "ArticleParagraph3", "ArticleText" },
            table.Assignments.Select(a => a.TypeName).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void The_table_does_not_depend_on_input_order()
    {
        var files = new[] { ("z.txt", "z"), ("a.txt", "a"), ("m.txt", "m"), ("A.txt", "A") };

        Assert.Equal(Build(files), Build(files.Reverse().ToArray()));
    }

    private static ArticleNameTable Build(params (string Path, string Id)[] files) =>
        NewsGenerator.BuildNameTable(files.Select(f => new ArticleNameRequest(f.Path, f.Id, ArticleNaming.TypeNameFromId(f.Id))), GeneratedNames.DefaultCorpusTypeName);
}
