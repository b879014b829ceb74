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
    [InlineData("DES MOINES - The caucuses began.", "DES MOINES||||The caucuses began.")]      // USA Today style
    [InlineData("SELMA, N.C.—Donald Trump spoke.", "SELMA|N.C.|||Donald Trump spoke.")]           // WSJ: no spaces
    [InlineData("WASHINGTON —\u00A0U.S. candidates reacted.", "WASHINGTON||||U.S. candidates reacted.")] // no-break space
    [InlineData("CHARLESTON, S.C.\u00A0— In the fall, she spoke.", "CHARLESTON|S.C.|||In the fall, she spoke.")]
    [InlineData("PARIS, Aug 31 (Reuters) - France voted.", "PARIS||Reuters|Aug 31|France voted.")]   // Reuters: no period
    [InlineData("CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters left.", "CAMBRIDGE|Mass.|UPI|Dec. 11|Young voters left.")]
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
    [InlineData("PARIS, the capital, was quiet.")]
    [InlineData("LONDON, May 1 (Reuters)-Britain grew.")]
    [InlineData("SIEGEL--Jerome Arthur, 98, of Mamaroneck, died.")]   // paid death notice: surname, not a place
    [InlineData("IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal")]   // a headline in capitals
    [InlineData("Washington (AP) — The Senate voted.")]
    [InlineData("WASHINGTON")]
    [InlineData("A (AP) — The Senate voted.")]
    [InlineData("")]
    public void Text_that_is_not_a_dateline_at_the_start_of_the_paragraph_is_not_one(string paragraph)
    {
        Assert.Equal("-", Describe(paragraph));
    }
}
