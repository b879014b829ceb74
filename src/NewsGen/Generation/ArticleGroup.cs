using NewsGen.Model;

namespace NewsGen.Generation;

/// <summary>The articles of one generated file, in ordinal order of id.</summary>
internal sealed record ArticleGroup(int Group, EquatableArray<EmittedArticle> Articles);
