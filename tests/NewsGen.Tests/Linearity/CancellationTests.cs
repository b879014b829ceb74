using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsGen.Analysis;
using NewsGen.Benchmarks.WorstCase;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Linearity;

/// <summary>
/// Issue 18: an IDE that cancels a run on a 1 MiB pathological article gets control back promptly. The token is
/// cancelled from the work meter's own check callback after a few checks (no sleeps, no timing): the run must end
/// in <see cref="OperationCanceledException"/> with no more than one check interval of work after the cancel.
/// </summary>
public sealed class CancellationTests
{
    // Just under the default 1 MiB article limit (the text is ASCII), so the generator and analyzer parse it.
    private const int OneMiB = 1_000_000;

    public static TheoryData<string> Families => new("honorific-name", "long-sentence", "distinct-names", "many-attributions");

    [Theory]
    [MemberData(nameof(Families))]
    public void The_parser_stops_soon_after_its_token_is_cancelled(string family)
    {
        string text = PathologicalText.Build(family, OneMiB);
        using var cts = new CancellationTokenSource();
        (WorkTally tally, Func<long> afterCancel) = CancelAfterChecks(cts, 3);

        using (WorkMeter.Observe(tally))
        {
            Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.Parse(text, cts.Token));
        }

        Assert.True(cts.IsCancellationRequested, "the run ended before the third check: the family no longer exercises the meter");
        Assert.True(afterCancel() <= WorkMeter.CheckInterval, $"{afterCancel()} units of work after the cancel");
    }

    [Fact]
    public void An_uncancelled_run_looks_at_its_token_throughout_the_work()
    {
        var tally = new WorkTally();
        using (WorkMeter.Observe(tally))
        {
            ArticleParser.Parse(PathologicalText.Build("honorific-name", OneMiB));
        }

        // A check at least every interval of work, so no stretch of the run ignores the token.
        Assert.True(tally.Checks >= tally.Units / WorkMeter.CheckInterval, $"{tally.Checks} checks for {tally.Units} units");
        Assert.True(tally.Checks > 10, $"{tally.Checks} checks");
    }

    [Fact]
    public void The_generator_run_is_cancelled_mid_article()
    {
        var files = new[] { new ArticleFile("worst.txt", PathologicalText.Build("long-sentence", OneMiB)) };
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files, TargetProfile.Net100);
        using var cts = new CancellationTokenSource();
        (WorkTally tally, Func<long> afterCancel) = CancelAfterChecks(cts, 3);

        using (WorkMeter.Observe(tally))
        {
            Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.CreateCompilation(TargetProfile.Net100), cts.Token));
        }

        Assert.True(cts.IsCancellationRequested);
        Assert.True(afterCancel() <= WorkMeter.CheckInterval, $"{afterCancel()} units of work after the cancel");
    }

    [Fact]
    public void The_analyzer_run_is_cancelled_mid_article()
    {
        var files = new List<ArticleFile> { new("worst.txt", PathologicalText.Build("honorific-name", OneMiB)) };
        var options = new AnalyzerOptions(
            files.Select(f => f.ToAdditionalText()).ToImmutableArray(),
            GeneratorHarness.CreateOptionsProvider(files));
        CompilationWithAnalyzers withAnalyzers = GeneratorHarness.CreateCompilation(TargetProfile.Net100)
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NewsArticleAnalyzer()), options);
        using var cts = new CancellationTokenSource();
        (WorkTally tally, Func<long> afterCancel) = CancelAfterChecks(cts, 3);

        using (WorkMeter.Observe(tally))
        {
            Assert.ThrowsAny<OperationCanceledException>(() => withAnalyzers.GetAnalyzerDiagnosticsAsync(cts.Token).GetAwaiter().GetResult());
        }

        Assert.True(cts.IsCancellationRequested, "the analyzer finished before the third check");
        Assert.True(afterCancel() <= WorkMeter.CheckInterval, $"{afterCancel()} units of work after the cancel");
    }

    /// <summary>A tally that cancels <paramref name="cts"/> at its <paramref name="checks"/>th check, and the work counted since.</summary>
    private static (WorkTally Tally, Func<long> AfterCancel) CancelAfterChecks(CancellationTokenSource cts, int checks)
    {
        long atCancel = -1;
        var tally = new WorkTally();
        tally.OnCheck = t =>
        {
            if (t.Checks == checks)
            {
                atCancel = t.Units;
                cts.Cancel();
            }
        };

        return (tally, () => atCancel < 0 ? long.MaxValue : tally.Units - atCancel);
    }
}
