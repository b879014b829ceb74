using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsGen.Benchmarks.Generation;

/// <summary>
/// A cold generator run (new driver, nothing decoded or cached, as in a command-line build) over 100, 1,000
/// and 10,000 synthetic articles, next to the floor: only decoding the same bytes, in memory and from files.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class GeneratorThroughputBenchmarks
{
    private IReadOnlyList<SyntheticArticle> _corpus = [];
    private CSharpCompilation _compilation = null!;
    private string _directory = string.Empty;
    private string[] _paths = [];

    [Params(100, 1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = SyntheticCorpus.Get(Articles);
        _compilation = GeneratorSetup.CreateCompilation();
        _directory = Path.Combine(Path.GetTempPath(), "newsgen-throughput-" + Articles);
        SyntheticCorpus.WriteTo(_directory, Articles);
        _paths = new string[_corpus.Count];
        for (int i = 0; i < _paths.Length; i++)
        {
            _paths[i] = Path.Combine(_directory, _corpus[i].Id + ".txt");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true, Description = "floor: UTF8.GetString of the bytes")]
    public long DecodeFloor()
    {
        long chars = 0;
        foreach (SyntheticArticle article in _corpus)
        {
            chars += Encoding.UTF8.GetString(article.Utf8).Length;
        }

        return chars;
    }

    [Benchmark(Description = "floor: File.ReadAllText of the files")]
    public long ReadFilesFloor()
    {
        long chars = 0;
        foreach (string path in _paths)
        {
            chars += File.ReadAllText(path).Length;
        }

        return chars;
    }

    [Benchmark(Description = "NewsGen: cold driver run")]
    public int Generator()
    {
        GeneratorDriver driver = GeneratorSetup.CreateDriver(GeneratorSetup.Files(_corpus)).RunGenerators(_compilation);
        return driver.GetRunResult().GeneratedTrees.Length;
    }
}
