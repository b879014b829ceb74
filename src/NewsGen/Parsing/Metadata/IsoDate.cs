namespace NewsGen.Parsing.Metadata;

/// <summary>
/// Reads the ISO 8601 forms front matter uses: <c>YYYY-MM-DD</c>, optionally followed by <c>T</c> (or one space, as
/// YAML allows) and <c>hh:mm</c>, <c>hh:mm:ss</c> or <c>hh:mm:ss.fff</c>, optionally followed by <c>Z</c> or an
/// offset <c>+hh:mm</c>, <c>+hhmm</c>, <c>+hh</c>. Every field is range-checked (leap years included), so a value
/// that reads is a real instant; the reason a value does not read is returned for the diagnostic.
/// </summary>
public static class IsoDate
{
    /// <summary>Reads <paramref name="text"/>; on failure <paramref name="reason"/> says why, in words.</summary>
    public static bool TryParse(string text, out MetadataDate? date, out string reason)
    {
        date = null;
        int i = 0;
        if (!Digits(text, ref i, 4, out int year) || !Char(text, ref i, '-') || !Digits(text, ref i, 2, out int month)
            || !Char(text, ref i, '-') || !Digits(text, ref i, 2, out int day))
        {
            reason = "it is not of the form YYYY-MM-DD";
            return false;
        }

        if (month < 1 || month > 12)
        {
            reason = "month " + month.ToString(System.Globalization.CultureInfo.InvariantCulture) + " does not exist";
            return false;
        }

        if (day < 1 || day > DaysIn(year, month))
        {
            reason = "day " + day.ToString(System.Globalization.CultureInfo.InvariantCulture) + " does not exist in that month";
            return false;
        }

        if (i == text.Length)
        {
            date = new MetadataDate(text, year, month, day, false, 0, 0, 0, 0, false, 0);
            reason = string.Empty;
            return true;
        }

        if (!(text[i] == 'T' || text[i] == 't' || text[i] == ' '))
        {
            reason = "the date is followed by something that is not a time";
            return false;
        }

        i++;
        int second = 0, millisecond = 0;
        if (!Digits(text, ref i, 2, out int hour) || !Char(text, ref i, ':') || !Digits(text, ref i, 2, out int minute))
        {
            reason = "the time is not of the form hh:mm or hh:mm:ss";
            return false;
        }

        if (Char(text, ref i, ':'))
        {
            if (!Digits(text, ref i, 2, out second))
            {
                reason = "the seconds are not two digits";
                return false;
            }

            if (Char(text, ref i, '.'))
            {
                int digits = 0;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9')
                {
                    if (digits < 3)
                    {
                        millisecond = (millisecond * 10) + (text[i] - '0');
                    }

                    digits++;
                    i++;
                }

                if (digits == 0)
                {
                    reason = "the fraction of a second has no digits";
                    return false;
                }

                for (; digits < 3; digits++)
                {
                    millisecond *= 10;
                }
            }
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            reason = "the time of day does not exist";
            return false;
        }

        bool hasOffset = false;
        int offset = 0;
        if (i < text.Length && (text[i] == 'Z' || text[i] == 'z'))
        {
            hasOffset = true;
            i++;
        }
        else if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            int sign = text[i] == '-' ? -1 : 1;
            i++;
            int offsetMinutes = 0;
            if (!Digits(text, ref i, 2, out int offsetHours) || (Char(text, ref i, ':') ? !Digits(text, ref i, 2, out offsetMinutes) : (i < text.Length && !Digits(text, ref i, 2, out offsetMinutes))))
            {
                reason = "the offset is not of the form +hh:mm";
                return false;
            }

            if (offsetHours > 14 || offsetMinutes > 59)
            {
                reason = "the offset from UTC does not exist";
                return false;
            }

            hasOffset = true;
            offset = sign * ((offsetHours * 60) + offsetMinutes);
        }

        if (i != text.Length)
        {
            reason = "it has text after the time";
            return false;
        }

        date = new MetadataDate(text, year, month, day, true, hour, minute, second, millisecond, hasOffset, offset);
        reason = string.Empty;
        return true;
    }

    private static int DaysIn(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool Char(string text, ref int i, char c)
    {
        if (i < text.Length && text[i] == c)
        {
            i++;
            return true;
        }

        return false;
    }

    private static bool Digits(string text, ref int i, int count, out int value)
    {
        value = 0;
        if (i + count > text.Length)
        {
            return false;
        }

        for (int k = 0; k < count; k++)
        {
            char c = text[i + k];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        i += count;
        return true;
    }
}
