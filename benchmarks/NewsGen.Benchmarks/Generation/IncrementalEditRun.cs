using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsGen.Benchmarks.Generation;

/// <summary>
/// The warm edit of one article as a plain console measurement (<c>--incremental-edit</c>), for corpora too large
/// for <see cref="IncrementalEditBenchmarks"/>: BenchmarkDotNet's pilot, warm-up and memory-diagnoser runs repeat
/// an edit that costs seconds at 30,000 articles, and every generated tree of the warm driver stays in memory
/// meanwhile. Here one process holds one corpus and one driver, the cold run is timed once, then one discarded
/// edit and <c>edits</c> measured ones; only <c>RunGenerators</c> is inside the stopwatch, as in the benchmark.
/// </summary>
internal static class IncrementalEditRun
{
    /// <summary>Runs the measurement on <paramref name="source"/>: an article count of the synthetic corpus, or a folder of <c>.txt</c> files.</summary>
    public static void Run(string source, int edits)
    {
        AdditionalText[] files;
        string corpusName;
        if (int.TryParse(source, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            IReadOnlyList<SyntheticArticle> corpus = SyntheticCorpus.Get(count);
            files = GeneratorSetup.Files(corpus);
            corpusName = string.Create(CultureInfo.InvariantCulture, $"{count:N0} synthetic articles");
        }
        else
        {
            string[] paths = Directory.GetFiles(source, "*.txt", SearchOption.AllDirectories);
            Array.Sort(paths, StringComparer.Ordinal);
            files = paths.Select(p => (AdditionalText)new ByteAdditionalText(Path.GetFullPath(p), File.ReadAllBytes(p))).ToArray();
            corpusName = string.Create(CultureInfo.InvariantCulture, $"{files.Length:N0} articles of {source}");
        }

        long textBytes = files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.GetText()!.ToString()));
        CSharpCompilation compilation = GeneratorSetup.CreateCompilation();

        // The edited article sits in the middle of the corpus, so an order-dependent cost is not hidden at either end.
        AdditionalText current = files[files.Length / 2];
        AdditionalText other = new ByteAdditionalText(current.Path, Encoding.UTF8.GetBytes(current.GetText()!.ToString() + "\nAn added closing paragraph."));

        var stopwatch = Stopwatch.StartNew();
        // NEWSGEN_STEP_TIMES=1: where an edit's time goes, step by step (tracking adds its own cost to the totals).
        bool stepTimes = Environment.GetEnvironmentVariable("NEWSGEN_STEP_TIMES") == "1";
        GeneratorDriver driver = GeneratorSetup.CreateDriver(files, stepTimes).RunGenerators(compilation);
        double coldMs = stopwatch.Elapsed.TotalMilliseconds;
        int trees = driver.GetRunResult().GeneratedTrees.Length;
        files = [];

        // Settle the heap before the edits, so a full collection left over from the cold run does not land in one.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        long heapAfterCold = GC.GetTotalMemory(forceFullCollection: true);

        // CPU time beside wall time: on a machine shared with other jobs the wall clock counts their time too, while
        // the process's CPU time (all its threads, the GC's included) is what the edit itself costs.
        using Process self = Process.GetCurrentProcess();
        var times = new List<double>();
        var cpuTimes = new List<double>();
        for (int i = 0; i <= edits; i++)
        {
            driver = driver.ReplaceAdditionalText(current, other);
            (current, other) = (other, current);
            self.Refresh();
            TimeSpan cpuBefore = self.TotalProcessorTime;
            stopwatch.Restart();
            driver = driver.RunGenerators(compilation);
            double ms = stopwatch.Elapsed.TotalMilliseconds;
            self.Refresh();
            double cpuMs = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            if (i > 0)
            {
                times.Add(ms);   // edit 0 is the warm-up: the first incremental run after a cold one
                cpuTimes.Add(cpuMs);
            }
        }

        if (stepTimes)
        {
            StepTimes.Print(driver.GetRunResult());
        }

        times.Sort();
        cpuTimes.Sort();
        double cpuMedian = cpuTimes.Count % 2 == 1 ? cpuTimes[cpuTimes.Count / 2] : (cpuTimes[(cpuTimes.Count / 2) - 1] + cpuTimes[cpuTimes.Count / 2]) / 2;
        double median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
        using Process process = Process.GetCurrentProcess();
        Console.WriteLine("| corpus | text MB | generated files | cold run (ms) | one article edited, median (ms) | min–max (ms) | CPU time per edit, median (ms) | edits | managed heap after the cold run (MiB) | peak working set (MiB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {corpusName} | {textBytes / 1048576.0:0.00} | {trees:N0} | {coldMs:N0} | {median:N1} | {times[0]:N1}–{times[^1]:N1} | {cpuMedian:N1} | {times.Count} | {heapAfterCold / 1048576.0:N0} | {process.PeakWorkingSet64 / 1048576.0:N0} |"));
        GC.KeepAlive(driver);
    }
}
