using System.IO;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using NewsGen.Benchmarks.Alternatives;
using NewsGen.Benchmarks.Articles;

namespace NewsGen.Benchmarks.RunTime;

/// <summary>One paragraph (the 8th, mid-article, with the article's one non-ASCII character) as a string.</summary>
[MemoryDiagnoser]
[Config(typeof(RunTimeConfig))]
public class ParagraphBenchmarks
{
    private const int Index = 7;
    private static readonly Assembly Assembly = typeof(ParagraphBenchmarks).Assembly;
    private NewsArticle _article;

    [GlobalSetup]
    public void Setup()
    {
        SeedCheck.EnsureAlternativesMatchGeneratedText();
        _article = Article000_E551924a018df44c.Article;
    }

    [Benchmark(Description = "NewsGen const Paragraph8")]
    public string GeneratedConst() => Article000_E551924a018df44c.Paragraph8;

    [Benchmark(Baseline = true, Description = "NewsGen view Paragraphs[7].Text")]
    public string GeneratedView() => _article.Paragraphs[Index].Text;

    [Benchmark(Description = "ResourceManager.GetString")]
    public string? Resx() => SeedResources.Manager.GetString("Paragraph8");

    [Benchmark(Description = "embedded .txt ReadToEnd + Split")]
    public string Embedded()
    {
        using Stream stream = Assembly.GetManifestResourceStream(SeedFiles.EmbeddedName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')[Index];
    }

    [Benchmark(Description = "File.ReadAllText + Split")]
    public string FileRead() => File.ReadAllText(SeedFiles.Path).Split('\n')[Index];
}
