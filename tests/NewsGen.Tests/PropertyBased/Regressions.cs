using NewsGen.Parsing;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.PropertyBased;

/// <summary>The minimal inputs the properties found bugs with, fixed as plain examples.</summary>
public sealed class Regressions
{
    [Fact]
    public void A_title_without_paragraphs_normalises_to_the_title_alone()
    {
        ParsedArticle parsed = ArticleParser.Parse("Headline\n\n");

        Assert.Equal("Headline", parsed.Title?.Text);
        Assert.Empty(parsed.Paragraphs);
        Assert.Equal("Headline", parsed.NormalizedText);
    }

    [Fact]
    public void A_long_dotted_run_is_one_sentence_found_without_copying_the_word_per_period()
    {
        string paragraph = string.Concat(System.Linq.Enumerable.Repeat("a.", 5_000));
        Sentences.First("Warm up. The JIT allocates too.");

        long before = System.GC.GetAllocatedBytesForCurrentThread();
        string lede = Sentences.First(paragraph);
        long allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(paragraph, lede);
        Assert.True(allocated < 4L * paragraph.Length, $"{allocated:N0} bytes allocated for a {paragraph.Length:N0}-character paragraph");
    }

    // An article type named like a member of its nested data class (GetParagraph, Instance, Equals) or of the
    // corpus (Count, Articles, TryGet, Get) made the generated references bind to that member: a compile error,
    // or for Instance an endless recursion at run time. Generated code now names article types fully qualified.
    [Theory]
    [InlineData("Instance")]
    [InlineData("GetParagraph")]
    [InlineData("GetParagraphUtf8")]
    [InlineData("Equals")]
    [InlineData("Count")]
    [InlineData("Articles")]
    [InlineData("TryGet")]
    [InlineData("Get")]
    public void An_article_named_like_a_generated_member_compiles(string name)
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/project/articles/" + name + ".txt", "Text.\n") });

        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains(name, run.Articles.Keys);
    }
}
