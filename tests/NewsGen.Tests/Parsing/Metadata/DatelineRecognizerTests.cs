using NewsGen.Parsing.Metadata;
using Xunit;

namespace NewsGen.Tests.Parsing.Metadata;

/// <summary>Datelines in AP, Reuters, AFP and newspaper styles, and the look-alikes that must not be taken for one.</summary>
public sealed class DatelineRecognizerTests
{
    private static string Describe(string paragraph) =>
        DatelineRecognizer.TryRecognize(paragraph, out Dateline? d)
            ? $"{d!.Place}|{d.Region}|{d.Agency}|{d.DateText}|{paragraph.Substring(d.LedeStart)}"
            : "-";

    [Theory]
    [InlineData("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON||AP||The Senate voted on Tuesday.")]
    [InlineData("LONDON, May 1 (Reuters) - Britain's economy grew.", "LONDON||Reuters|May 1|Britain's economy grew.")]
    [InlineData("PARIS — The strike spread.", "PARIS||||The strike spread.")]
    [InlineData("PARIS—The strike spread.", "PARIS||||The strike spread.")]
    [InlineData("BERLIN -- The coalition held.", "BERLIN||||The coalition held.")]
    [InlineData("NEW YORK (CNN) — Stocks fell.", "NEW YORK||CNN||Stocks fell.")]
    [InlineData("ST. LOUIS (AP) – A judge ruled.", "ST. LOUIS||AP||A judge ruled.")]
    [InlineData("SPRINGFIELD, Ill. (AP) — Lawmakers met.", "SPRINGFIELD|Ill.|AP||Lawmakers met.")]
    [InlineData("MANCHESTER, England, Sept. 3 — United won.", "MANCHESTER|England||Sept. 3|United won.")]
    [InlineData("RIO DE JANEIRO (AFP) - \"We are ready,\" the mayor said.", "RIO DE JANEIRO||AFP||\"We are ready,\" the mayor said.")]
    [InlineData("WILKES-BARRE, Pa. — 2,000 workers walked out.", "WILKES-BARRE|Pa.|||2,000 workers walked out.")]
    public void Datelines_give_place_agency_date_and_where_the_lede_starts(string paragraph, string expected)
    {
        Assert.Equal(expected, Describe(paragraph));
    }

    [Theory]
    [InlineData("Officials in WASHINGTON — and beyond — were surprised.")]
    [InlineData("The view from WASHINGTON (AP) — is grim.")]
    [InlineData("BREAKING — The Senate voted.")]
    [InlineData("UPDATE — The figures were revised.")]
    [InlineData("NASA — the agency said on Monday.")]
    [InlineData("PARIS - The strike spread.")]            // a bare place needs a real dash, not a hyphen
    [InlineData("PARIS, the capital, was quiet.")]
    [InlineData("LONDON, May 1 (Reuters)-Britain grew.")]
    [InlineData("Washington (AP) — The Senate voted.")]
    [InlineData("WASHINGTON")]
    [InlineData("A (AP) — The Senate voted.")]
    [InlineData("")]
    public void Text_that_is_not_a_dateline_at_the_start_of_the_paragraph_is_not_one(string paragraph)
    {
        Assert.Equal("-", Describe(paragraph));
    }
}
