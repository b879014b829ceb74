using NewsGen.Model;

namespace NewsGen.Parsing.Metadata;

/// <summary>
/// The typed metadata of an article's front-matter block. Only values: no positions, so moving the block's text
/// without changing it leaves this equal (the caching invariant). Value-equatable; absent keys are null or empty.
/// </summary>
/// <param name="Title">The <c>title</c>, or null.</param>
/// <param name="Date">The <c>date</c> when it is a valid ISO 8601 date or date-time, or null.</param>
/// <param name="Authors">The <c>authors</c> (a scalar is one author).</param>
/// <param name="Section">The <c>section</c>, or null.</param>
/// <param name="Tags">The <c>tags</c> (a scalar is one tag).</param>
/// <param name="Source">The <c>source</c>, or null.</param>
/// <param name="Url">The <c>url</c>, or null. Not checked beyond being text.</param>
/// <param name="Keys">Every key the block sets, known or not, in the order written (first occurrence only).</param>
/// <param name="Extra">The keys NewsGen does not know, with their values as text, in the order written.</param>
public sealed record FrontMatter(
    string? Title,
    MetadataDate? Date,
    EquatableArray<string> Authors,
    string? Section,
    EquatableArray<string> Tags,
    string? Source,
    string? Url,
    EquatableArray<string> Keys,
    EquatableArray<MetadataEntry> Extra)
{
    /// <summary>No metadata: a file without a front-matter block.</summary>
    public static FrontMatter None { get; } = new(null, null, EquatableArray<string>.Empty, null, EquatableArray<string>.Empty, null, null, EquatableArray<string>.Empty, EquatableArray<MetadataEntry>.Empty);

    /// <summary>True when the block sets <paramref name="key"/> (compared as YAML does: case-sensitive).</summary>
    public bool Has(string key)
    {
        foreach (string k in Keys)
        {
            if (k == key)
            {
                return true;
            }
        }

        return false;
    }
}
