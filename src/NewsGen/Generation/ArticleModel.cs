using NewsGen.Parsing;

namespace NewsGen.Generation;

/// <summary>
/// An article file as the first pipeline step extracts it: its path, decoded text (null when unreadable), and
/// the per-article settings its metadata gives.
/// </summary>
internal sealed record ArticleInput(string Path, string? Text, string? TypeNameOverride, ParagraphRule Paragraphs);

/// <summary>
/// One article as the generator pipeline carries it: where it came from, the name it asks for, and what the
/// parser read. Only strings, numbers and equatable collections, so the pipeline caches it by value.
/// </summary>
internal sealed record ArticleModel(string Path, string Id, string RequestedTypeName, ParsedArticle Article);

/// <summary>An article together with the type name the name table gave it.</summary>
internal sealed record ArticleToEmit(ArticleModel Model, string TypeName);
