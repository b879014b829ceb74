using System;
using NewsGen.Benchmarks.WorstCase;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;
using Xunit;

namespace NewsGen.Tests.Linearity;

/// <summary>
/// Issue 18: the parser's cost grows linearly with the text, whatever the text. Each pathological family (and plain
/// prose) is parsed at N and 4N characters; the work the name reading and attribution count (registry probes,
/// mentions and tokens visited) and the bytes the whole parse allocates must grow at most about 4×. No timing: a
/// stage that turns quadratic shows up as 16× the count.
/// </summary>
public sealed class LinearWorkTests
{
    private const int Small = 16_000;

    // 4× the text may cost a little over 4× the work (the registry's dictionaries and lists grow in steps).
    private const double MaxGrowth = 4.6;

    public static TheoryData<string> Families => new(PathologicalText.Families);

    // Families with names or quotes, where name reading and attribution have work to count.
    public static TheoryData<string> FamiliesWithNames => new(
        "prose", "honorific-name", "repeated-name", "distinct-names", "capitalised-run", "abbreviations", "pronoun-chain",
        "many-attributions", "long-sentence", "short-paragraphs");

    [Theory]
    [MemberData(nameof(FamiliesWithNames))]
    public void Name_and_attribution_work_grows_linearly(string family)
    {
        long small = Work(PathologicalText.Build(family, Small));
        long large = Work(PathologicalText.Build(family, 4 * Small));

        Assert.True(small > Small / 100, $"{family}: only {small} units counted at {Small} characters; the family no longer exercises the meter");
        Assert.True(large <= MaxGrowth * small, $"{family}: {small} units at {Small} characters, {large} at {4 * Small} ({(double)large / small:0.0}×)");
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Allocation_grows_linearly(string family)
    {
        string smallText = PathologicalText.Build(family, Small);
        string largeText = PathologicalText.Build(family, 4 * Small);
        ArticleParser.Parse(smallText); // JIT and static tables, so both measured runs allocate only for their text.

        long small = Allocated(smallText);
        long large = Allocated(largeText);

        Assert.True(large <= MaxGrowth * small, $"{family}: {small} bytes at {Small} characters, {large} at {4 * Small} ({(double)large / small:0.0}×)");
    }

    [Fact]
    public void A_huge_honorific_paragraph_costs_about_what_prose_of_its_size_does()
    {
        // The input: "Mr. John Smith Mr. John Smith …", one paragraph. It used to cost the square of its length.
        long honorific = Work(PathologicalText.Build("honorific-name", 4 * Small));
        long prose = Work(PathologicalText.Build("prose", 4 * Small));

        Assert.True(honorific <= 3 * prose, $"honorific {honorific} units, prose {prose}");
    }

    private static long Work(string text)
    {
        var tally = new WorkTally();
        using (WorkMeter.Observe(tally))
        {
            ArticleParser.Parse(text);
        }

        return tally.Units;
    }

    private static long Allocated(string text)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        ArticleParser.Parse(text);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
