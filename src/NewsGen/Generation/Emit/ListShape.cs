using System.Collections.Generic;

namespace NewsGen.Generation.Emit;

/// <summary>What one generated read-only list struct is: everything <see cref="ListWriter"/> needs, by name.</summary>
/// <param name="Name">The struct's name.</param>
/// <param name="Item">The type of its items.</param>
/// <param name="Summary">Its XML doc summary.</param>
/// <param name="Fields">Its fields, in the order its internal constructor takes them.</param>
/// <param name="Count">The expression of the number of items.</param>
/// <param name="ItemAt">The expression of the item at <c>index</c>, already checked to be in range.</param>
internal sealed record ListShape(string Name, string Item, string Summary, IReadOnlyList<ListField> Fields, string Count, string ItemAt);
