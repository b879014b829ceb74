using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NewsGen.Parsing;

namespace NewsGen.Benchmarks.WorstCase;

/// <summary>
/// Issue 18: <see cref="ArticleParser.Parse(string, System.Threading.CancellationToken)"/> (lines, paragraphs, quotes, names,
/// attribution) on each pathological family at 1× (256 KB) and 4× (1 MB, under the default article limit), against
/// plain prose of the same size. docs/performance.md, "Worst-case input", divides the figures by the text size.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class WorstCaseBenchmarks
{
    private const int OneX = 256_000;

    private string _text = string.Empty;

    [ParamsSource(nameof(AllFamilies))]
    public string Family { get; set; } = "prose";

    [Params(1, 4)]
    public int Scale { get; set; }

    public static System.Collections.Generic.IEnumerable<string> AllFamilies => PathologicalText.Families;

    [GlobalSetup]
    public void Setup() => _text = PathologicalText.Build(Family, OneX * Scale);

    [Benchmark]
    public int Parse() => ArticleParser.Parse(_text).Quotes.Count;

    /// <summary>A short job (one launch, one warm-up, three iterations): 24 cases on a shared 2-core machine.</summary>
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("WorstCase"));
    }
}
