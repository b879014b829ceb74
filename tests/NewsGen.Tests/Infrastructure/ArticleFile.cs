using System.Collections.Generic;

namespace NewsGen.Tests.Infrastructure;

/// <summary>
/// A file given to the compiler as AdditionalFiles; <paramref name="IsArticle"/> is the NewsArticle mark,
/// <paramref name="Metadata"/> the item metadata the compiler sees (for example <c>TypeName</c>), and
/// <paramref name="Encoding"/> the encoding the compiler decoded it with (UTF-8 when null).
/// </summary>
internal sealed record ArticleFile(string Path, string? Text, bool IsArticle = true, IReadOnlyDictionary<string, string>? Metadata = null, System.Text.Encoding? Encoding = null)
{
    public Microsoft.CodeAnalysis.AdditionalText ToAdditionalText() => new InMemoryAdditionalText(Path, Text, Encoding);
}
