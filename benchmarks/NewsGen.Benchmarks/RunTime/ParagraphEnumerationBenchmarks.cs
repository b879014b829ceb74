using System.IO;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using NewsGen.Benchmarks.Alternatives;
using NewsGen.Benchmarks.Articles;

namespace NewsGen.Benchmarks.RunTime;

/// <summary>Visiting every paragraph of the seed (summing lengths, so each paragraph is really read).</summary>
[MemoryDiagnoser]
[Config(typeof(RunTimeConfig))]
public class ParagraphEnumerationBenchmarks
{
    private static readonly Assembly Assembly = typeof(ParagraphEnumerationBenchmarks).Assembly;
    private NewsArticle _article;

    [GlobalSetup]
    public void Setup()
    {
        SeedCheck.EnsureAlternativesMatchGeneratedText();
        _article = Article000_E551924a018df44c.Article;
    }

    [Benchmark(Baseline = true, Description = "NewsGen foreach Paragraphs (.Text)")]
    public int GeneratedText()
    {
        int sum = 0;
        foreach (NewsParagraph paragraph in _article.Paragraphs)
        {
            sum += paragraph.Text.Length;
        }

        return sum;
    }

    [Benchmark(Description = "NewsGen foreach Paragraphs (.Utf8)")]
    public int GeneratedUtf8()
    {
        int sum = 0;
        foreach (NewsParagraph paragraph in _article.Paragraphs)
        {
            sum += paragraph.Utf8.Length;
        }

        return sum;
    }

    [Benchmark(Description = "ResourceManager.GetString per paragraph")]
    public int Resx()
    {
        int sum = 0;
        foreach (string name in SeedResources.ParagraphNames)
        {
            sum += SeedResources.Manager.GetString(name)!.Length;
        }

        return sum;
    }

    [Benchmark(Description = "embedded .txt ReadToEnd + Split")]
    public int Embedded()
    {
        using Stream stream = Assembly.GetManifestResourceStream(SeedFiles.EmbeddedName)!;
        using var reader = new StreamReader(stream);
        int sum = 0;
        foreach (string paragraph in reader.ReadToEnd().Split('\n'))
        {
            sum += paragraph.Length;
        }

        return sum;
    }

    [Benchmark(Description = "File.ReadAllText + Split")]
    public int FileRead()
    {
        int sum = 0;
        foreach (string paragraph in File.ReadAllText(SeedFiles.Path).Split('\n'))
        {
            sum += paragraph.Length;
        }

        return sum;
    }
}
