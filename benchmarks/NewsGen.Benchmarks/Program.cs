using System;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Running;
using NewsGen.Benchmarks.Alternatives;
using NewsGen.Benchmarks.BuildCost;
using NewsGen.Benchmarks.Generation;
using NewsGen.Benchmarks.Sizes;
using NewsGen.Parsing;

// Benchmarks (see docs/performance.md), plus two helper modes that write their inputs:
//   --write-resx [path]        Resources/SeedArticle.resx from the seed (the .resx alternative's data)
//   --write-corpus dir count   the synthetic corpus as files (benchmarks/build-cost.sh builds it)
//   --assembly-size dll bytes  where a generated assembly's bytes go, against `bytes` of article text
//   --write-constants articles out [Lines|BlankLines]
//                              the hand-written `const string` baseline of build-cost.sh for every .txt under `articles`
//   --incremental-edit count|dir [edits]
//                              one article edited on a warm driver, as a console run (fits 30,000 articles in memory)
//   --analyzer-cost count [rounds]
//                              NewsGen's analyzer beside its generator, with and without the shared parse
//   --attribution-polnear texts annotations [misses.txt]
//                              quote recall and speaker precision/recall against PolNeAR (docs/quotes.md, "PolNeAR")
//   --attribution-show file    every quote of one article with its kind and speaker
//   --attribution-cost [family ...]
//                              parse and attribution ms and MB allocated per MB, prose and the worst-case families
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

if (args.Length is 3 or 4 && args[0] == "--write-constants")
{
    ParagraphRule rule = args.Length == 4 ? Enum.Parse<ParagraphRule>(args[3]) : ParagraphRule.Lines;
    int files = ConstantsWriter.Write(args[1], args[2], rule);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote the constants of {files} articles to {Path.GetFullPath(args[2])}"));
    return 0;
}

if (args.Length is 2 or 3 && args[0] == "--incremental-edit")
{
    IncrementalEditRun.Run(args[1], args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
    return 0;
}

if (args.Length is 2 or 3 && args[0] == "--analyzer-cost")
{
    AnalyzerCostRun.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
    return 0;
}

if (args.Length >= 1 && args[0] == "--attribution-cost")
{
    NewsGen.Benchmarks.Attribution.AttributionCost.Run(args.Length > 1 ? args[1..] : NewsGen.Benchmarks.WorstCase.PathologicalText.Families);
    return 0;
}

if (args.Length == 2 && args[0] == "--attribution-show")
{
    NewsGen.Benchmarks.Attribution.PolnearScore.Show(args[1]);
    return 0;
}

if (args.Length is 3 or 4 && args[0] == "--attribution-polnear")
{
    NewsGen.Benchmarks.Attribution.PolnearScore.Run(args[1], args[2], args.Length == 4 ? args[3] : null);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SeedFiles).Assembly).Run(args);
return 0;
