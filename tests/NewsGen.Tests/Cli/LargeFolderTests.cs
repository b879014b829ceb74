using System;
using System.Linq;
using NewsGen.Cli.Checking;
using Xunit;

namespace NewsGen.Tests.Cli;

/// <summary>A folder of 2,000 articles: every file checked, progress on stderr only once the run takes a while.</summary>
public sealed class LargeFolderTests : IClassFixture<LargeFolderTests.Corpus>
{
    private const int Count = 2000;
    private readonly Corpus _corpus;

    public LargeFolderTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public void Every_file_is_checked_and_a_quick_run_prints_no_progress()
    {
        CliRun run = CliRun.Of("check", _corpus.Folder.Path);

        // Every 100th article has glued text, so the count of warnings proves every file was read.
        Assert.Equal(Count / 100, run.OutLines.Length);
        Assert.All(run.OutLines, line => Assert.Contains("warning NEWS007", line, StringComparison.Ordinal));
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_slow_run_prints_progress_after_the_delay_then_once_per_interval_and_ends_on_the_total()
    {
        // A clock that moves 10 ms every time it is read (once per file): 1 s passes at file 100.
        var progress = new ProgressSettings(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), () =>
        {
            long ticks = 0;
            return () => TimeSpan.FromMilliseconds(10 * ++ticks);
        });

        CliRun run = CliRun.Of(progress, "check", _corpus.Folder.Path);

        Assert.Equal(
            new[] { 100, 600, 1100, 1600, 2000 }.Select(n => $"newsgen: checked {n} of {Count} files"),
            run.ErrorLines);
        Assert.Equal(Count / 100, run.OutLines.Length);
    }

    /// <summary>The 2,000 files, written once for the class.</summary>
    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            for (int i = 0; i < Count; i++)
            {
                string text = i % 100 == 0 ? $"Article {i} lost its breakThe end.\n" : $"Article number {i}.\nIt has two paragraphs.\n";
                Folder.WriteText($"batch{i / 500}/article-{i:D4}.txt", text);
            }
        }

        internal TempFolder Folder { get; } = new();

        public void Dispose() => Folder.Dispose();
    }
}
