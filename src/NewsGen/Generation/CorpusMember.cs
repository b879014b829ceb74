namespace NewsGen.Generation;

/// <summary>An article the corpus lists: its id and its type's name below the project's namespace.</summary>
internal sealed record CorpusMember(string Id, string QualifiedName);
