using NewsGen.Model;

namespace NewsGen.Generation;

/// <summary>An article the corpus lists: its id, its type's name below the project's namespace, and its speakers with their quotes.</summary>
internal sealed record CorpusMember(string Id, string QualifiedName, EquatableArray<SpeakerQuotes> Speakers = default);
