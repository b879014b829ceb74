using NewsGen.Model;

namespace NewsGen.Parsing.Metadata;

/// <summary>
/// One <c>key: value</c> of a front-matter block whose key NewsGen does not know, kept as text. Value-equatable.
/// </summary>
/// <param name="Key">The key as written (keys are case-sensitive, as in YAML).</param>
/// <param name="Value">The scalar value with quotes removed and escapes applied; for a list, its items joined by ", ".</param>
/// <param name="IsList">True when the value was a list (<c>[a, b]</c> or <c>- item</c> lines).</param>
/// <param name="Items">A list's items; for a scalar, the one value (none when it is empty).</param>
public sealed record MetadataEntry(string Key, string Value, bool IsList, EquatableArray<string> Items);
