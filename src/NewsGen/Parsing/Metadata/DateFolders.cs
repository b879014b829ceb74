using System.Collections.Generic;

namespace NewsGen.Parsing.Metadata;

/// <summary>
/// The folders at the top of an article id that file it by date, as archives and permalinks do
/// (<c>2019/01/04/slug</c> in Wikinews, <c>2024/05/slug</c> in a newsroom's archive): a year of four digits, then
/// optionally a month of two (01 to 12), then optionally a day of two (01 to 31), in that order. They say when the
/// copy was filed, never what it is about, so the section is not read from them (<see cref="ArticleMetadata.SectionOf"/>).
/// </summary>
public static class DateFolders
{
    private const int YearDigits = 4;
    private const int MonthDigits = 2;
    private const int DayDigits = 2;
    private const int MonthsInYear = 12;
    private const int MostDaysInMonth = 31;

    /// <summary>How many of the first <paramref name="folders"/> are date folders: 0 to 3, year first.</summary>
    public static int LeadingCount(IReadOnlyList<string> folders)
    {
        if (folders.Count == 0 || !IsNumber(folders[0], YearDigits, int.MaxValue))
        {
            return 0;
        }

        if (folders.Count == 1 || !IsNumber(folders[1], MonthDigits, MonthsInYear))
        {
            return 1;
        }

        return folders.Count > 2 && IsNumber(folders[2], DayDigits, MostDaysInMonth) ? 3 : 2;
    }

    // Exactly `digits` ASCII digits whose value is from 1 to `largest` (a year 0000, a month 00 or a day 00 is no date).
    private static bool IsNumber(string folder, int digits, int largest)
    {
        if (folder.Length != digits)
        {
            return false;
        }

        int value = 0;
        foreach (char c in folder)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value >= 1 && value <= largest;
    }
}
