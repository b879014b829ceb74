using System.Collections.Generic;
using System.Linq;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Generation;

/// <summary>
/// The metadata API through real compilations: every front-matter case, the byline and the dateline, generated,
/// compiled with every warning an error on each target, run, and read back. Synthetic copy only.
/// </summary>
public sealed class MetadataGenerationTests
{
    /// <summary>Every known key, both list forms, quoting, an unknown scalar and an unknown list, a byline and a dateline.</summary>
    public const string FullArticle =
        "---\n" +
        "title: \"Senate passes the budget: 51-49\"\n" +
        "date: 2024-05-01T09:30:00+02:00\n" +
        "authors: [Jane Doe, \"Roe, John\"]\n" +
        "tags:\n" +
        "  - budget\n" +
        "  - 'senate''s vote'\n" +
        "source: Reuters\n" +
        "url: https://example.com/budget#update   # the fragment stays\n" +
        "desk: Washington\n" +
        "priority: [1, 2]\n" +
        "---\n" +
        "By Ann Poe, Political Correspondent\n" +
        "WASHINGTON, May 1 (AP) \u2014 The Senate passed the budget on Tuesday. Democrats objected.\n" +
        "\"We will fight on,\" said Senator Jane Roe.\n";

    /// <summary>No front matter: the byline gives the authors, the folder the section.</summary>
    public const string WireArticle =
        "By JANE DOE and JOHN ROE, Associated Press\n" +
        "LONDON (AP) \u2014 Britain's economy grew in May. Markets rose.\n";

    private const string Reader = @"
using Test.Articles;
using Test.Articles.Politics;
using Test.Articles.World;

internal static class MetadataReader
{
    public static string Describe()
    {
        var b = new System.Text.StringBuilder();
        NewsArticle a = Budget.Article;
        b.Append(a.Title).Append('|').Append(a.Section).Append('|').Append(a.Source).Append('|').Append(a.Url).Append('|');
        b.Append(a.HasDate).Append(' ').Append(a.DateText).Append(' ').Append(a.DateYear).Append('-').Append(a.DateMonth).Append('-').Append(a.DateDay).Append(' ');
        b.Append(a.Date.GetValueOrDefault().ToString(""yyyy-MM-dd"", System.Globalization.CultureInfo.InvariantCulture)).Append('|');
        foreach (NewsAuthor author in a.Authors)
        {
            b.Append(author.Name).Append('/').Append(author.Organization).Append('/').Append(author.Role).Append(';');
        }

        b.Append('|');
        foreach (string tag in a.Tags)
        {
            b.Append(tag).Append(';');
        }

        b.Append('|');
        foreach (NewsMetadataEntry entry in a.Metadata)
        {
            b.Append(entry.Key).Append('=').Append(entry.Value).Append(';');
        }

        string desk;
        b.Append(a.TryGetMetadata(""desk"", out desk)).Append(desk).Append(a.TryGetMetadata(""Desk"", out desk)).Append('|');
        b.Append(a.HasByline).Append(' ').Append(a.Byline).Append(' ').Append(a.Paragraphs[0].IsByline).Append(a.Paragraphs[1].IsByline).Append('|');
        b.Append(a.HasDateline).Append(' ').Append(a.DatelinePlace).Append('/').Append(a.DatelineRegion).Append('/').Append(a.DatelineDate).Append('/').Append(a.DatelineAgency).Append('|');
        b.Append(a.Lede).Append('|').Append(a.Paragraphs.Count).Append('|');
        b.Append(Budget.HasFrontMatter).Append(Budget.AuthorCount).Append(Budget.TagCount).Append(Budget.MetadataCount).Append(Budget.DatelinePlace).Append(Budget.DateYear).Append('\n');

        NewsArticle w = Wire.Article;
        b.Append(w.Title).Append('|').Append(w.Section).Append('|').Append(w.HasDate).Append(w.Date.HasValue).Append(w.DateYear).Append('|');
        foreach (NewsAuthor author in w.Authors)
        {
            b.Append(author.Name).Append('/').Append(author.Organization).Append('/').Append(author.Role).Append(';');
        }

        b.Append('|').Append(w.Tags.Count).Append(w.Metadata.Count).Append(w.HasFrontMatter).Append('|').Append(w.DatelinePlace).Append('/').Append(w.DatelineAgency).Append('|').Append(w.Lede);
        return b.ToString();
    }

