using NewsGen.Generation.Emit;
using NewsGen.Model;

namespace NewsGen.Generation;

/// <summary>
/// One article's generated code, or why there is none: the unit the per-article step caches, so an edit
/// re-emits one article and the file of its group is joined again from the others' cached code.
/// </summary>
/// <param name="Group">The generated file the article goes into (see <see cref="ArticleGroups"/>).</param>
/// <param name="Id">The article's id.</param>
/// <param name="Path">The article file, for a diagnostic.</param>
/// <param name="QualifiedName">The type's name below the project's namespace.</param>
/// <param name="Source">The article's namespace block, or null when emitting it failed.</param>
/// <param name="Failure">What went wrong when <paramref name="Source"/> is null.</param>
/// <param name="Speakers">The article's speakers with their quotes, for the corpus's speaker table.</param>
internal sealed record EmittedArticle(int Group, string Id, string Path, string QualifiedName, string? Source, string? Failure, EquatableArray<SpeakerQuotes> Speakers = default)
{
    /// <summary>
    /// The article as the corpus reads it (<see cref="CorpusEmitter.Members"/>): whether it has code, not the code
    /// itself, so an edit that changes only the code leaves this equal and the corpus step is skipped.
    /// </summary>
    public EmittedArticle AsCorpusEntry() => Source is null || Source.Length == 0 ? this : this with { Source = string.Empty };
}
