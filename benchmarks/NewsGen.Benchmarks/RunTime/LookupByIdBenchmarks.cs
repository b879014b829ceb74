using System.IO;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using NewsGen.Benchmarks.Alternatives;
using NewsGen.Benchmarks.Articles;

namespace NewsGen.Benchmarks.RunTime;

/// <summary>
/// Finding an article by an id known only at run time and reading its text length. The id is a field, so no
/// method can fold the lookup at compile time; the alternatives build the resource name or path from it, as
/// a user would.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RunTimeConfig))]
public class LookupByIdBenchmarks
{
    private static readonly Assembly Assembly = typeof(LookupByIdBenchmarks).Assembly;
    private string _id = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        SeedCheck.EnsureAlternativesMatchGeneratedText();
        _id = SeedFiles.Id;
    }

    [Benchmark(Baseline = true, Description = "NewsGen NewsCorpus.TryGet")]
    public int Generated() => NewsCorpus.TryGet(_id, out NewsArticle article) ? article.Text.Length : -1;

    [Benchmark(Description = "ResourceManager.GetString(id)")]
    public int Resx() => SeedResources.Manager.GetString(_id) is { } text ? text.Length : -1;

    [Benchmark(Description = "GetManifestResourceStream(id) ReadToEnd")]
    public int Embedded()
    {
        using Stream? stream = Assembly.GetManifestResourceStream("seeds/" + _id + ".txt");
        if (stream is null)
        {
            return -1;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Length;
    }

    [Benchmark(Description = "File.ReadAllText(dir/id.txt)")]
    public int FileRead()
    {
        string path = Path.Combine(SeedFiles.Directory, _id + ".txt");
        return File.Exists(path) ? File.ReadAllText(path).Length : -1;
    }
}
