using System.Collections.Generic;
using System.Linq;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.PropertyBased;

/// <summary>File names are input too: each gets a valid, deterministic type name, or is skipped when another file wants the same name.</summary>
public sealed class HostileFileNameTests
{
    private static readonly (string Path, string TypeName)[] Names =
    {
        ("/project/articles/class.txt", "Class"),
        ("/project/articles/1.txt", "Article1"),
        ("/project/articles/my story.txt", "MyStory"),
        ("/project/articles/v1.2.final.txt", "V1_2_Final"),
        ("/project/articles/caf\u00E9.txt", "Caf\u00E9"),
        ("/project/articles/\u65E5\u672C.txt", "\u65E5\u672C"),
        ("/project/articles/---.txt", "ArticleArticle"),
        ("/project/articles/line\u2028break.txt", "LineBreak"),
        ("/project/articles/new\nline.txt", "NewLine"),
        ("/project/articles/a\u202Eb.txt", "AB"),
        ("/project/articles/\"quoted\" <summary> &amp;.txt", "QuotedSummaryAmp"),
        ("/elsewhere/../outside/story.txt", "Story"),
        ("C:\\Users\\someone\\story two.txt", "StoryTwo"),
        ("/project/articles/NewsCorpus.txt", "ArticleNewsCorpus"),
        ("/project/articles/Paragraph1.txt", "ArticleParagraph1"),
    };

    public static TheoryData<string, string> NamedFiles => new(Names);

    [Theory]
    [MemberData(nameof(NamedFiles))]
    public void A_hostile_file_name_gets_a_valid_deterministic_type_name(string path, string typeName)
    {
        foreach (TargetProfile target in new[] { TargetProfile.Net100, TargetProfile.NetStandard20 })
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile(path, "Some text.\n") }, target);

            Assert.Null(run.Exception);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            Assert.Contains(typeName, run.Articles.Keys);
        }
    }

    [Fact]
    public void All_hostile_names_together_compile_and_names_that_collide_are_skipped()
    {
        var files = Names.Select(name => new ArticleFile(name.Path, "Some text.\n"))
            .Append(new ArticleFile("/project/articles/a-b.txt", "Dash.\n"))
            .Append(new ArticleFile("/project/articles/a_b.txt", "Underscore.\n"))
            .Append(new ArticleFile("/project/articles/Class.txt", "Upper-case twin of class.txt.\n"))
            .ToList();

        GeneratorRun run = GeneratorHarness.Run(files);

        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);

        // "a-b", "a_b" and "a\u202Eb" all ask for AB; "class" and "Class" both ask for Class: none of them is generated.
        IEnumerable<string> articleTypes = run.Articles.Keys.Where(k => !k.Contains('.'));
        Assert.DoesNotContain("AB", articleTypes);
        Assert.DoesNotContain("Class", articleTypes);
        Assert.Equal(Names.Length - 2, articleTypes.Count());
    }

    [Theory]
    [InlineData("build_property.NewsGenNamespace", "Evil\u202EName")]
    [InlineData("build_property.NewsGenNamespace", "Evil\u2066Name.Articles")]
    [InlineData("build_property.NewsGenCorpusTypeName", "Corpus\u200F")]
    [InlineData("build_property.RootNamespace", "Root\u061CName")]
    public void Project_options_cannot_put_bidirectional_controls_into_generated_code(string option, string value)
    {
        // An empty NewsGenNamespace lets RootNamespace decide, unless the case sets NewsGenNamespace itself.
        var options = new Dictionary<string, string> { ["build_property.NewsGenNamespace"] = string.Empty };
        options[option] = value;

        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/project/articles/story.txt", "Some text.\n") }, globalOptions: options);

        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.All(run.Sources.Values, source => Assert.True(source.IndexOfAny(HostileText.BidiControls) < 0, source));
    }
}
