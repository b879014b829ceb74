using NewsGen.Model;
using NewsGen.Naming;
using NewsGen.Parsing;

namespace NewsGen.Generation;

/// <summary>
/// An article file as the first pipeline step extracts it: its path, its id (see <see cref="ArticleIdentity"/>),
/// decoded text (null when unreadable or too large), and the per-article settings its metadata gives.
/// </summary>
internal sealed record ArticleInput(string Path, string Id, string? Text, string? TypeNameOverride, ParagraphRule Paragraphs);

/// <summary>
/// One article as the generator pipeline carries it: where it came from, the name it asks for, and what the
/// emitter reads of it (no positions in the file, so an edit that only moves text stays cached). Only strings,
/// numbers and equatable collections, so the pipeline caches it by value.
/// </summary>
internal sealed record ArticleModel(string Path, string Id, string RequestedTypeName, ArticleContent Content);

/// <summary>An article together with the names the name table gave it.</summary>
internal sealed record ArticleToEmit(ArticleModel Model, ArticleNameAssignment Name);
