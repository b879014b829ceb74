namespace NewsGen.Parsing.Metadata;

/// <summary>
/// An ISO 8601 date, or date and time, as written in front matter, split into numbers so that generated code can
/// expose it as constants on every target (no parsing at run time, no <c>DateOnly</c> needed). Value-equatable.
/// </summary>
/// <param name="Text">The value as written, e.g. <c>2024-05-01</c> or <c>2024-05-01T09:30:00+02:00</c>.</param>
/// <param name="Year">Four-digit year.</param>
/// <param name="Month">1 to 12.</param>
/// <param name="Day">1 to the month's length (leap years counted).</param>
/// <param name="HasTime">True when a time of day was given; the time members are 0 otherwise.</param>
/// <param name="Hour">0 to 23.</param>
/// <param name="Minute">0 to 59.</param>
/// <param name="Second">0 to 59 (0 when only hours and minutes were given).</param>
/// <param name="Millisecond">0 to 999: the fraction of a second, cut to milliseconds.</param>
/// <param name="HasOffset">True when the time carries <c>Z</c> or an offset such as <c>+02:00</c>.</param>
/// <param name="OffsetMinutes">The offset from UTC in minutes (<c>Z</c> is 0; <c>-05:00</c> is -300).</param>
public sealed record MetadataDate(
    string Text,
    int Year,
    int Month,
    int Day,
    bool HasTime,
    int Hour,
    int Minute,
    int Second,
    int Millisecond,
    bool HasOffset,
    int OffsetMinutes);
