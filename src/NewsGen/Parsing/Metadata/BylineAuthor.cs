namespace NewsGen.Parsing.Metadata;

/// <summary>One author named by a byline. Value-equatable.</summary>
/// <param name="Name">The name as written (<c>Jane Doe</c>, <c>JANE DOE</c>): nothing is re-cased.</param>
/// <param name="Organisation">The organisation the byline names (<c>Associated Press</c>), or null.</param>
/// <param name="Role">The role the byline names (<c>Political Correspondent</c>), or null.</param>
public sealed record BylineAuthor(string Name, string? Organisation, string? Role);
