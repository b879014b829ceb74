using System.Collections.Generic;

namespace NewsGen.Tests.Infrastructure;

/// <summary>
/// A file given to the compiler as AdditionalFiles; <paramref name="IsArticle"/> is the NewsArticle mark and
/// <paramref name="Metadata"/> the item metadata the compiler sees (for example <c>TypeName</c>).
/// </summary>
internal sealed record ArticleFile(string Path, string? Text, bool IsArticle = true, IReadOnlyDictionary<string, string>? Metadata = null);