    // Every metadata member read many times: the bytes this thread allocates must not move.
    // (The counter does not exist on netstandard2.0; the compile-only test there leaves this out.)
#if NET
    public static long Allocated()
    {
        long sum = Read(Budget.Article) + Read(Wire.Article);
        long before = System.GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            sum += Read(Budget.Article) + Read(Wire.Article);
        }

        long allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
        return sum > 0 ? allocated : -1;
    }
#endif

    private static long Read(NewsArticle a)
    {
        long sum = a.Title.Length + a.Section.Length + a.Source.Length + a.Url.Length + a.DateText.Length + a.DateYear + a.DateMonth + a.DateDay;
        sum += (a.HasDate ? 1 : 0) + a.Date.GetValueOrDefault().Day + (a.HasFrontMatter ? 1 : 0) + (a.HasByline ? 1 : 0) + a.Byline.Length;
        sum += (a.HasDateline ? 1 : 0) + a.DatelinePlace.Length + a.DatelineRegion.Length + a.DatelineAgency.Length + a.DatelineDate.Length;
        sum += a.Authors.Count + a.Tags.Count + a.Metadata.Count + (a.Paragraphs[0].IsByline ? 1 : 0);
        foreach (NewsAuthor author in a.Authors)
        {
            sum += author.Name.Length + author.Organization.Length + author.Role.Length + author.Index + author.Article.WordCount + (author.GetHashCode() & 1);
            sum += author.Equals(a.Authors[author.Index]) ? 1 : 0;
            sum += author.ToString().Length;
        }

        foreach (string tag in a.Tags)
        {
            sum += tag.Length;
        }

        foreach (NewsMetadataEntry entry in a.Metadata)
        {
            sum += entry.Key.Length + entry.Value.Length + entry.Index + entry.Article.WordCount + (entry == a.Metadata[entry.Index] ? 1 : 0);
        }

        string value;
        sum += a.TryGetMetadata(""desk"", out value) ? value.Length : 0;
        sum += a.TryGetMetadata(""none"", out value) ? 0 : 1;
        sum += Budget.DateYear + Budget.AuthorCount + Budget.TagCount + Budget.MetadataCount + Budget.Section.Length + Budget.DatelinePlace.Length + Wire.Byline.Length;
        return sum;
    }
}
";

    private const string Expected =
        "Senate passes the budget: 51-49|politics|Reuters|https://example.com/budget#update|"
        + "True 2024-05-01T09:30:00+02:00 2024-5-1 2024-05-01|"
        + "Jane Doe//;Roe, John//;|budget;senate's vote;|desk=Washington;priority=1, 2;TrueWashingtonFalse|"
        + "True By Ann Poe, Political Correspondent TrueFalse|"
        + "True WASHINGTON//May 1/AP|The Senate passed the budget on Tuesday.|3|True222WASHINGTON2024\n"
        + "|world|FalseFalse0|JANE DOE/Associated Press/;JOHN ROE/Associated Press/;|00False|LONDON/AP|Britain's economy grew in May.";

    public static TheoryData<string> TargetNames => TargetProfile.Names;

    private static string ReaderFor(TargetProfile target) => (target == TargetProfile.NetStandard20 ? string.Empty : "#define NET\n") + Reader;

    private static ArticleFile[] Files() => new[]
    {
        new ArticleFile("/project/articles/politics/budget.txt", FullArticle, Metadata: new Dictionary<string, string> { ["NewsGenRecursiveDir"] = "politics/" }),
        new ArticleFile("/project/articles/world/wire.txt", WireArticle, Metadata: new Dictionary<string, string> { ["NewsGenRecursiveDir"] = "world/" }),
    };

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void Metadata_members_compile_without_any_warning_on_every_target(string targetName)
    {
        TargetProfile target = TargetProfile.ByName(targetName);
        GeneratorRun run = GeneratorHarness.Run(Files(), target, consumerCode: ReaderFor(target));

        Assert.Null(run.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("Strings")]
    [InlineData("Utf8")]
    public void Metadata_members_read_back_what_the_files_say_and_allocate_nothing(string storage)
    {
        GeneratorRun run = GeneratorHarness.Run(Files(), consumerCode: ReaderFor(TargetProfile.Net100), globalOptions: new Dictionary<string, string> { ["build_property.NewsGenStorage"] = storage });
        Assert.Empty(run.CompilationDiagnostics);

        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);

        Assert.Equal(Expected, assembly.Call("MetadataReader", "Describe"));
        Assert.Equal(0L, assembly.Call("MetadataReader", "Allocated"));
    }

    [Fact]
    public void Net10_consumers_also_get_the_date_as_a_DateOnly()
    {
        const string code = "internal static class DateReader { public static string Day() => Test.Articles.Politics.Budget.Article.DateOnly!.Value.ToString(\"O\", System.Globalization.CultureInfo.InvariantCulture) + \"|\" + Test.Articles.World.Wire.Article.DateOnly.HasValue; }";
        GeneratorRun run = GeneratorHarness.Run(Files(), consumerCode: code);
        Assert.Empty(run.CompilationDiagnostics);

        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);

        Assert.Equal("2024-05-01|False", assembly.Call("DateReader", "Day"));
        Assert.DoesNotContain("DateOnly", GeneratorHarness.Run(Files(), TargetProfile.NetStandard20).Sources["NewsGen.Views.g.cs"], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_article_snapshot()
    {
        GeneratorRun run = GeneratorHarness.Run(Files());

        Snapshot.Verify(run.Articles["Budget"]);
    }

    [Theory]
    [InlineData("---\n---\nThe Senate voted.\n", "False|")]
    [InlineData("---\ntitle:\ntags:\n---\nThe Senate voted.\n", "False|")]
    [InlineData("---\ndate: 2023-02-29\n---\nThe Senate voted.\n", "False|")]
    [InlineData("---\ndate: 2024-02-29\n---\nThe Senate voted.\n", "True|2024-02-29")]
    [InlineData("---\nsection: a\nsection: b\n---\nThe Senate voted.\n", "False|")]
    [InlineData("---\ntitle \"bad\n---\nThe Senate voted.\n", "False|")]
    [InlineData("---\nnever closed\nThe Senate voted.\n", "False|")]
    [InlineData("\uFEFF---\r\ntitle: \"tab\\tand \\\"quote\\\" \u00E9\"\r\n---\r\nThe Senate voted.\r\n", "False|")]
    public void Every_front_matter_case_generates_code_that_compiles_and_keeps_the_body(string file, string date)
    {
        const string code = "internal static class CaseReader { public static string Read() => Test.Articles.Story.Article.HasDate + \"|\" + Test.Articles.Story.DateText + \"#\" + Test.Articles.Story.Text + \"#\" + Test.Articles.Story.Title; }";
        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/project/story.txt", file) }, consumerCode: code);
        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);

        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);
        string read = (string)assembly.Call("CaseReader", "Read")!;

        Assert.StartsWith(date + "#", read, System.StringComparison.Ordinal);
        string expectedText = NewsGen.Parsing.ArticleParser.Parse(file).Text;
        Assert.Equal(expectedText, read.Split('#')[1]);
        Assert.Equal(file.Contains("never closed", System.StringComparison.Ordinal), expectedText.StartsWith("---", System.StringComparison.Ordinal));
        Assert.EndsWith("The Senate voted.", expectedText, System.StringComparison.Ordinal);
    }
}
