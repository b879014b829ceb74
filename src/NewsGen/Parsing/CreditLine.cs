using System;

namespace NewsGen.Parsing;

/// <summary>
/// Recognises the credit line news copy ends with: "ABC News' Jordyn Phelps contributed to this report.",
/// "Jane Roe of Reuters contributed reporting.", "Additional reporting by Jane Roe.". Only a short, single
/// sentence qualifies, so a long paragraph that happens to end with these words is never taken for one.
/// </summary>
public static class CreditLine
{
    private const int MaxLength = 200;

    // "Jane Roe of Reuters": the last " of " splits the writer from the organisation.
    private const string OfMarker = " of ";

    private static readonly string[] Endings =
    {
        " contributed to this report.", " contributed to this report", " contributed to this story.",
        " contributed to this article.", " contributed reporting.", " contributed to the report.",
    };

    private static readonly string[] Beginnings = { "Additional reporting by ", "Reporting by " };

    /// <summary>Reads a credit line; false when <paramref name="paragraph"/> is not one.</summary>
    public static bool TryParse(string paragraph, out ArticleCredit? credit)
    {
        credit = null;
        if (paragraph.Length > MaxLength || Sentences.FirstEnd(paragraph) != paragraph.Length)
        {
            return false;
        }

        string? who = null;
        foreach (string ending in Endings)
        {
            if (paragraph.EndsWith(ending, StringComparison.Ordinal))
            {
                who = paragraph.Substring(0, paragraph.Length - ending.Length);
                break;
            }
        }

        if (who is null)
        {
            foreach (string beginning in Beginnings)
            {
                if (paragraph.StartsWith(beginning, StringComparison.Ordinal))
                {
                    who = paragraph.Substring(beginning.Length).TrimEnd('.');
                    break;
                }
            }
        }

        if (string.IsNullOrWhiteSpace(who))
        {
            return false;
        }

        credit = Split(who!.Trim());
        return true;
    }

    // "ABC News' Jordyn Phelps", "Reuters' Jane Roe", "CNN's Jane Roe", "Jane Roe of Reuters", "Reuters".
    private static ArticleCredit Split(string who)
    {
        foreach (string marker in new[] { "'s ", "\u2019s ", "' ", "\u2019 " })
        {
            int at = who.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                return new ArticleCredit(who.Substring(at + marker.Length).Trim(), who.Substring(0, at).Trim());
            }
        }

        int of = who.LastIndexOf(OfMarker, StringComparison.Ordinal);
        if (of > 0)
        {
            return new ArticleCredit(who.Substring(0, of).Trim(), who.Substring(of + OfMarker.Length).Trim());
        }

        return new ArticleCredit(who, string.Empty);
    }
}
