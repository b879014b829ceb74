using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsGen.Benchmarks.Generation;

/// <summary>
/// Figures per MB of article text, from the <c>Articles</c> parameter and the corpus it stands for: the corpus
/// size, mean time per MB, and bytes allocated per MB of text.
/// </summary>
internal sealed class PerMegabyteColumn : IColumn
{
    public static readonly IColumn TextMegabytes = new PerMegabyteColumn("Text MB", "MB of UTF-8 article text in the corpus", Kind.Text);
    public static readonly IColumn TimePerMegabyte = new PerMegabyteColumn("ms/MB", "Mean time per MB of article text", Kind.Time);
    public static readonly IColumn AllocatedPerMegabyte = new PerMegabyteColumn("Alloc/MB", "MB allocated per MB of article text", Kind.Allocated);

    private readonly Kind _kind;

    private PerMegabyteColumn(string name, string legend, Kind kind)
    {
        ColumnName = name;
        Legend = legend;
        _kind = kind;
    }

    private enum Kind { Text, Time, Allocated }

    public string Id => nameof(PerMegabyteColumn) + "." + _kind;

    public string ColumnName { get; }

    public string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)_kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters["Articles"] is not int articles)
        {
            return "-";
        }

        double megabytes = SyntheticCorpus.Megabytes(articles);
        BenchmarkReport? report = summary[benchmarkCase];
        return _kind switch
        {
            Kind.Text => megabytes.ToString("0.00", CultureInfo.InvariantCulture),
            Kind.Time when report?.ResultStatistics is { } stats => (stats.Mean / 1e6 / megabytes).ToString("0.000", CultureInfo.InvariantCulture),
            Kind.Allocated when report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is long bytes => (bytes / (1024.0 * 1024.0) / megabytes).ToString("0.00", CultureInfo.InvariantCulture),
            _ => "?",
        };
    }
}
