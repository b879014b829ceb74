using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsGen.Analysis;

namespace NewsGen.Benchmarks.Generation;

/// <summary>
/// What NewsGen's analyzer costs in a build, beside its generator (<c>--analyzer-cost</c>). A command-line build
/// hands the generator and the analyzers the same AdditionalText objects, so the analyzer can reuse the generator's
/// parse of each article (ArticleParseCache). Each round times, over the same synthetic corpus: the cold generator
/// run; the analyzer on those same files (as in a build); and the analyzer on fresh copies of the files (what it
/// costs with nothing to reuse: the IDE after an edit, or the analyzer before the cache). Rounds alternate, so a
/// loaded machine slows all three alike; the table gives the median of each. A second table splits what an article
/// costs outside the driver: the parse, the model, and the storage estimate (UserStringBudget, which builds the
/// article's view tables once more to measure them).
/// </summary>
internal static class AnalyzerCostRun
{
    public static void Run(int count, int rounds)
    {
        IReadOnlyList<SyntheticArticle> corpus = SyntheticCorpus.Get(count);
        CSharpCompilation compilation = GeneratorSetup.CreateCompilation();
        ImmutableArray<DiagnosticAnalyzer> analyzers = [new NewsArticleAnalyzer()];
        var generator = new List<double>();
        var shared = new List<double>();
        var fresh = new List<double>();
        int diagnosticsShared = 0, diagnosticsFresh = 0;
        for (int round = 0; round <= rounds; round++)
        {
            AdditionalText[] files = GeneratorSetup.Files(corpus);
            var stopwatch = Stopwatch.StartNew();
            GeneratorDriver driver = GeneratorSetup.CreateDriver(files).RunGenerators(compilation);
            double generatorMs = stopwatch.Elapsed.TotalMilliseconds;
            GC.KeepAlive(driver);

            stopwatch.Restart();
            diagnosticsShared = Analyze(compilation, analyzers, files);
            double sharedMs = stopwatch.Elapsed.TotalMilliseconds;

            stopwatch.Restart();
            diagnosticsFresh = Analyze(compilation, analyzers, GeneratorSetup.Files(corpus));
            double freshMs = stopwatch.Elapsed.TotalMilliseconds;
            if (round > 0)
            {
                generator.Add(generatorMs);
                shared.Add(sharedMs);
                fresh.Add(freshMs);
            }
        }

        if (diagnosticsShared != diagnosticsFresh)
        {
            throw new InvalidOperationException($"The analyzer reported {diagnosticsShared} diagnostics on the generator's files and {diagnosticsFresh} on fresh ones.");
        }

        var parse = new List<double>();
        var model = new List<double>();
        var budget = new List<double>();
        for (int round = 0; round <= rounds; round++)
        {
            string[] texts = corpus.Select(a => System.Text.Encoding.UTF8.GetString(a.Utf8)).ToArray();
            var stopwatch = Stopwatch.StartNew();
            NewsGen.Parsing.ParsedArticle[] parsed = texts.Select(t => NewsGen.Parsing.ArticleParser.Parse(t, NewsGen.Parsing.ParagraphRule.Lines)).ToArray();
            double parseMs = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            NewsGen.Model.ArticleContent[] contents = parsed.Select(NewsGen.Model.ArticleContent.From).ToArray();
            double modelMs = stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            long bytes = 0;
            for (int i = 0; i < contents.Length; i++)
            {
                bytes += NewsGen.Generation.UserStringBudget.StringsViewBytes(corpus[i].Id, contents[i]);
            }

            double budgetMs = stopwatch.Elapsed.TotalMilliseconds;
            GC.KeepAlive(bytes);
            if (round > 0)
            {
                parse.Add(parseMs);
                model.Add(modelMs);
                budget.Add(budgetMs);
            }
        }

        Console.WriteLine("| articles | generator, cold run (ms) | analyzer after the generator, same files (ms) | analyzer on fresh files (ms) | diagnostics | rounds |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {count:N0} | {Median(generator):N0} | {Median(shared):N0} | {Median(fresh):N0} | {diagnosticsShared:N0} | {rounds} |"));
        Console.WriteLine();
        Console.WriteLine("| articles | parse, all articles (ms) | model (ArticleContent.From) (ms) | storage estimate (UserStringBudget) (ms) |");
        Console.WriteLine("|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {count:N0} | {Median(parse):N0} | {Median(model):N1} | {Median(budget):N1} |"));
    }

    private static int Analyze(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AdditionalText[] files)
    {
        var options = new AnalyzerOptions([.. files], new ArticleOptionsProvider());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        return withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}
