using System.IO;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using NewsGen.Benchmarks.Alternatives;
using NewsGen.Benchmarks.Articles;

namespace NewsGen.Benchmarks.RunTime;

/// <summary>
/// The body's UTF-8 bytes. Each method returns length + last byte, so the bytes are really produced and
/// touched (a span cannot be returned to BenchmarkDotNet).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RunTimeConfig))]
public class Utf8Benchmarks
{
    private static readonly Assembly Assembly = typeof(Utf8Benchmarks).Assembly;
    private NewsArticle _article;

    [GlobalSetup]
    public void Setup()
    {
        SeedCheck.EnsureAlternativesMatchGeneratedText();
        _article = Article000_E551924a018df44c.Article;
    }

    [Benchmark(Description = "NewsGen static TextUtf8")]
    public int GeneratedStatic()
    {
        System.ReadOnlySpan<byte> bytes = Article000_E551924a018df44c.TextUtf8;
        return bytes.Length + bytes[^1];
    }

    [Benchmark(Baseline = true, Description = "NewsGen view article.TextUtf8")]
    public int GeneratedView()
    {
        System.ReadOnlySpan<byte> bytes = _article.TextUtf8;
        return bytes.Length + bytes[^1];
    }

    [Benchmark(Description = "ResourceManager.GetString + UTF8.GetBytes")]
    public int Resx()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(SeedResources.Manager.GetString("Text")!);
        return bytes.Length + bytes[^1];
    }

    [Benchmark(Description = "embedded .txt read into byte[]")]
    public int Embedded()
    {
        using Stream stream = Assembly.GetManifestResourceStream(SeedFiles.EmbeddedName)!;
        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes.Length + bytes[^1];
    }

    [Benchmark(Description = "File.ReadAllBytes")]
    public int FileRead()
    {
        byte[] bytes = File.ReadAllBytes(SeedFiles.Path);
        return bytes.Length + bytes[^1];
    }
}
