using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using NewsGen.Benchmarks.WorstCase;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Benchmarks.Attribution;

/// <summary>
/// A console measurement of what attribution costs per MB of text, next to the whole parse (docs/quotes.md,
/// "Cost"): for plain prose and every worst-case family at 1 MB, the best of five runs of
/// <see cref="ArticleParser.Parse(string, System.Threading.CancellationToken)"/> (lines, paragraphs, quotes,
/// names, attribution) and of <see cref="QuoteExtractor.Analyze"/> alone (quotes, names, attribution), with the
/// bytes each allocates. Quicker and rougher than the BenchmarkDotNet job in WorstCase/ (no warm-up statistics),
/// for a shared machine where a full job takes too long.
/// </summary>
public static class AttributionCost
{
    private const int Size = 1_000_000;
    private const int Runs = 5;

    public static void Run(IReadOnlyList<string> families)
    {
        Console.WriteLine("| family | parse ms per MB | × prose | attribution (quotes, names, speakers) ms per MB | parse MB allocated per MB | × prose |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        double proseMs = 0;
        double proseAlloc = 0;
        foreach (string family in families)
        {
            string text = PathologicalText.Build(family, Size);
            double mb = text.Length / 1_000_000.0;
            string[] paragraphs = ArticleParser.Parse(text).Paragraphs.Select(p => p.Text).ToArray();
            (double parseMs, long parseBytes) = Best(() => ArticleParser.Parse(text));
            (double quoteMs, _) = Best(() => QuoteExtractor.Analyze(paragraphs));
            double ms = parseMs / mb;
            double alloc = parseBytes / 1_000_000.0 / mb;
            if (family == "prose")
            {
                proseMs = ms;
                proseAlloc = alloc;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {family} | {ms:0} | {ms / proseMs:0.0} | {quoteMs / mb:0} | {alloc:0} | {alloc / proseAlloc:0.0} |"));
        }
    }

    private static (double Ms, long Bytes) Best(Func<object> parse)
    {
        double best = double.MaxValue;
        long bytes = 0;
        for (int i = 0; i < Runs; i++)
        {
            GC.Collect();
            long before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(parse());
            watch.Stop();
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return (best, bytes);
    }
}
