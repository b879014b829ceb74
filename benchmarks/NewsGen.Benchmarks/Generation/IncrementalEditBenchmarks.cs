using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsGen.Benchmarks.Generation;

/// <summary>
/// What the IDE pays per edit: a warm driver (every article already generated) sees one article change and
/// runs again. Each call flips that article between two versions, so every call really is an edit.
/// At 30,000 articles BenchmarkDotNet's repeated runs of a multi-second edit take very long; the console mode
/// <c>--incremental-edit 30000</c> (<see cref="IncrementalEditRun"/>) measures the same edit once per process.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class IncrementalEditBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _driver = null!;
    private AdditionalText _current = null!;
    private AdditionalText _other = null!;

    [Params(1_000, 10_000, 30_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        IReadOnlyList<SyntheticArticle> corpus = SyntheticCorpus.Get(Articles);
        AdditionalText[] files = GeneratorSetup.Files(corpus);
        _compilation = GeneratorSetup.CreateCompilation();
        _driver = GeneratorSetup.CreateDriver(files).RunGenerators(_compilation);
        _current = files[0];
        byte[] edited = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(corpus[0].Utf8) + "\nAn added closing paragraph.");
        _other = new ByteAdditionalText(_current.Path, edited);
    }

    [Benchmark(Description = "NewsGen: one article edited, warm driver")]
    public int EditOneArticle()
    {
        _driver = _driver.ReplaceAdditionalText(_current, _other).RunGenerators(_compilation);
        (_current, _other) = (_other, _current);
        return _driver.GetRunResult().GeneratedTrees.Length;
    }
}
