using System.IO;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using NewsGen.Benchmarks.Alternatives;
using NewsGen.Benchmarks.Articles;

namespace NewsGen.Benchmarks.RunTime;

/// <summary>
/// Visiting every quote of the seed (summing lengths). The alternatives do what a user without NewsGen would:
/// get the text, then pair up straight double quotation marks (the seed uses no curly ones). That finds fewer
/// quotes than NewsGen (no nested single-quoted ones, no speakers), so it flatters the alternatives.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RunTimeConfig))]
public class QuoteEnumerationBenchmarks
{
    private static readonly Assembly Assembly = typeof(QuoteEnumerationBenchmarks).Assembly;
    private NewsArticle _article;

    [GlobalSetup]
    public void Setup()
    {
        SeedCheck.EnsureAlternativesMatchGeneratedText();
        _article = Article000_E551924a018df44c.Article;
    }

    [Benchmark(Baseline = true, Description = "NewsGen foreach article.Quotes (.Text)")]
    public int Generated()
    {
        int sum = 0;
        foreach (NewsQuote quote in _article.Quotes)
        {
            sum += quote.Text.Length;
        }

        return sum;
    }

    [Benchmark(Description = "ResourceManager.GetString + scan")]
    public int Resx() => SumQuotes(SeedResources.Manager.GetString("Text")!);

    [Benchmark(Description = "embedded .txt ReadToEnd + scan")]
    public int Embedded()
    {
        using Stream stream = Assembly.GetManifestResourceStream(SeedFiles.EmbeddedName)!;
        using var reader = new StreamReader(stream);
        return SumQuotes(reader.ReadToEnd());
    }

    [Benchmark(Description = "File.ReadAllText + scan")]
    public int FileRead() => SumQuotes(File.ReadAllText(SeedFiles.Path));

    // Each quote as its own string, as a user collecting quotes would produce them.
    private static int SumQuotes(string text)
    {
        int sum = 0;
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                if (open < 0)
                {
                    open = i;
                }
                else
                {
                    sum += text.Substring(open + 1, i - open - 1).Length;
                    open = -1;
                }
            }
        }

        return sum;
    }
}
