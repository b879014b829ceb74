using System;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Running;
using NewsGen.Benchmarks.Alternatives;
using NewsGen.Benchmarks.Generation;
using NewsGen.Benchmarks.Sizes;

// Benchmarks (see docs/performance.md), plus two helper modes that write their inputs:
//   --write-resx [path]        Resources/SeedArticle.resx from the seed (the .resx alternative's data)
//   --write-corpus dir count   the synthetic corpus as files (benchmarks/build-cost.sh builds it)
//   --assembly-size dll bytes  where a generated assembly's bytes go, against `bytes` of article text
if (args.Length > 0 && args[0] == "--write-resx")
{
    string path = args.Length > 1 ? args[1] : Path.Combine(SeedFiles.Directory, "..", "benchmarks", "NewsGen.Benchmarks", "Resources", "SeedArticle.resx");
    ResxWriter.Write(path);
    Console.WriteLine("Wrote " + Path.GetFullPath(path));
    return 0;
}

if (args.Length == 3 && args[0] == "--write-corpus")
{
    int count = int.Parse(args[2], CultureInfo.InvariantCulture);
    SyntheticCorpus.WriteTo(args[1], count);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count} articles ({SyntheticCorpus.Megabytes(count):0.00} MB) to {Path.GetFullPath(args[1])}"));
    return 0;
}

if (args.Length == 3 && args[0] == "--assembly-size")
{
    AssemblySize.Print(args[1], long.Parse(args[2], CultureInfo.InvariantCulture));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SeedFiles).Assembly).Run(args);
return 0;
