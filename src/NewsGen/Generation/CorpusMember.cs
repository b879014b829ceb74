using NewsGen.Generation.Emit;
using NewsGen.Model;

namespace NewsGen.Generation;

/// <summary>
/// An article the corpus lists: its id, where its view comes from (the generated file that holds it and its place
/// among that file's articles, see <see cref="ArticleFileIndex"/>), and its speakers with their quotes.
/// </summary>
internal sealed record CorpusMember(string Id, int Group, int Place, EquatableArray<SpeakerQuotes> Speakers = default);
