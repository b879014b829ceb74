using NewsGen.Model;

namespace NewsGen.Parsing.Metadata;

/// <summary>A recognised byline: its authors in the order written (never empty). Value-equatable.</summary>
/// <param name="Authors">The authors; an organisation or role written once after several names applies to each.</param>
public sealed record Byline(EquatableArray<BylineAuthor> Authors);
