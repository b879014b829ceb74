using System.IO;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using NewsGen.Benchmarks.Alternatives;
using NewsGen.Benchmarks.Articles;

namespace NewsGen.Benchmarks.RunTime;

/// <summary>The seed's whole body as a string.</summary>
[MemoryDiagnoser]
[Config(typeof(RunTimeConfig))]
public class WholeTextBenchmarks
{
    private static readonly Assembly Assembly = typeof(WholeTextBenchmarks).Assembly;
    private NewsArticle _article;

    [GlobalSetup]
    public void Setup()
    {
        SeedCheck.EnsureAlternativesMatchGeneratedText();
        _article = Article000_E551924a018df44c.Article;
    }

    [Benchmark(Description = "NewsGen const Text")]
    public string GeneratedConst() => Article000_E551924a018df44c.Text;

    [Benchmark(Baseline = true, Description = "NewsGen view article.Text")]
    public string GeneratedView() => _article.Text;

    [Benchmark(Description = "ResourceManager.GetString")]
    public string? Resx() => SeedResources.Manager.GetString("Text");

    [Benchmark(Description = "embedded .txt ReadToEnd")]
    public string Embedded()
    {
        using Stream stream = Assembly.GetManifestResourceStream(SeedFiles.EmbeddedName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Benchmark(Description = "File.ReadAllText")]
    public string FileRead() => File.ReadAllText(SeedFiles.Path);
}
