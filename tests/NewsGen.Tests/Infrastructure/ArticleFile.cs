namespace NewsGen.Tests.Infrastructure;

/// <summary>A file given to the compiler as AdditionalFiles; <paramref name="IsArticle"/> is the NewsArticle mark.</summary>
internal sealed record ArticleFile(string Path, string? Text, bool IsArticle = true);
