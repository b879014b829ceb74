namespace NewsGen.Parsing.Metadata;

/// <summary>A recognised dateline at the start of a paragraph. Value-equatable.</summary>
/// <param name="Place">The place in capitals, as written (<c>WASHINGTON</c>, <c>RIO DE JANEIRO</c>).</param>
/// <param name="Region">A state or country written after the place (<c>Ill.</c>, <c>England</c>), or null.</param>
/// <param name="Agency">The agency in parentheses (<c>AP</c>, <c>Reuters</c>), or null.</param>
/// <param name="DateText">The date as written (<c>May 1</c>, <c>Sept. 12</c>), or null. Text only: the year is not in it.</param>
/// <param name="LedeStart">Index in the paragraph where the lede starts (after the dash and its spaces).</param>
public sealed record Dateline(string Place, string? Region, string? Agency, string? DateText, int LedeStart);
